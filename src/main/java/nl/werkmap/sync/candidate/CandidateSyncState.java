package nl.werkmap.sync.candidate;

/** Where one candidate's changes stand with the municipality, as the candidate header shows it. */
public enum CandidateSyncState {
    /** This laptop is not linked to a hub: nothing to say. */
    NOT_LINKED,
    /** Some change to the candidate or its rows has not been acknowledged by the hub yet. */
    PENDING,
    /** Everything about the candidate is with the hub. */
    SENT,
    /** A concurrent edit left a value for the coach to look at (wins over pending and sent). */
    CONFLICT
}
