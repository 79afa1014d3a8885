package nl.werkmap.domain;

/** Legal ground on which someone is listed in the doelgroepregister. */
public enum Grondslag {
    WAJONG,
    WSW,
    WIW,
    ID_BAAN,
    PARTICIPATIEWET
}
