package nl.werkmap.report.table;

/**
 * A table of counts with its totals, seen as a network, so that "what else could the hidden numbers be?" becomes a
 * question about cycles.
 *
 * <p>Every row that adds up to a published row total is an equation, and so is every column with a column total. In
 * the extended table (totals in the last row and column) each number sits in at most one row equation and one column
 * equation. Give totals a minus sign (the grand total, a total of totals, gets two and so keeps a plus) and every
 * equation reads "these numbers add up to zero". A number is then an edge from its row equation to its column
 * equation; a number whose row or column has no equation hangs on a free node that needs no balance.
 *
 * <p>Changing hidden numbers without breaking a published total means adding the same amount to one number and taking
 * it from another in every equation touched: walking a cycle, raising (signed) numbers on edges walked forward and
 * lowering those walked backward. Any other filling of the hidden cells differs from the true one by a sum of such
 * cycles, each of which can be walked one step from the truth. So a hidden number can take another value exactly
 * when some cycle of hidden numbers, each with room to move that way, runs through it.
 */
final class TableNetwork {

    private final int innerRows;
    private final int innerCols;
    private final int rows;
    private final int cols;
    private final boolean rowTotals;
    private final boolean columnTotals;

    /** {@code innerRows} x {@code innerCols} counts, extended by a total column and/or a total row. */
    TableNetwork(int innerRows, int innerCols, boolean rowTotals, boolean columnTotals) {
        this.innerRows = innerRows;
        this.innerCols = innerCols;
        this.rowTotals = rowTotals;
        this.columnTotals = columnTotals;
        this.rows = innerRows + (columnTotals ? 1 : 0);
        this.cols = innerCols + (rowTotals ? 1 : 0);
    }

    int rows() {
        return rows;
    }

    int cols() {
        return cols;
    }

    /**
     * Row equations, then column equations, then the free node. Only lines with a total have an equation: a column
     * of 1,770 coaches with a total is two nodes, not 1,773, which the searches would otherwise walk for each number.
     */
    int nodes() {
        return rowEquations() + columnEquations() + 1;
    }

    /** The node a number's edge leaves: its row equation, or the free node when rows have no totals. */
    int tail(int row, int col) {
        return rowTotals ? row : free();
    }

    /** The node a number's edge enters: its column equation, or the free node when columns have no totals. */
    int head(int row, int col) {
        return columnTotals ? rowEquations() + col : free();
    }

    /** +1 for a count or the grand total, -1 for a row or column total: the sign that makes every equation sum to 0. */
    int sign(int row, int col) {
        return isTotal(row, col) && !(isRowTotal(col) && isColumnTotal(row)) ? -1 : 1;
    }

    boolean isTotal(int row, int col) {
        return isRowTotal(col) || isColumnTotal(row);
    }

    private boolean isRowTotal(int col) {
        return rowTotals && col == innerCols;
    }

    private boolean isColumnTotal(int row) {
        return columnTotals && row == innerRows;
    }

    private int free() {
        return rowEquations() + columnEquations();
    }

    private int rowEquations() {
        return rowTotals ? rows : 0;
    }

    private int columnEquations() {
        return columnTotals ? cols : 0;
    }
}
