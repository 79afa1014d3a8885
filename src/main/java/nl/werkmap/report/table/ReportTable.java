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

    public boolean anyHidden() {
        return rows.stream().flatMap(List::stream).anyMatch(ReportCell::hidden);
    }

    public ReportCell cell(int row, int col) {
        return rows.get(row).get(col);
    }
}
