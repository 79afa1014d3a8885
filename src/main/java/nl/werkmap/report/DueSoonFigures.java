package nl.werkmap.report;

/**
 * How much work is due in the next days, by kind, without naming anyone: the named list is the werklijst.
 */
public record DueSoonFigures(int days, CrossTally byKind) {

    /** Columns of {@link #byKind}. */
    public static final String DUE = "DUE", OVERDUE = "OVERDUE";
}
