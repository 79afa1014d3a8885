package nl.werkmap.report.table;

import java.util.ArrayList;
import java.util.List;

import nl.werkmap.report.TeamSummary;

/**
 * Turns a {@link TeamSummary} into the tables every output shows, in one order, with the {@link SmallCellPolicy}
 * applied. The screen and all exporters take their tables from here, so they cannot differ in what they hide.
 * The first table holds the key figures, taken from the protected tables so a number hidden there is hidden here.
 */
public final class SummaryTables {

    private final SmallCellPolicy policy = new SmallCellPolicy();

    public List<ReportTable> tables(TeamSummary summary) {
        CaseloadTables caseload = new CaseloadTables(policy, summary);
        BanenTables banen = new BanenTables(policy, summary.banen());
        CareTables care = new CareTables(policy, summary, caseload);
        List<ReportTable> body = new ArrayList<>();
        body.addAll(caseload.tables());
        body.addAll(banen.tables());
        body.addAll(care.tables());
        body.add(new ProfielTables(policy, summary, caseload).table());
        List<ReportTable> all = new ArrayList<>();
        all.add(keyFigures(caseload, banen, care));
        all.addAll(body);
        return all;
    }

    private static ReportTable keyFigures(CaseloadTables caseload, BanenTables banen, CareTables care) {
        TableBuilder t = new TableBuilder("kerncijfers", "Kerncijfers", "Onderwerp", "Waarde").keepZeros();
        t.row(TableBuilder.label("Actieve kandidaten (eind periode)"), caseload.activeTotal());
        t.row(TableBuilder.label("Nieuwe aanmeldingen in de periode"), caseload.intakeTotal());
        t.row(TableBuilder.label("Uitgestroomd in de periode"), caseload.outflowTotal());
        t.row(TableBuilder.label("Mensen met een afspraakbaan op de peildatum"), banen.persons());
        t.row(TableBuilder.label("Afspraakbanen op de peildatum (eenheden van 25,5 uur)"), banen.banenTotal());
        t.row(TableBuilder.label("Gestarte afspraakbanen in de periode"), banen.startedJobs());
        t.row(TableBuilder.label("Proefplaatsingen omgezet in een contract"), banen.proefToContract());
        t.row(TableBuilder.label("Kandidaten uit beeld (meer dan 6 weken geen contact)"), care.outOfViewTotal());
        t.row(TableBuilder.label("Omhoog op de Participatieladder"), care.ladderUp());
        return t.build();
    }
}
