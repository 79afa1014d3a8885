package nl.werkmap.bench.report;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import nl.werkmap.report.ReportPeriod;
import nl.werkmap.report.ReportScope;
import nl.werkmap.report.SummaryService;

/**
 * Times each aggregate query of a summary on an existing caseload file (plain JDBC, set up as SummaryBench's plain
 * SQL), with SQLite's query plan, to see which one to tune. Arguments: the caseload dir of {@link SummaryBench};
 * any second argument prints the plans; a third names a dir to write each query's full SQL to (q0.sql, ...).
 */
public final class QueryTimes {

    private QueryTimes() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]).resolve("werkmap.db");
        Clock clock = Clock.fixed(LocalDate.of(2026, 3, 16).atTime(12, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant(),
                ZoneId.of("Europe/Amsterdam"));
        try (Connection c = SummaryBench.plainConnection(db)) {
            var dsl = DSL.using(c, SQLDialect.SQLITE);
            int i = 0;
            for (ResultQuery<? extends Record> q : new SummaryService(dsl, clock)
                    .aggregateQueries(ReportPeriod.parse("2025-H2"), ReportScope.all())) {
                String sql = dsl.renderInlined(q);
                if (args.length > 2) {
                    java.nio.file.Files.writeString(Path.of(args[2]).resolve("q" + i + ".sql"), sql);
                }
                long t = System.nanoTime();
                long rows = 0;
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                    while (rs.next()) {
                        rows++;
                    }
                }
                System.out.printf("%2d %8.3f s %6d rows  %s%n", i++, (System.nanoTime() - t) / 1e9, rows,
                        sql.substring(0, Math.min(150, sql.length())));
                if (args.length > 1) {
                    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("explain query plan " + sql)) {
                        while (rs.next()) {
                            System.out.println("      " + rs.getString(4));
                        }
                    }
                }
            }
        }
    }
}
