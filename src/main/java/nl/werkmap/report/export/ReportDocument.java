package nl.werkmap.report.export;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import nl.werkmap.report.TeamSummary;
import nl.werkmap.report.table.ReportTable;
import nl.werkmap.report.table.SmallCellPolicy;
import nl.werkmap.report.table.SummaryTables;

/**
 * What every summary export contains: the cover facts and the protected tables. Built only from a
 * {@link TeamSummary} through {@link SummaryTables}, so no exporter can reach an unprotected count or a name.
 */
public record ReportDocument(String title, String period, String scope, String peildatum, LocalDateTime createdAt,
                             List<ReportTable> tables) {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm",
            Locale.forLanguageTag("nl-NL"));

    public static ReportDocument of(TeamSummary summary) {
        return new ReportDocument("Werkmap teamoverzicht", summary.period().describe(), summary.scopeLabel(),
                nl.werkmap.report.table.ReportCell.date(summary.banen().peildatum()).display(), summary.createdAt(),
                new SummaryTables().tables(summary));
    }

    /** Cover lines as label and text, the same in every format. */
    public List<String[]> cover() {
        return List.of(
                new String[] {"Periode", period},
                new String[] {"Overzicht van", scope},
                new String[] {"Peildatum", peildatum},
                new String[] {"Gemaakt op", CREATED.format(createdAt)},
                new String[] {"Kleine aantallen", SmallCellPolicy.EXPLANATION},
                new String[] {"Privacy", "Dit overzicht bevat alleen aantallen: geen namen, BSN, contactgegevens of "
                        + "vrije tekst. Gezondheid, verslaving en justitie uit de ZRM zijn niet opgenomen."});
    }
}
