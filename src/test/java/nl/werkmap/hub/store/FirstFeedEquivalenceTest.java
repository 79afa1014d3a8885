package nl.werkmap.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.security.TestVaults;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;
import nl.werkmap.sync.protocol.HlcClock;

/**
 * A first fetch read in pages ({@link FirstFeed}) gives the same changes in the same order as the whole feed read at
 * once ({@link CaseloadFeed#changesFor} with {@code after == 0}), at page sizes from smaller than one row to larger
 * than the team, and never hands a row out in two parts. The team: candidates of the lead's coach and of a coach of
 * another team, candidates renamed after they were made (a row of two writes), rows the lead's own laptop wrote
 * (left out for rows of no candidate, sent back for candidates), sessions and goals with personal values, deleted
 * rows, and an employer that came only as its deletion, without fields.
 */
class FirstFeedEquivalenceTest {

    private static final String COACH = "11111111-1111-4111-8111-111111111111";
    private static final String OTHER_COACH = "22222222-2222-4222-8222-222222222222";
    private static final String LEAD = "device-lead";
    private static final String ANOUK = "device-anouk";

    @TempDir
    Path dir;

    private HubDatabase db;
    private MasterSealing sealing;
    private final RegisteredDevice lead = new RegisteredDevice(LEAD, "laptop", "lead", "Lotte", HubRole.TEAMLEIDER,
            "noord", null, null, "2026-01-01T00:00:00Z", null, null);

    @BeforeEach
    void team() {
        db = HubDatabase.open("jdbc:sqlite:" + dir.resolve("hub.db"), null, null);
        sealing = MasterSealing.with(TestVaults.inMemory());
        MasterCaseload caseload = new MasterCaseload(new HlcClock(Clock.systemUTC()), sealing);
        long[] t = {Instant.now().toEpochMilli() - 600_000};
        List<Change> anouk = new ArrayList<>();
        List<Change> own = new ArrayList<>();
        anouk.add(change("coach", COACH, t, Map.of("name", "Anouk", "team", "noord")));
        own.add(change("coach", OTHER_COACH, t, Map.of("name", "Bram", "team", "zuid")));
        List<String> employers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String employer = UUID.randomUUID().toString();
            employers.add(employer);
            (i % 3 == 0 ? own : anouk).add(change("employer", employer, t, Map.of("name", "Bedrijf " + i,
                    "contact_name", "Contact " + i)));
        }
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            String candidate = UUID.randomUUID().toString();
            candidates.add(candidate);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("coach_id", i % 5 == 4 ? OTHER_COACH : COACH);
            fields.put("status", "ACTIEF_TRAJECT");
            fields.put("phone", "06-" + i);
            fields.put("street_address", "Straat " + i);
            if (i % 4 != 1) {
                fields.put("full_name", "Kandidaat " + i);
            }
            (i % 9 == 0 ? own : anouk).add(change("candidate", candidate, t, fields));
            for (int s = 0; s < 3; s++) {
                anouk.add(change("coaching_session", UUID.randomUUID().toString(), t, Map.of("candidate_id",
                        candidate, "went_well", "Sessie " + s + " van " + i, "concerns", "")));
            }
            anouk.add(change("plan_goal", UUID.randomUUID().toString(), t, Map.of("candidate_id", candidate,
                    "description", "Doel van " + i)));
        }
        for (int i = 0; i < candidates.size(); i += 4) {
            // Renamed after it was made (and some made without a name at first): the row is two writes.
            anouk.add(change("candidate", candidates.get(i + 1), t, Map.of("full_name", "Later genoemd " + i)));
            anouk.add(change("candidate", candidates.get(i), t, Map.of("phone", "070-" + i)));
        }
        anouk.add(new Change("candidate", candidates.get(7), Map.of(), stamp(t), true));
        anouk.add(new Change("employer", employers.get(2), Map.of(), stamp(t), true));
        own.add(new Change("employer", employers.get(4), Map.of(), stamp(t), true));
        anouk.add(new Change("employer", UUID.randomUUID().toString(), Map.of(), stamp(t), true));
        db.write(dsl -> caseload.apply(dsl, ANOUK, anouk));
        db.write(dsl -> caseload.apply(dsl, LEAD, own));
    }

    @Test
    void pagesGiveTheSameChangesInTheSameOrderAsTheWholeRead() {
        List<Change> whole = db.read(dsl -> CaseloadFeed.changesFor(dsl, sealing, lead, List.of(COACH), 0,
                MasterCaseload.journalPosition(dsl)).changes());
        assertTrue(whole.size() > 600, "a team of some size: " + whole.size());
        assertTrue(whole.stream().anyMatch(Change::tombstone), "deleted rows go out");
        assertTrue(whole.stream().anyMatch(c -> c.origin().equals(LEAD) && c.entity().equals("candidate")),
                "the lead's own candidates come back on its first fetch");
        assertFalse(whole.stream().anyMatch(c -> c.origin().equals(LEAD) && !c.tombstone()
                && (c.entity().equals("employer") || c.entity().equals("coach"))), "its own other rows do not");
        assertTrue(whole.stream().anyMatch(c -> "Later genoemd 0".equals(c.fields().get("full_name"))),
                "personal values go out opened");
        // {first page, page}: fixed pages, and pages growing from a small first one (doubling after each full page).
        for (int[] pages : new int[][] {{1, 1}, {3, 3}, {7, 7}, {50, 50}, {333, 333}, {FirstFeed.PAGE, FirstFeed.PAGE},
                {1, 2}, {1, 7}, {2, 50}, {3, 333}, {1, FirstFeed.PAGE}, {FirstFeed.FIRST_PAGE, FirstFeed.PAGE}}) {
            String pageSize = pages[0] + " growing to " + pages[1];
            List<List<Change>> rows = new ArrayList<>();
            db.read(dsl -> {
                if (pages[0] == pages[1]) {
                    FirstFeed.stream(dsl, sealing, lead, List.of(COACH), MasterCaseload.journalPosition(dsl),
                            pages[1], rows::add);
                } else {
                    FirstFeed.streamRows(dsl, sealing, lead, List.of(COACH), MasterCaseload.journalPosition(dsl),
                            pages[0], pages[1], row -> rows.add(row.changes()));
                }
                return null;
            });
            List<Change> paged = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (List<Change> row : rows) {
                String key = row.get(0).entity() + "/" + row.get(0).id();
                assertTrue(seen.add(key), "row " + key + " handed out once, whole (page size " + pageSize + ")");
                assertTrue(row.stream().allMatch(c -> (c.entity() + "/" + c.id()).equals(key)), key);
                paged.addAll(row);
            }
            assertEquals(whole, paged, "page size " + pageSize);
            assertTrue(rows.stream().anyMatch(row -> row.size() >= 2), "some rows are several writes");
        }
    }

    /**
     * The pages a first fetch reads: the first of {@code firstPage} rows, each after a full page twice as large up to
     * the page size, the last of each entity short; the rows handed out are the whole read's. Fails when the first
     * page is the full size (the first bundle then waits for thousands of rows) or pages stop growing.
     */
    @Test
    void theFirstPageIsSmallAndEachFullPageIsFollowedByOneTwiceAsLarge() {
        assertTrue(FirstFeed.FIRST_PAGE * 8 <= FirstFeed.PAGE, "a small first page: " + FirstFeed.FIRST_PAGE);
        List<Change> whole = db.read(dsl -> CaseloadFeed.changesFor(dsl, sealing, lead, List.of(COACH), 0,
                MasterCaseload.journalPosition(dsl)).changes());
        for (int[] sizes : new int[][] {{FirstFeed.FIRST_PAGE, FirstFeed.PAGE}, {4, 50}, {1, 3}}) {
            List<int[]> pages = new ArrayList<>();
            List<Change> paged = new ArrayList<>();
            db.read(dsl -> dsl.connectionResult(connection -> {
                FirstFeed.streamRows(DSL.using(PageWatch.watched(connection, pages), SQLDialect.SQLITE), sealing,
                        lead, List.of(COACH), MasterCaseload.journalPosition(dsl), sizes[0], sizes[1],
                        row -> paged.addAll(row.changes()));
                return null;
            }));
            String what = sizes[0] + " growing to " + sizes[1] + ": " + pages.stream()
                    .map(p -> p[1] + "/" + p[0]).toList();
            assertEquals(whole, paged, what);
            assertEquals(sizes[0], pages.get(0)[0], "the first page: " + what);
            boolean grew = false;
            boolean capped = false;
            for (int i = 1; i < pages.size(); i++) {
                int[] before = pages.get(i - 1);
                boolean full = before[1] == before[0];
                int expected = full ? Math.min(sizes[1], 2 * before[0]) : before[0];
                assertEquals(expected, pages.get(i)[0], "page " + i + ": " + what);
                grew |= full && expected > before[0];
                capped |= full && expected == sizes[1] && before[0] == sizes[1];
            }
            assertTrue(grew, "pages grew: " + what);
            if (sizes[1] < 100) {
                assertTrue(capped, "pages stop growing at the page size: " + what);
            }
        }
    }

    @Test
    void aFeedOfNoVisibleCandidatesStillHasTheSharedRows() {
        List<List<Change>> rows = new ArrayList<>();
        db.read(dsl -> {
            FirstFeed.stream(dsl, sealing, lead, List.of("no-such-coach"), MasterCaseload.journalPosition(dsl), 5,
                    rows::add);
            return null;
        });
        List<Change> whole = db.read(dsl -> CaseloadFeed.changesFor(dsl, sealing, lead, List.of("no-such-coach"), 0,
                MasterCaseload.journalPosition(dsl)).changes());
        assertEquals(whole, rows.stream().flatMap(List::stream).toList());
        assertTrue(rows.stream().allMatch(row -> row.get(0).entity().equals("coach")
                || row.get(0).entity().equals("employer")), "only rows of no candidate");
    }

    private static Change change(String entity, String id, long[] t, Map<String, String> fields) {
        return new Change(entity, id, fields, stamp(t), false);
    }

    private static String stamp(long[] t) {
        return new Hlc(++t[0], 0).toString();
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        db.close();
    }
}
