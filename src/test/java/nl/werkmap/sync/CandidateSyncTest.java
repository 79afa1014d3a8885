package nl.werkmap.sync;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static nl.werkmap.store.jooq.Tables.SYNC_CONFLICT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.PersonalDetails;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;
import nl.werkmap.sync.candidate.CandidateSync;
import nl.werkmap.sync.candidate.CandidateSyncState;
import nl.werkmap.sync.candidate.OpenConflict;

/**
 * One candidate's sync state and conflicts on real laptops and a real hub: a name (a sealed field) edited on two
 * laptops at once shows as a conflict with both names readable; the coach's choice becomes a new synced edit.
 */
class CandidateSyncTest {

    @TempDir
    Path dir;
    HubFixture hub;
    Laptop anouk;
    Laptop lotte;

    @BeforeEach
    void start() throws Exception {
        hub = new HubFixture(dir, "gemeente-a");
        anouk = new Laptop(dir, hub, "Anouk", HubRole.JOBCOACH, "noord");
        lotte = new Laptop(dir, hub, "Lotte", HubRole.TEAMLEIDER, "noord");
        assertTrue(anouk.sync().ok());
        assertTrue(lotte.sync().ok());
    }

    @AfterEach
    void stop() {
        anouk.close();
        lotte.close();
        hub.close();
    }

    private CandidateSync at(Laptop laptop) {
        return new CandidateSync(laptop.store, laptop.sealer, Clock.systemUTC());
    }

    /** The page's one read ({@link CandidateSync#view}) answers as the three separate reads do (issue 13). */
    private void sameView(CandidateSync sync, java.util.UUID candidate) {
        CandidateSync.View view = sync.view(candidate);
        assertEquals(sync.state(candidate), view.state(), "state");
        assertEquals(sync.open(candidate), view.open(), "open conflicts");
        assertEquals(sync.unsentDecisions(candidate), view.unsentDecisions(), "unsent decisions");
    }

    @Test
    void aLaptopThatIsNotLinkedHasNothingToSay() throws Exception {
        try (CaseloadStore alone = CaseloadStore.open(dir.resolve("alone.db"), TestVault.sealer())) {
            Candidate c = Candidate.register(java.util.UUID.randomUUID(), "Piet Smit", java.time.LocalDate.now());
            alone.candidates().save(c);
            assertEquals(CandidateSyncState.NOT_LINKED,
                    new CandidateSync(alone, TestVault.sealer(), Clock.systemUTC()).state(c.id()));
            sameView(new CandidateSync(alone, TestVault.sealer(), Clock.systemUTC()), c.id());
        }
    }

    /**
     * The page's read skips listing the candidate's rows on a laptop that is not linked and holds no conflict row at
     * all (issue 13). A laptop that is not linked but does hold conflict rows (left from a link, or copied from
     * another laptop) still shows them: the skip must look at sync_conflict, not at the link alone.
     */
    @Test
    void aLaptopNotLinkedStillShowsConflictRowsItHolds() throws Exception {
        try (CaseloadStore alone = CaseloadStore.open(dir.resolve("alone.db"), TestVault.sealer())) {
            Candidate open = Candidate.register(java.util.UUID.randomUUID(), "Piet Smit", java.time.LocalDate.now());
            Candidate decided = Candidate.register(java.util.UUID.randomUUID(), "Els Smit", java.time.LocalDate.now());
            Candidate quiet = Candidate.register(java.util.UUID.randomUUID(), "Jan Smit", java.time.LocalDate.now());
            alone.candidates().save(open);
            alone.candidates().save(decided);
            alone.candidates().save(quiet);
            CandidateSync sync = new CandidateSync(alone, TestVault.sealer(), Clock.systemUTC());
            CandidateSync.View before = sync.view(open.id());
            assertEquals(new CandidateSync.View(CandidateSyncState.NOT_LINKED, List.of(), 0), before);

            String hlc = alone.clock().now();
            alone.writeOwnTables(dsl -> {
                dsl.insertInto(SYNC_CONFLICT).set(SYNC_CONFLICT.ID, "c1").set(SYNC_CONFLICT.ENTITY, "candidate")
                        .set(SYNC_CONFLICT.ENTITY_ID, open.id().toString()).set(SYNC_CONFLICT.FIELD, "status")
                        .set(SYNC_CONFLICT.LOSING_VALUE, "INTAKE".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .set(SYNC_CONFLICT.SEALED, false).set(SYNC_CONFLICT.LOSING_HLC, hlc)
                        .set(SYNC_CONFLICT.LOSING_DEVICE, "hub").set(SYNC_CONFLICT.WINNING_HLC, hlc)
                        .set(SYNC_CONFLICT.DETECTED_AT, java.time.Instant.now().toString()).execute();
                return dsl.insertInto(SYNC_CONFLICT).set(SYNC_CONFLICT.ID, "c2").set(SYNC_CONFLICT.ENTITY, "candidate")
                        .set(SYNC_CONFLICT.ENTITY_ID, decided.id().toString()).set(SYNC_CONFLICT.FIELD, "status")
                        .set(SYNC_CONFLICT.LOSING_VALUE, "INTAKE".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .set(SYNC_CONFLICT.SEALED, false).set(SYNC_CONFLICT.LOSING_HLC, hlc)
                        .set(SYNC_CONFLICT.LOSING_DEVICE, "hub").set(SYNC_CONFLICT.WINNING_HLC, hlc)
                        .set(SYNC_CONFLICT.DETECTED_AT, java.time.Instant.now().toString())
                        .set(SYNC_CONFLICT.RESOLVED_AT, java.time.Instant.now().toString())
                        .set(SYNC_CONFLICT.DECISION, nl.werkmap.sync.protocol.Resolution.KEEP).execute();
            });
            CandidateSync.View withOpen = sync.view(open.id());
            assertEquals(1, withOpen.open().size(), "the open conflict shows without a link");
            assertEquals("INTAKE", withOpen.open().get(0).otherValue());
            sameView(sync, open.id());
            assertEquals(1, sync.view(decided.id()).unsentDecisions(), "the unsent decision counts without a link");
            sameView(sync, decided.id());
            assertEquals(new CandidateSync.View(CandidateSyncState.NOT_LINKED, List.of(), 0), sync.view(quiet.id()));
            sameView(sync, quiet.id());
        }
    }

    /** Anouk edits offline, then Lotte; Lotte syncs first, so Anouk's own older edit loses when she syncs. */
    private Candidate concurrentNames(String anouksName, String lottesName) throws Exception {
        Candidate sanne = anouk.newCandidate("Sanne de Vries");
        assertTrue(anouk.sync().ok());
        assertTrue(lotte.sync().ok());
        anouk.store.candidates().save(sanne.withPersonal(PersonalDetails.named(anouksName)));
        Thread.sleep(5);
        lotte.store.candidates().save(lotte.candidate(sanne.id()).orElseThrow()
                .withPersonal(PersonalDetails.named(lottesName)));
        assertTrue(lotte.sync().ok());
        assertTrue(anouk.sync().ok());
        return sanne;
    }

    @Test
    void pendingThenSentThenConflictThenResolvedWithTheOtherValue() throws Exception {
        Candidate noor = anouk.newCandidate("Noor Jansen");
        assertEquals(CandidateSyncState.PENDING, at(anouk).state(noor.id()), "a new candidate waits to go out");
        sameView(at(anouk), noor.id());
        assertTrue(anouk.sync().ok());
        assertEquals(CandidateSyncState.SENT, at(anouk).state(noor.id()));
        sameView(at(anouk), noor.id());

        Candidate sanne = concurrentNames("Sanne de Vries-Kok", "Sanne Kok");
        assertEquals(CandidateSyncState.CONFLICT, at(anouk).state(sanne.id()));
        sameView(at(anouk), sanne.id());
        assertEquals(CandidateSyncState.SENT, at(anouk).state(noor.id()), "only the candidate concerned");
        List<OpenConflict> open = at(anouk).open(sanne.id());
        assertEquals(1, open.size());
        OpenConflict conflict = open.get(0);
        assertEquals("candidate", conflict.entity());
        assertEquals("full_name", conflict.field());
        assertEquals("Sanne Kok", conflict.keptValue(), "the newer edit is what the caseload holds");
        assertEquals("Sanne de Vries-Kok", conflict.otherValue(), "the sealed losing value is opened for the screen");
        assertTrue(conflict.otherByThisLaptop());
        assertNotNull(conflict.otherWrittenAt());

        at(anouk).useOther(conflict.id());
        assertEquals("Sanne de Vries-Kok", anouk.candidate(sanne.id()).orElseThrow().personal().fullName());
        assertEquals(CandidateSyncState.PENDING, at(anouk).state(sanne.id()), "the choice is a new edit to send");
        sameView(at(anouk), sanne.id());
        assertEquals(Integer.valueOf(1), anouk.store.read(dsl -> dsl.fetchCount(SYNC_CONFLICT,
                SYNC_CONFLICT.RESOLVED_AT.isNotNull())), "resolved, not deleted");
        assertTrue(anouk.store.<Boolean>read(dsl -> dsl.fetchExists(CHANGE_LOG,
                CHANGE_LOG.ENTITY_ID.eq(sanne.id().toString()).and(CHANGE_LOG.FIELD.eq("full_name"))
                        .and(CHANGE_LOG.BUNDLE_ID.isNull()))), "and change-logged");

        assertTrue(anouk.sync().ok());
        assertTrue(lotte.sync().ok());
        assertEquals("Sanne de Vries-Kok", lotte.candidate(sanne.id()).orElseThrow().personal().fullName(),
                "the chosen value reached the team lead");
        assertEquals(CandidateSyncState.SENT, at(anouk).state(sanne.id()));
        assertTrue(at(anouk).open(sanne.id()).isEmpty());
    }

    @Test
    void keepingTheCurrentValueWritesNoEditAndTheDecisionGoesOutWithTheNextSync() throws Exception {
        Candidate sanne = concurrentNames("Sanne V.", "Sanne de V.");
        OpenConflict conflict = at(anouk).open(sanne.id()).get(0);
        int logged = anouk.store.read(dsl -> dsl.fetchCount(CHANGE_LOG));

        at(anouk).keep(conflict.id());
        assertEquals(CandidateSyncState.PENDING, at(anouk).state(sanne.id()), "the decision still has to reach the hub");
        sameView(at(anouk), sanne.id());
        assertEquals(1, at(anouk).view(sanne.id()).unsentDecisions(), "the kept decision waits");
        assertTrue(anouk.sync().ok());
        assertEquals(CandidateSyncState.SENT, at(anouk).state(sanne.id()));
        assertEquals("Sanne de V.", anouk.candidate(sanne.id()).orElseThrow().personal().fullName());
        assertEquals(Integer.valueOf(logged), anouk.store.read(dsl -> dsl.fetchCount(CHANGE_LOG)),
                "keeping writes no edit");
        assertEquals(Integer.valueOf(1), anouk.store.read(dsl -> dsl.fetchCount(SYNC_CONFLICT)));
        assertFalse(at(anouk).state(sanne.id()) == CandidateSyncState.CONFLICT);
    }
}
