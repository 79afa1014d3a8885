package nl.werkmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.report.export.ReadBack;
import nl.werkmap.report.export.ReportDocument;
import nl.werkmap.report.export.ReportFormat;
import nl.werkmap.report.table.ReportCell;
import nl.werkmap.report.table.ReportTable;
import nl.werkmap.report.table.SummaryTables;

/**
 * Every table of a summary over the sparse caseloads a new or small team really has: nothing at all, coaches
 * without candidates, one candidate, placements without a budget, no sessions, no measurements, no school leavers,
 * a period with nothing in it. Each table is built, and a table with nothing to show says so in words.
 */
class EmptySummaryTest {

    /** Every table a summary always has (the implausible-days table only appears when there are such days). */
    static final List<String> ALWAYS = List.of("kerncijfers", "caseload", "status", "register", "uitstroom", "banen",
            "banen_stromen", "banen_duurzaam", "contact", "jobcoach_uren", "uren_per_dag", "ladder", "zrm",
            "schoolverlaters", "schoolverlaters_situatie", "binnenkort");

    @TempDir
    Path dir;

    @Test
    void aBrandNewEmptyCaseload() throws Exception {
        List<ReportTable> tables = tables(f -> { }, "2026-T3");
        for (String id : ALWAYS) {
            if (!id.equals("kerncijfers")) {
                assertTrue(table(tables, id).noData(), id + " says there is nothing in it");
            }
        }
        assertEquals(ReportTable.NO_DATA, "Geen gegevens in deze periode");
    }

    @Test
    void coachesWithoutCandidates() throws Exception {
        List<ReportTable> tables = tables(f -> {
            f.coach("c1", "Anna de Vries", "Noord", 40);
            f.coach("c2", "Bram Jansen", "Noord", null);
        }, "2026-T3");
        assertTrue(table(tables, "jobcoach_uren").noData());
        assertTrue(table(tables, "contact").noData());
    }

    @Test
    void oneCoachOneCandidateNothingElse() throws Exception {
        List<ReportTable> tables = tables(f -> {
            f.coach("c1", "Anna de Vries", "Noord", 40);
            f.candidate("k1", "c1", "JA", "INTAKE").store();
        }, "2026-T3");
        ReportTable caseload = table(tables, "caseload");
        assertFalse(caseload.noData());
        assertEquals("<5", caseload.cell(0, 1).display(), "one active candidate is hidden");
        assertTrue(table(tables, "jobcoach_uren").noData(), "no placement, so no budget");
        assertTrue(table(tables, "schoolverlaters").noData());
        assertTrue(table(tables, "ladder").noData());
    }

    /** The case of the issue: placements and sessions, but no placement has a jobcoach budget. */
    @Test
    void placementsWithoutABudget() throws Exception {
        List<ReportTable> tables = tables(f -> {
            f.coach("c1", "Anna de Vries", "Noord", 40);
            f.employer("e1", "Bakkerij Markt BV", "MARKT");
            for (int i = 0; i < 6; i++) {
                f.candidate("k" + i, "c1", "JA", "GEPLAATST").store();
                f.placement("p" + i, "k" + i, "e1", "DIENSTVERBAND", "2026-09-01", null, 20).store();
                f.session("k" + i, "p" + i, "c1", "2026-10-01T09:00", 1.0);
            }
        }, "2026-T3");
        assertTrue(table(tables, "jobcoach_uren").noData());
        assertFalse(table(tables, "banen").noData());
        assertFalse(table(tables, "uren_per_dag").noData());
    }

    @Test
    void candidatesWithoutSessionsOrMeasurements() throws Exception {
        List<ReportTable> tables = tables(f -> {
            f.coach("c1", "Anna de Vries", "Noord", 40);
            for (int i = 0; i < 7; i++) {
                f.candidate("k" + i, "c1", "NEE", "ACTIEF_TRAJECT").store();
            }
        }, "2026-T3");
        assertTrue(table(tables, "uren_per_dag").noData());
        assertTrue(table(tables, "zrm").noData());
        assertTrue(table(tables, "ladder").noData());
        assertFalse(table(tables, "contact").noData(), "seven active, all without a session: that is news");
    }

    @Test
    void aPeriodWithNothingInIt() throws Exception {
        try (CaseloadFixture f = TeamNoord.build(dir.resolve("noord.db"))) {
            TeamSummary summary = new SummaryService(f.dsl, TeamNoord.TODAY).compute(ReportPeriod.parse("2020-T1"),
                    ReportScope.team("Noord"));
            List<ReportTable> tables = new SummaryTables().tables(summary);
            exportAll(summary);
            assertTrue(table(tables, "uren_per_dag").noData());
            assertTrue(table(tables, "jobcoach_uren").noData());
            assertTrue(table(tables, "banen_stromen").noData());
        }
    }

    @Test
    void aTeamThatDoesNotExist() throws Exception {
        try (CaseloadFixture f = TeamNoord.build(dir.resolve("noord.db"))) {
            TeamSummary summary = new SummaryService(f.dsl, TeamNoord.TODAY).compute(ReportPeriod.parse("2026-T3"),
                    ReportScope.team("Oost"));
            exportAll(summary);
            assertTrue(table(new SummaryTables().tables(summary), "caseload").noData());
        }
    }

    /** A table without data has no rows left, and every other table keeps a row for each of its lines. */
    @Test
    void aTableWithoutDataKeepsItsHeadersAndNote() throws Exception {
        List<ReportTable> tables = tables(f -> { }, "2026-T3");
        ReportTable hours = table(tables, "uren_per_dag");
        assertTrue(hours.rows().isEmpty());
        assertEquals(5, hours.headers().size());
        assertFalse(hours.note().isEmpty());
        ReportTable key = table(tables, "kerncijfers");
        assertFalse(key.noData(), "the key figures always show, zeros included");
        assertEquals(ReportCell.count(0).display(), key.cell(0, 1).display());
    }

    /** The cause of the issue: a column of counts without rows lost its column, and so its total. */
    @Test
    void aColumnWithoutRowsStillHasATotalOfZero() {
        var p = new nl.werkmap.report.table.SmallCellPolicy().protect(new long[0][], 1, false, true);
        assertEquals(0, p.columnTotal(0));
        assertEquals("0", p.cell(0, 0).display());
        var both = new nl.werkmap.report.table.SmallCellPolicy().protect(new long[0][], 4, true, true);
        assertEquals(0, both.grandTotal());
    }

    private List<ReportTable> tables(Consumer<CaseloadFixture> fill, String period) throws Exception {
        try (CaseloadFixture f = new CaseloadFixture(dir.resolve("c.db"))) {
            fill.accept(f);
            List<ReportTable> all = new ArrayList<>();
            for (ReportScope scope : List.of(ReportScope.all(), ReportScope.team("Noord"), ReportScope.coach("c1"))) {
                SummaryService service = new SummaryService(f.dsl, TeamNoord.TODAY);
                TeamSummary summary = service.compute(ReportPeriod.parse(period), scope);
                List<ReportTable> tables = new SummaryTables().tables(summary);
                for (String id : ALWAYS) {
                    table(tables, id);
                }
                if (scope.kind() == ReportScope.Kind.ALLES) {
                    // Exported once per caseload: the formats do not depend on the scope.
                    exportAll(summary);
                    all = tables;
                }
            }
            return all;
        }
    }

    /** Every format writes, parses back, and says "no data" once for each table without data. */
    private static void exportAll(TeamSummary summary) throws Exception {
        ReportDocument document = ReportDocument.of(summary);
        long empty = document.tables().stream().filter(ReportTable::noData).count();
        List<List<String>> csv = ReadBack.csv(ReadBack.write(document, ReportFormat.CSV));
        assertEquals(empty, csv.stream().filter(r -> r.equals(List.of(ReportTable.NO_DATA))).count(), "CSV");
        List<List<List<String>>> sheets = ReadBack.xlsx(ReadBack.write(document, ReportFormat.XLSX));
        assertEquals(empty, sheets.stream().filter(sheet -> sheet.stream()
                .anyMatch(r -> r.equals(List.of(ReportTable.NO_DATA)))).count(), "XLSX");
        String pdf = ReadBack.pdf(ReadBack.write(document, ReportFormat.PDF));
        assertEquals(empty, pdf.lines().filter(l -> l.strip().equals(ReportTable.NO_DATA)).count(), "PDF");
    }

    static ReportTable table(List<ReportTable> tables, String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + id));
    }
}
