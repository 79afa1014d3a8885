package nl.werkmap.domain.rules;

/** What needs the coach's attention about a running proefplaatsing. Message keys: {@code proefplaatsing.<name>}. */
public enum ProefplaatsingWarning {
    /** The planned end is within the warning period: time for the contract talk. */
    EINDIGT_BINNENKORT,
    /** The planned end has passed but the placement has not been closed. */
    EINDDATUM_VERSTREKEN,
    /** Planned or actual duration goes beyond the 6-month maximum. */
    LANGER_DAN_MAXIMUM;

    public String messageKey() {
        return "proefplaatsing." + name();
    }
}
