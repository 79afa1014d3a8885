package nl.werkmap.report.table;

import java.util.List;

/**
 * One published table of a report: a sheet in XLSX, a block in CSV and PDF, a table on screen. Every cell has
 * passed the {@link SmallCellPolicy}. {@code chartColumn} names the column a bar chart of this table shows (or -1).
 */
public record ReportTable(String id, String title, String note, List<String> headers, List<List<ReportCell>> rows,
                          boolean lastRowIsTotal, int chartColumn) {

    public ReportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<ReportCell> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException(id + ": row of " + row.size() + " cells, " + headers.size() + " headers");
            }
        }
    }

    /** What a table with nothing to show says instead of its rows, in every format (Dutch, as published). */
    public static final String NO_DATA = "Geen gegevens in deze periode";

    /** Whether the table has nothing to show in its period and scope: no rows, only its headers and note. */
    public boolean noData() {
        return rows.isEmpty();
    }

    /**
     * Whether rows hold nothing worth a line each: no figure other than 0 and nothing hidden (labels aside). Such
     * a table is published without its rows and says {@link #NO_DATA}, rather than a column of zeros or a lone
     * total. Leaving zeros out hides nothing: a shown 0 is a real 0 (see {@link SmallCellPolicy}).
     */
    public static boolean nothingToShow(List<List<ReportCell>> rows) {
        for (List<ReportCell> row : rows) {
            for (int c = 1; c < row.size(); c++) {
                ReportCell cell = row.get(c);
                if (cell.hidden() || cell.kind() == ReportCell.Kind.DATE || cell.numeric() && cell.number() != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    public boolean anyHidden() {
        return rows.stream().flatMap(List::stream).anyMatch(ReportCell::hidden);
    }

    public ReportCell cell(int row, int col) {
        return rows.get(row).get(col);
    }
}
