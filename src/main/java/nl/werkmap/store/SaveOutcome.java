package nl.werkmap.store;

/** What a save did to the stored row. */
public enum SaveOutcome {
    /** A new row (its fields are in the change log). */
    INSERTED,
    /** An existing row; only the fields that changed were written and logged. */
    UPDATED,
    /** Nothing differed from what was stored: nothing written, nothing logged. */
    UNCHANGED
}
