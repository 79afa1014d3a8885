package nl.werkmap.domain.rules;

/**
 * A way in which a placement falls short of the UWV jobcoach standard. UWV can still assess such a case on its
 * own merits, so these are reasons to look closer, not refusals. Message keys: {@code jobcoach.shortfall.<name>}.
 */
public enum JobcoachShortfall {
    /** Stage, vrijwilligerswerk or beschut werk: no dienstverband or proefplaatsing. */
    GEEN_DIENSTVERBAND,
    /** Contract shorter than 6 months. */
    CONTRACT_TE_KORT,
    /** Fewer than 12 hours a week. */
    TE_WEINIG_UREN,
    /** Loonwaarde below 35% of the minimum wage. */
    LOONWAARDE_TE_LAAG,
    /** No loonwaarde measured yet, so the 35% condition cannot be checked. */
    LOONWAARDE_ONBEKEND,
    /** No start date, so nothing can be checked about the contract length. */
    START_ONBEKEND;

    public String messageKey() {
        return "jobcoach.shortfall." + name();
    }
}
