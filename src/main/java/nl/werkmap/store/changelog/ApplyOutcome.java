package nl.werkmap.store.changelog;

/** What happened to one remote field change. */
public enum ApplyOutcome {
    /** The remote value was newer and is now the stored value. */
    APPLIED,
    /** This device already holds a newer value for the field; the remote value lost (sync keeps it as conflict). */
    LOCAL_NEWER,
    /** The same change (same stamp) was applied before. */
    ALREADY_APPLIED
}
