package nl.werkmap.report.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects the rows of one {@link ReportTable}. */
final class TableBuilder {

    private final String id;
    private final String title;
    private final List<String> headers;
    private final List<List<ReportCell>> rows = new ArrayList<>();
    private String note = "";
    private boolean total;
    private int chartColumn = -1;
    private boolean keepZeros;

    TableBuilder(String id, String title, String... headers) {
        this.id = id;
        this.title = title;
        this.headers = List.of(headers);
    }

    TableBuilder note(String text) {
        this.note = text;
        return this;
    }

    TableBuilder chart(int column) {
        this.chartColumn = column;
        return this;
    }

    /** Rows of zeros are kept (the key figures: "0 active candidates" is the answer there, not "no data"). */
    TableBuilder keepZeros() {
        this.keepZeros = true;
        return this;
    }

    TableBuilder row(ReportCell... cells) {
        rows.add(Arrays.asList(cells));
        return this;
    }

    TableBuilder totalRow(ReportCell... cells) {
        rows.add(Arrays.asList(cells));
        total = true;
        return this;
    }

    ReportTable build() {
        if (!keepZeros && ReportTable.nothingToShow(rows)) {
            return new ReportTable(id, title, note, headers, List.of(), false, chartColumn);
        }
        return new ReportTable(id, title, note, headers, rows, total, chartColumn);
    }

    static ReportCell label(String text) {
        return ReportCell.text(text);
    }

    static ReportCell ratio(ReportCell base, double numerator, double denominator) {
        return ReportCell.derived(base, denominator == 0 ? ReportCell.empty() : ReportCell.percent(numerator / denominator));
    }
}
