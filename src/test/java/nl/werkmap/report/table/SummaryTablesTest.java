package nl.werkmap.report.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.report.ReportPeriod;
import nl.werkmap.report.ReportScope;
import nl.werkmap.report.SummaryService;
import nl.werkmap.report.TeamNoordAccess;

/** The published tables of the hand-worked fixture: nothing from 1 to 4 shows, anywhere. */
class SummaryTablesTest {

    @Test
    void noPublishedCountIsBetweenOneAndFour(@TempDir Path dir) throws Exception {
        try (TeamNoordAccess fixture = TeamNoordAccess.open(dir.resolve("c.db"))) {
            for (ReportScope scope : List.of(ReportScope.team("Noord"), ReportScope.all(), ReportScope.coach("c1"))) {
                var summary = new SummaryService(fixture.dsl(), TeamNoordAccess.TODAY)
                        .compute(ReportPeriod.parse("2026-T3"), scope);
                List<ReportTable> tables = new SummaryTables().tables(summary);
                assertEquals("kerncijfers", tables.get(0).id());
                for (ReportTable t : tables) {
                    for (List<ReportCell> row : t.rows()) {
                        for (ReportCell c : row) {
                            boolean staffFigure = t.id().equals("uren_per_dag")
                                    || t.headers().get(row.indexOf(c)).equals("Norm");
                            if (c.kind() == ReportCell.Kind.COUNT && !staffFigure) {
                                assertTrue(c.number() == 0 || c.number() >= 5,
                                        t.id() + " shows " + c.display() + " in " + row);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void theSealedZrmDomainsAreNamedAsLeftOut(@TempDir Path dir) throws Exception {
        try (TeamNoordAccess fixture = TeamNoordAccess.open(dir.resolve("c.db"))) {
            var summary = new SummaryService(fixture.dsl(), TeamNoordAccess.TODAY)
                    .compute(ReportPeriod.parse("2026-T3"), ReportScope.all());
            ReportTable zrm = new SummaryTables().tables(summary).stream().filter(t -> t.id().equals("zrm"))
                    .findFirst().orElseThrow();
            assertTrue(zrm.note().contains("geestelijke gezondheid"));
            assertEquals(9, zrm.rows().size());
        }
    }
}
