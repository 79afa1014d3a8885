package nl.werkmap.report.table;

import java.math.BigDecimal;
import java.util.List;

import nl.werkmap.domain.rules.Banen;
import nl.werkmap.domain.rules.WerkmapRules;
import nl.werkmap.report.BanenFigures;
import nl.werkmap.report.BanenFigures.Retention;
import nl.werkmap.report.CrossTally;

/**
 * The afspraakbanen tables. Banen (hours / 25.5, by the domain's rule) rest on the job counts: a banen figure is
 * hidden wherever its count is, so the hours of fewer than five people never show.
 */
final class BanenTables {

    private final BanenFigures figures;
    private final Protection jobs;
    private final ReportCell persons;

    BanenTables(SmallCellPolicy policy, BanenFigures figures) {
        this.figures = figures;
        this.jobs = policy.protect(figures.jobsAtPeildatum().counts(),
                figures.jobsAtPeildatum().columnKeys().size(), true, true);
        this.persons = ReportCell.count(figures.personsAtPeildatum());
    }

    static ReportCell banen(double hoursPerWeek) {
        BigDecimal b = Banen.banen(hoursPerWeek);
        return ReportCell.decimal(b.doubleValue(), WerkmapRules.BANEN_SCALE);
    }

    ReportCell persons() {
        return persons;
    }

    ReportCell banenTotal() {
        return ReportCell.derived(jobs.cell(jobs.rows(), jobs.columns()), banen(figures.hoursAtPeildatumTotal()));
    }

    ReportCell startedJobs() {
        return ReportCell.count(figures.started().jobs());
    }

    ReportCell proefToContract() {
        return ReportCell.count(figures.proefplaatsingenToContract());
    }

    List<ReportTable> tables() {
        return List.of(peildatum(), flows(), retention());
    }

    private ReportTable peildatum() {
        CrossTally t = figures.jobsAtPeildatum();
        double[][] hours = figures.hoursAtPeildatum();
        int rows = t.rowKeys().size();
        int cols = t.columnKeys().size();
        TableBuilder b = new TableBuilder("banen", "Afspraakbanen op de peildatum " + ReportCell.date(figures.peildatum()),
                "Soort", "Plaatsingen markt", "Plaatsingen overheid", "Plaatsingen totaal", "Afspraakbanen markt (25,5 uur)",
                "Afspraakbanen overheid (25,5 uur)", "Afspraakbanen totaal (25,5 uur)").chart(6)
                .note("Telt: dienstverband, detachering en uitzend van mensen in het doelgroepregister. Inleen telt bij "
                        + "de inlener. Proefplaatsingen, beschut werk, stages en vrijwilligerswerk tellen niet. "
                        + "Afspraakbanen = uren per week / 25,5. Niet in het register maar wel zo'n baan: "
                        + ReportCell.count(figures.notInRegister()) + " (telt niet mee).");
        for (int i = 0; i <= rows; i++) {
            ReportCell[] row = new ReportCell[7];
            row[0] = TableBuilder.label(i < rows ? Labels.of(t.rowKeys().get(i)) : "Totaal");
            double rowHours = 0;
            for (int j = 0; j <= cols; j++) {
                row[1 + j] = jobs.cell(i, j);
                double h = i < rows && j < cols ? hours[i][j] : sum(hours, i < rows ? i : -1, j < cols ? j : -1);
                rowHours += j < cols ? h : 0;
                row[4 + j] = ReportCell.derived(jobs.cell(i, j), banen(j < cols ? h : (i < rows ? rowHours : figures.hoursAtPeildatumTotal())));
            }
            if (i < rows) {
                b.row(row);
            } else {
                b.totalRow(row);
            }
        }
        return b.build();
    }

    /** Sum of hours over a row (col = -1), a column (row = -1) or everything (both -1). */
    private static double sum(double[][] hours, int row, int col) {
        double s = 0;
        for (int i = 0; i < hours.length; i++) {
            for (int j = 0; j < hours[i].length; j++) {
                if ((row < 0 || row == i) && (col < 0 || col == j)) {
                    s += hours[i][j];
                }
            }
        }
        return s;
    }

    private ReportTable flows() {
        TableBuilder b = new TableBuilder("banen_stromen", "Gestarte en beëindigde afspraakbanen in de periode",
                "Beweging", "Plaatsingen", "Mensen", "Afspraakbanen (25,5 uur)").chart(1);
        flowRow(b, "Gestart", figures.started());
        flowRow(b, "Beëindigd", figures.ended());
        ReportCell ended = ReportCell.count(figures.proefplaatsingenEnded());
        ReportCell contract = ReportCell.count(figures.proefplaatsingenToContract());
        b.row(TableBuilder.label("Proefplaatsingen beëindigd"), ended, ReportCell.empty(), ReportCell.empty());
        b.row(TableBuilder.label("  waarvan omgezet in een contract"), contract, ReportCell.empty(),
                ReportCell.derived(ended, TableBuilder.ratio(contract, figures.proefplaatsingenToContract(),
                        figures.proefplaatsingenEnded())));
        return b.note("Een proefplaatsing is omgezet als de reden 'overgegaan in contract' is of als binnen 31 dagen "
                + "na het einde een tellende baan voor dezelfde persoon begon. Laatste kolom bij proefplaatsingen: "
                + "percentage omgezet.").build();
    }

    private static void flowRow(TableBuilder b, String label, BanenFigures.Flow flow) {
        ReportCell n = ReportCell.count(flow.jobs());
        ReportCell persons = ReportCell.count(flow.persons());
        b.row(TableBuilder.label(label), n, persons, ReportCell.derived(persons, ReportCell.derived(n, banen(flow.hoursPerWeek()))));
    }

    private ReportTable retention() {
        TableBuilder b = new TableBuilder("banen_duurzaam", "Duurzaamheid: nog aan het werk na 6 en 12 maanden",
                "Na", "Gestart in de periode", "Al te meten", "Nog in een afspraakbaan", "Percentage").chart(4)
                .note("Van de afspraakbanen die in de periode begonnen: was de persoon 6 of 12 maanden na de start "
                        + "(nog of weer) in een afspraakbaan? 'Al te meten': die datum is al voorbij.");
        for (Retention r : List.of(figures.after6Months(), figures.after12Months())) {
            ReportCell measurable = ReportCell.count(r.measurable());
            ReportCell still = ReportCell.count(r.stillPlaced());
            b.row(TableBuilder.label(r.months() + " maanden"), ReportCell.count(r.started()), measurable, still,
                    ReportCell.derived(measurable, TableBuilder.ratio(still, r.stillPlaced(), r.measurable())));
        }
        return b.build();
    }
}
