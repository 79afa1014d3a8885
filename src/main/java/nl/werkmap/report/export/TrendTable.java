package nl.werkmap.report.export;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import nl.werkmap.report.TrendFigures;
import nl.werkmap.report.table.ReportCell;
import nl.werkmap.report.table.ReportTable;

/**
 * The published form of a {@link TrendFigures}: a month per row, each count through the small-cell rule
 * ({@link ReportCell#count(long)}: "&lt;5" for 1..4). There are no totals, so nothing hidden can be worked back;
 * the line charts leave a hidden month out (a gap) rather than draw a guess.
 */
public final class TrendTable {

    /** The id the exporters and the screen know the table by: it gets a line chart, not bars. */
    public static final String ID = "trend";
    /** Said under every trend chart with a gap in it. */
    public static final String GAP_NOTE = "Een onderbroken lijn: in die maand waren het er 1 tot 4 (\"<5\"); "
            + "zo kleine aantallen tonen we niet.";

    private static final String[] MONTHS = {"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt",
        "nov", "dec"};

    private TrendTable() {
    }

    public static ReportTable of(TrendFigures trend) {
        long[] begeleiding = trend.inBegeleiding();
        long[] baan = trend.metBaan();
        List<List<ReportCell>> rows = new ArrayList<>();
        for (int i = 0; i < trend.months().size(); i++) {
            rows.add(List.of(ReportCell.text(month(trend.months().get(i))), ReportCell.count(begeleiding[i]),
                    ReportCell.count(baan[i])));
        }
        YearMonth first = trend.months().get(0);
        YearMonth last = trend.months().get(trend.months().size() - 1);
        return new ReportTable(ID, "Verloop per maand, " + month(first) + " t/m " + month(last),
                "Stand op de laatste dag van elke maand (de lopende maand: vandaag). In begeleiding: "
                        + "aangemeld en nog niet uitgestroomd. Met een baan: dienstverband, detachering of uitzend.",
                List.of("Maand", "Kandidaten in begeleiding", "Met een baan"),
                ReportTable.nothingToShow(rows) ? List.of() : rows, false, -1);
    }

    /** "mrt 2026": short Dutch month names, the same in every format. */
    public static String month(YearMonth m) {
        return MONTHS[m.getMonthValue() - 1] + " " + m.getYear();
    }

    /** Whether a table is the trend (drawn as lines). */
    public static boolean isTrend(ReportTable table) {
        return ID.equals(table.id());
    }
}
