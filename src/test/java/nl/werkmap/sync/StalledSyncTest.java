package nl.werkmap.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.werkmap.hub.Hub;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.TestDevice;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.client.LoopbackHub;
import nl.werkmap.sync.outbox.Backoff;
import nl.werkmap.sync.outbox.OutboxEntry;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;

/**
 * A sync round against a real hub behind a way that misbehaves ({@link LoopbackHub}): the fetch answer stalls or
 * breaks off inside its second bundle, or its last bundle arrives cut, or the hub never answers an upload or stops
 * halfway through its answer. Each round ends (nothing waits forever) with a Dutch message that says what to do,
 * kept for the status bar; the bundle that came whole is applied and nothing of the broken one; the cursor stays
 * where it was; an upload stays in the outbox. The next round over a good way resumes and leaves the same candidates
 * and received change log (no row missing, none twice) as a laptop that never met the fault. A first fetch's first
 * bundle is small ({@link Hub#FIRST_DOWN_BUNDLE} changes, each next one twice as large): a break in the second
 * leaves only those few rows applied, and the resumed round brings the rest. The stall limit is made small; every
 * test has a hard timeout.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StalledSyncTest {

    /** More row writes than one down-bundle holds (5,000): the answer has several bundles, growing. */
    private static final int CANDIDATES = 5_200;
    private static final Duration IDLE = Duration.ofMillis(400);

    @TempDir
    static Path dir;
    static HubFixture hub;
    /** The team's candidates as a laptop has them that synced without any fault. */
    static Map<String, List<List<Object>>> clean;
    /** The bundles of that laptop's first fetch. */
    static int cleanBundles;

    private Laptop laptop;
    private LoopbackHub way;
    /** The request timeout of the next round's client: long (a loaded machine), short only where it is tested. */
    private volatile Duration timeout = Duration.ofSeconds(20);

    @BeforeAll
    static void team() throws Exception {
        hub = new HubFixture(dir, "gemeente-a");
        TestDevice anouk = new TestDevice(hub, "Anouk", HubRole.JOBCOACH, "noord");
        long now = Instant.now().toEpochMilli() - 60_000;
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < CANDIDATES; i++) {
            changes.add(new Change("candidate", UUID.randomUUID().toString(), Map.of("coach_id",
                    anouk.enrolment.coachId(), "full_name", "Kandidaat " + i, "status", "ACTIEF", "register_status",
                    "INGESCHREVEN", "registered_on", "2026-11-01"), new Hlc(now + i, 0).stamp(anouk.id()), false));
        }
        for (int i = 0; i < changes.size(); i += 2_000) {
            anouk.client.send(anouk.seal(changes.subList(i, Math.min(changes.size(), i + 2_000))
                    .toArray(Change[]::new)));
        }
        try (Laptop reference = new Laptop(dir, hub, "Lotte", HubRole.TEAMLEIDER, "noord")) {
            SyncReport report = reference.sync();
            assertTrue(report.ok(), report.error());
            // 256, 512, 1,024, 2,048 changes, then the rest (the coach's row and 5,200 candidates).
            assertEquals(5, report.bundlesReceived(), "bundles growing from a small first one");
            cleanBundles = report.bundlesReceived();
            clean = caseload(reference);
        }
    }

    @AfterAll
    static void closeHub() {
        hub.close();
    }

    @AfterEach
    void close() throws Exception {
        if (way != null) {
            way.close();
        }
        if (laptop != null) {
            laptop.close();
        }
    }

    /** A laptop whose rounds go through the misbehaving way, with a small stall limit. */
    private Laptop through(String coach, HubRole role, String team) throws Exception {
        laptop = new Laptop(dir, hub, coach, role, team);
        way = LoopbackHub.before(hub.url());
        laptop.engine = new SyncEngine(laptop.store, laptop.sealer, Clock.systemUTC(), new Backoff(Duration.ofMillis(1),
                Duration.ofMillis(5), java.util.random.RandomGenerator.getDefault()),
                url -> new HubClient(way.url(), null, timeout, IDLE));
        return laptop;
    }

    /** Where each fault strikes the fetch answer, and what the coach is told. */
    enum FetchFault {
        STALL_IN_THE_SECOND_BUNDLE("Het antwoord van de hub bleef halverwege steken", 1),
        STALL_AFTER_THE_HEADERS("Het antwoord van de hub bleef halverwege steken", 0),
        CUT_IN_THE_SECOND_BUNDLE("Het antwoord van de hub kwam niet helemaal aan", 1),
        /** Every bundle but the last came whole. */
        LAST_BUNDLE_ENDS_SHORT("Het antwoord van de hub kwam niet helemaal aan", -1);

        final String told;
        final int wholeBundles;

        FetchFault(String told, int wholeBundles) {
            this.told = told;
            this.wholeBundles = wholeBundles;
        }

        /** The bundles that came whole before the fault. */
        int whole() {
            return wholeBundles >= 0 ? wholeBundles : cleanBundles - 1;
        }

        LoopbackHub.Fault fault() {
            return switch (this) {
                case STALL_IN_THE_SECOND_BUNDLE -> LoopbackHub.stallAfter(StalledSyncTest::halfwayTheSecond);
                case STALL_AFTER_THE_HEADERS -> LoopbackHub.stallAfter(body -> 0);
                case CUT_IN_THE_SECOND_BUNDLE -> LoopbackHub.cutAfter(StalledSyncTest::halfwayTheSecond);
                case LAST_BUNDLE_ENDS_SHORT -> LoopbackHub.endShortAfter(body -> LoopbackHub.bundleEnd(body,
                        cleanBundles - 1) - 7);
            };
        }
    }

    private static int halfwayTheSecond(byte[] answer) {
        int start = LoopbackHub.bundleStart(answer, 1);
        return start + (LoopbackHub.bundleEnd(answer, 1) - start) / 2;
    }

    @ParameterizedTest
    @EnumSource(FetchFault.class)
    void aBrokenFetchKeepsWhatCameWholeAndTheCursorAndTheNextRoundResumes(FetchFault fault) throws Exception {
        Laptop lead = through("Lotte", HubRole.TEAMLEIDER, "noord");
        long cursor = lead.engine.identities().load().orElseThrow().downCursor();
        way.next("GET", fault.fault());

        SyncReport broken = lead.sync();
        assertFalse(broken.ok());
        assertTrue(broken.error().startsWith(fault.told), broken.error());
        assertTrue(broken.error().contains("Werkmap probeert het later opnieuw"), broken.error());
        assertEquals(broken.error(), lead.engine.identities().lastOutcome()[1], "kept for the status bar");
        assertEquals(fault.whole(), broken.bundlesReceived());
        assertEquals(cursor, lead.engine.identities().load().orElseThrow().downCursor(), "the cursor stays");
        int candidates = candidates(lead);
        if (fault.whole() == 0) {
            assertEquals(0, candidates);
        } else if (fault.whole() == 1) {
            assertTrue(candidates > 0 && candidates <= Hub.FIRST_DOWN_BUNDLE, "the small first bundle only: "
                    + candidates);
        } else {
            assertTrue(candidates > Hub.FIRST_DOWN_BUNDLE && candidates < CANDIDATES, "all but the last bundle: "
                    + candidates);
        }

        SyncReport resumed = lead.sync();
        assertTrue(resumed.ok(), resumed.error());
        assertEquals(cleanBundles, resumed.bundlesReceived(), "the whole answer again from the same place");
        assertTrue(lead.engine.identities().load().orElseThrow().downCursor() > cursor, "the cursor moved");
        assertEquals(clean, caseload(lead), "the same caseload as a laptop that never met the fault");
        assertEquals(List.of("GET /api/v1/bundles?after=" + cursor, "GET /api/v1/bundles?after=" + cursor),
                way.seen());
    }

    @Test
    void anUploadWhoseAnswerStallsStaysInTheOutboxAndTheNextRoundDeliversItOnce() throws Exception {
        Laptop coach = through("Sanne", HubRole.JOBCOACH, "zuid");
        assertTrue(coach.sync().ok(), "the first round brings the coach's own row");
        coach.newCandidate("Noor");
        way.next("POST", LoopbackHub.stallAfter(answer -> answer.length / 2));

        SyncReport stalled = coach.sync();
        assertFalse(stalled.ok());
        assertTrue(stalled.error().startsWith("Het antwoord van de hub bleef halverwege steken: 400 milliseconden"
                + " lang kwam er niets binnen. Werkmap probeert het later opnieuw."), stalled.error());
        List<OutboxEntry> kept = coach.engine.outbox().pending(false);
        assertEquals(1, kept.size(), "kept: the hub's answer never came whole");
        assertEquals(1, kept.get(0).attempts());

        SyncReport next = coach.sync();
        assertTrue(next.ok(), next.error());
        assertEquals(0, coach.engine.outbox().pendingChanges());
        assertEquals(1, receivedBundles(kept.get(0).bundleId()), "the hub holds it once");
    }

    @Test
    void anUploadTheHubNeverAnswersEndsAtTheTimeoutAndIsSentAgain() throws Exception {
        Laptop coach = through("Daan", HubRole.JOBCOACH, "west");
        assertTrue(coach.sync().ok(), "the first round brings the coach's own row");
        coach.newCandidate("Iris");
        way.next("POST", LoopbackHub.neverAnswer());

        timeout = Duration.ofMillis(700);
        SyncReport silent = coach.sync();
        timeout = Duration.ofSeconds(20);
        assertFalse(silent.ok());
        assertTrue(silent.error().startsWith("De hub antwoordde niet binnen 700 milliseconden."), silent.error());
        OutboxEntry kept = coach.engine.outbox().pending(false).get(0);
        assertEquals(0, receivedBundles(kept.bundleId()), "the request never reached the hub");

        SyncReport next = coach.sync();
        assertTrue(next.ok(), next.error());
        assertEquals(1, receivedBundles(kept.bundleId()));
    }

    private static int receivedBundles(String bundleId) {
        return hub.hub.database().<Integer>read(dsl -> dsl.fetchCount(dsl.selectFrom("received_bundle")
                .where("bundle_id = ?", bundleId)));
    }

    private static int candidates(Laptop laptop) {
        return laptop.store.read(dsl -> dsl.fetchCount(nl.werkmap.store.jooq.Tables.CANDIDATE));
    }

    /** Every candidate, every column (personal values opened), and the candidates' received change log. */
    private static Map<String, List<List<Object>>> caseload(Laptop laptop) {
        return Map.of("candidate", laptop.rowsOpened("candidate"), "received", laptop.store.read(dsl -> dsl.fetch(
                "SELECT entity_id, field, CAST(value AS TEXT), hlc, device_id FROM change_log"
                        + " WHERE bundle_id = 'received' AND entity = 'candidate' ORDER BY seq").map(Record::intoList)));
    }

}
