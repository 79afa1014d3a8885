package nl.werkmap.domain;

/**
 * UWV jobcoach regime: how much coaching is granted, as a share of the yearly contract hours that depends on the
 * year of the dienstbetrekking (percentages in {@link nl.werkmap.domain.rules.JobcoachHours}). Intensief is the
 * motivated exception.
 */
public enum JobcoachRegime {
    ZEER_LICHT,
    LICHT,
    MIDDEN,
    INTENSIEF
}
