package nl.werkmap.report.table;

import nl.werkmap.report.table.SmallCellPolicy.Mark;

/**
 * A table of counts with its totals and, for every number, whether it may be shown. Made by
 * {@link SmallCellPolicy#protect}; rows and columns are those of the counts, totals have their own accessors.
 */
public final class Protection {

    private final long[][] values;
    private final Mark[][] marks;
    private final int rows;
    private final int cols;
    private final boolean rowTotals;
    private final boolean columnTotals;

    Protection(long[][] values, Mark[][] marks, int rows, int cols, boolean rowTotals, boolean columnTotals) {
        this.values = values;
        this.marks = marks;
        this.rows = rows;
        this.cols = cols;
        this.rowTotals = rowTotals;
        this.columnTotals = columnTotals;
    }

    public long value(int row, int col) {
        return values[row][col];
    }

    public Mark mark(int row, int col) {
        return marks[row][col];
    }

    public long rowTotal(int row) {
        requireRowTotals();
        return values[row][cols];
    }

    public Mark rowTotalMark(int row) {
        requireRowTotals();
        return marks[row][cols];
    }

    public long columnTotal(int col) {
        requireColumnTotals();
        return values[rows][col];
    }

    public Mark columnTotalMark(int col) {
        requireColumnTotals();
        return marks[rows][col];
    }

    public long grandTotal() {
        requireRowTotals();
        requireColumnTotals();
        return values[rows][cols];
    }

    public Mark grandTotalMark() {
        requireRowTotals();
        requireColumnTotals();
        return marks[rows][cols];
    }

    /** The cell as published, row and column as in the extended table (totals at index rows / cols). */
    public ReportCell cell(int row, int col) {
        return ReportCell.count(values[row][col], marks[row][col]);
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return cols;
    }

    public boolean anyHidden() {
        for (Mark[] row : marks) {
            for (Mark m : row) {
                if (m != Mark.SHOWN) {
                    return true;
                }
            }
        }
        return false;
    }

    private void requireRowTotals() {
        if (!rowTotals) {
            throw new IllegalStateException("table has no row totals");
        }
    }

    private void requireColumnTotals() {
        if (!columnTotals) {
            throw new IllegalStateException("table has no column totals");
        }
    }
}
