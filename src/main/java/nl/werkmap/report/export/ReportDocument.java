package nl.werkmap.report.export;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import nl.werkmap.domain.DutchDates;
import nl.werkmap.report.TeamSummary;
import nl.werkmap.report.TrendFigures;
import nl.werkmap.report.table.ReportTable;
import nl.werkmap.report.table.SmallCellPolicy;
import nl.werkmap.report.table.SummaryTables;

/**
 * What every summary export contains: the cover facts and the protected tables. Built only from a
 * {@link TeamSummary} through {@link SummaryTables}, so no exporter can reach an unprotected count or a name.
 */
public record ReportDocument(String title, String period, String scope, String peildatum, LocalDateTime createdAt,
                             List<ReportTable> tables) {

    public static ReportDocument of(TeamSummary summary) {
        return new ReportDocument("Werkmap teamoverzicht", summary.period().describe(), summary.scopeLabel(),
                nl.werkmap.report.table.ReportCell.date(summary.banen().peildatum()).display(), summary.createdAt(),
                new SummaryTables().tables(summary));
    }

    /**
     * The summary with the monthly trend as its second table (after the caseload per coach), so every format shows
     * it: a line chart in the PDF and on screen, a sheet in XLSX, a block in CSV.
     */
    public static ReportDocument of(TeamSummary summary, TrendFigures trend) {
        ReportDocument plain = of(summary);
        List<ReportTable> tables = new ArrayList<>(plain.tables());
        tables.add(Math.min(1, tables.size()), TrendTable.of(trend));
        return new ReportDocument(plain.title(), plain.period(), plain.scope(), plain.peildatum(), plain.createdAt(),
                tables);
    }

    /** Cover lines as label and text, the same in every format. */
    public List<String[]> cover() {
        return List.of(
                new String[] {"Periode", period},
                new String[] {"Overzicht van", scope},
                new String[] {"Peildatum", peildatum},
                new String[] {"Gemaakt op", DutchDates.dateTime(createdAt)},
                new String[] {"Kleine aantallen", SmallCellPolicy.EXPLANATION},
                new String[] {"Privacy", "Dit overzicht bevat alleen aantallen: geen namen, BSN, contactgegevens of "
                        + "vrije tekst. Gezondheid, verslaving en justitie uit de ZRM zijn niet opgenomen."});
    }
}
