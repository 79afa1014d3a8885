package nl.werkmap.report.table;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Protects one column of counts that adds up to a published total (e.g. active candidates per coach), as used by
 * every per-coach table. Cells are returned for the rows and, last, the total.
 */
final class ColumnProtector {

    private final SmallCellPolicy policy;

    ColumnProtector(SmallCellPolicy policy) {
        this.policy = policy;
    }

    <T> ReportCell[] column(List<T> rows, ToLongFunction<T> count) {
        return column(rows, count, false);
    }

    /** With {@code hideTotal}, the total is hidden (another table had to hide it) and protected like any hidden cell. */
    <T> ReportCell[] column(List<T> rows, ToLongFunction<T> count, boolean hideTotal) {
        long[][] cells = new long[rows.size()][1];
        for (int i = 0; i < rows.size(); i++) {
            cells[i][0] = count.applyAsLong(rows.get(i));
        }
        int total = rows.size();
        Protection p = policy.protect(cells, 1, false, true, (row, col) -> hideTotal && row == total);
        ReportCell[] out = new ReportCell[rows.size() + 1];
        for (int i = 0; i <= rows.size(); i++) {
            out[i] = p.cell(i, 0);
        }
        return out;
    }
}
