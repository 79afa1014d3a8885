package nl.werkmap.domain.match;

/** Where a baankans stands: only open ones are matched. */
public enum BaankansStatus {
    OPEN,
    INGEVULD,
    VERVALLEN
}
