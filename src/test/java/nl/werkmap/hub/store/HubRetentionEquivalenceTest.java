package nl.werkmap.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.retention.TrajectoryFacts;

/**
 * The hub's retention overview reads the candidates and their placements in two passes joined in Java. On a mixed
 * master caseload (tombstoned candidates and placements, missing and empty fields, UWV through a placement or a grant,
 * several placements per candidate) it must give, per candidate, what the former one-query form gave: that query is
 * kept here as the reference.
 */
class HubRetentionEquivalenceTest {

    private static final String REFERENCE = "SELECT r.entity_id, r.tombstone_hlc,"
            + field("status") + "," + field("status_since") + "," + field("registered_on") + "," + field("coach_id") + ","
            + " (SELECT MAX(f.value) FROM master_row p JOIN master_field f ON f.entity = 'placement'"
            + "   AND f.entity_id = p.entity_id AND f.field = 'actual_end'"
            + "   WHERE p.entity = 'placement' AND p.candidate_id = r.entity_id AND p.tombstone_hlc IS NULL),"
            + " CASE WHEN EXISTS (SELECT 1 FROM master_row p WHERE p.entity = 'placement'"
            + "   AND p.candidate_id = r.entity_id AND p.tombstone_hlc IS NULL AND NOT EXISTS (SELECT 1 FROM master_field f"
            + "   WHERE f.entity = 'placement' AND f.entity_id = p.entity_id AND f.field = 'actual_end'"
            + "   AND f.value IS NOT NULL)) THEN 1 ELSE 0 END,"
            + " CASE WHEN EXISTS (SELECT 1 FROM master_row p JOIN master_field f ON f.entity = p.entity"
            + "   AND f.entity_id = p.entity_id WHERE p.candidate_id = r.entity_id AND f.value = 'EXTERN_UWV'"
            + "   AND ((p.entity = 'placement' AND f.field = 'jobcoach_type')"
            + "   OR (p.entity = 'jobcoach_grant' AND f.field = 'financier'))) THEN 1 ELSE 0 END"
            + " FROM master_row r WHERE r.entity = 'candidate'";

    private static String field(String name) {
        return " (SELECT f.value FROM master_field f WHERE f.entity = 'candidate' AND f.entity_id = r.entity_id"
                + " AND f.field = '" + name + "')";
    }

    @TempDir
    Path dir;

    @Test
    void sameFactsAsTheOneQueryForm() {
        HubDatabase db = HubDatabase.open("jdbc:sqlite:" + dir.resolve("hub.db"), null, null);
        try {
            db.write(dsl -> {
                fill(dsl, new Random(16));
                return null;
            });
            Map<String, HubRetention.Row> expected = db.read(HubRetentionEquivalenceTest::reference).stream()
                    .collect(Collectors.toMap(HubRetention.Row::candidateId, Function.identity()));
            List<HubRetention.Row> read = db.read(HubRetention::rows);
            assertEquals(expected.size(), read.size());
            for (HubRetention.Row row : read) {
                assertEquals(expected.get(row.candidateId()), row, "the facts of " + row.candidateId());
            }
            long running = read.stream().filter(r -> r.facts().openPlacement()).count();
            long uwv = read.stream().filter(r -> r.facts().uwvFunded()).count();
            long ended = read.stream().filter(r -> r.facts().lastPlacementEnd() != null).count();
            assertTrue(running > 5 && uwv > 5 && ended > 5 && uwv < read.size(),
                    "the fixture has every kind: " + running + " running, " + uwv + " UWV, " + ended + " ended");
            for (String id : List.of("c007", "c042", "nobody")) {
                assertEquals(java.util.Optional.ofNullable(expected.get(id)), db.read(dsl -> HubRetention.of(dsl, id)));
            }
        } finally {
            db.close();
        }
    }

    private static void fill(DSLContext dsl, Random random) {
        String[] statuses = {"ACTIEF_TRAJECT", "UITGESTROOMD", "UIT_BEELD", "AANGEMELD", null};
        int seq = 0;
        for (int c = 0; c < 120; c++) {
            String id = String.format("c%03d", c);
            row(dsl, "candidate", id, id, random.nextInt(8) == 0, ++seq);
            String status = statuses[random.nextInt(statuses.length)];
            if (status != null) {
                field(dsl, "candidate", id, "status", status, ++seq);
            }
            maybe(dsl, random, "candidate", id, "status_since", "2019-0" + (1 + random.nextInt(9)) + "-15", ++seq);
            maybe(dsl, random, "candidate", id, "registered_on", "2018-03-0" + (1 + random.nextInt(9)), ++seq);
            maybe(dsl, random, "candidate", id, "coach_id", "coach-" + random.nextInt(4), ++seq);
            for (int p = random.nextInt(4); p > 0; p--) {
                String pid = id + "-p" + p;
                row(dsl, "placement", pid, id, random.nextInt(5) == 0, ++seq);
                int end = random.nextInt(4);
                if (end > 0) {
                    field(dsl, "placement", pid, "actual_end", end == 1 ? null : "202" + random.nextInt(6) + "-0"
                            + (1 + random.nextInt(9)) + "-0" + (1 + random.nextInt(9)), ++seq);
                }
                maybe(dsl, random, "placement", pid, "jobcoach_type",
                        random.nextBoolean() ? "EXTERN_UWV" : "INTERN", ++seq);
            }
            if (random.nextInt(4) == 0) {
                String gid = id + "-g";
                row(dsl, "jobcoach_grant", gid, id, random.nextInt(5) == 0, ++seq);
                maybe(dsl, random, "jobcoach_grant", gid, "financier",
                        random.nextBoolean() ? "EXTERN_UWV" : "GEMEENTE", ++seq);
                // A grant's own end date is not a placement's end.
                field(dsl, "jobcoach_grant", gid, "actual_end", "2030-01-01", ++seq);
            }
        }
        // A placement that names no candidate counts for nobody.
        row(dsl, "placement", "loose", null, false, ++seq);
        field(dsl, "placement", "loose", "jobcoach_type", "EXTERN_UWV", ++seq);
    }

    private static void maybe(DSLContext dsl, Random random, String entity, String id, String name, String value,
                              int seq) {
        int pick = random.nextInt(5);
        if (pick > 0) {
            field(dsl, entity, id, name, pick == 1 ? null : value, seq);
        }
    }

    private static void row(DSLContext dsl, String entity, String id, String candidateId, boolean tombstone, int seq) {
        dsl.execute("INSERT INTO master_row (entity, entity_id, candidate_id, tombstone_hlc, journal_seq)"
                + " VALUES (?, ?, ?, ?, ?)", entity, id, candidateId, tombstone ? "0000000000009-0000" : null, seq);
    }

    private static void field(DSLContext dsl, String entity, String id, String name, String value, int seq) {
        dsl.execute("INSERT INTO master_field (entity, entity_id, field, value, hlc, device_id, journal_seq)"
                + " VALUES (?, ?, ?, ?, '0000000000001-0000', 'test', ?)", entity, id, name, value, seq);
    }

    private static List<HubRetention.Row> reference(DSLContext dsl) {
        return dsl.resultQuery(REFERENCE).fetch(HubRetentionEquivalenceTest::row);
    }

    private static HubRetention.Row row(Record r) {
        boolean deleted = r.get(1) != null;
        String status = r.get(2, String.class);
        boolean ended = deleted || "UITGESTROOMD".equals(status) || "UIT_BEELD".equals(status);
        TrajectoryFacts facts = new TrajectoryFacts(ended, date(r.get(3, String.class)), date(r.get(4, String.class)),
                date(r.get(6, String.class)), !deleted && r.get(7, Integer.class) == 1, r.get(8, Integer.class) == 1);
        return new HubRetention.Row(r.get(0, String.class), r.get(5, String.class), deleted, facts);
    }

    private static LocalDate date(String text) {
        return text == null || text.length() < 10 ? null : LocalDate.parse(text.substring(0, 10));
    }
}
