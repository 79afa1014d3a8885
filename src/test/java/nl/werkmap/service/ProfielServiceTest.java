package nl.werkmap.service;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static nl.werkmap.store.jooq.Tables.WERKERVARING;
import static nl.werkmap.store.jooq.Tables.WERKNEMERSPROFIEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.profile.ProfielMessage;
import nl.werkmap.domain.profile.ProfielSamples;
import nl.werkmap.domain.profile.ProfielValidator;
import nl.werkmap.domain.profile.Werkervaring;
import nl.werkmap.domain.profile.Werknemersprofiel;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.Samples;
import nl.werkmap.store.TestVault;

/** The werknemersprofiel is stored, sealed, change-logged and refused as one action with its work experience. */
class ProfielServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dir;
    private CaseloadStore store;
    private Candidate candidate;
    private ProfielService service;

    @BeforeEach
    void open() {
        store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer());
        candidate = Samples.bareCandidate("Sanne de Vries");
        store.candidates().save(candidate);
        service = new ProfielService(() -> store, CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private int logged(String entity) {
        return store.read(dsl -> dsl.fetchCount(CHANGE_LOG, CHANGE_LOG.ENTITY.eq(entity)));
    }

    @Test
    void aProfileWithItsExperienceReadsBackAsSaved() {
        Werknemersprofiel profile = ProfielSamples.complete(candidate.id());
        Werkervaring job = ProfielSamples.job(candidate.id(), "9412");
        service.save(profile, List.of(job));

        assertEquals(profile, store.profiles().forCandidate(candidate.id()).orElseThrow());
        assertEquals(List.of(job), store.profiles().experience(candidate.id()));
        assertTrue(logged("werknemersprofiel") > 10, "every filled field is in the change log");
        assertEquals(5, logged("werkervaring"), "candidate, code, description and two years");
    }

    @Test
    void textsAndTheTravelPostcodeAreSealedWhileCodesStayPlain() {
        service.save(ProfielSamples.complete(candidate.id()), List.of(ProfielSamples.job(candidate.id(), "9412")));
        var row = store.read(dsl -> dsl.selectFrom(WERKNEMERSPROFIEL).fetchSingle());
        for (byte[] sealed : List.of(row.getTextVaardigheden(), row.getTextWensen(), row.getTravelPostcode(),
                row.getSkills(), row.getDiplomas())) {
            String raw = new String(sealed, StandardCharsets.ISO_8859_1);
            assertFalse(raw.contains("3511") || raw.contains("keuken") || raw.contains("nauwkeurig"), raw);
        }
        assertEquals("I;G", row.getSectorWishes());
        assertEquals("PRAKTIJKONDERWIJS", row.getOpleidingsniveau());
        assertEquals(30, row.getMaxTravelMinutes());
        byte[] description = store.read(dsl -> dsl.select(WERKERVARING.DESCRIPTION).from(WERKERVARING).fetchSingle())
                .value1();
        assertFalse(new String(description, StandardCharsets.ISO_8859_1).contains("kantine"));
    }

    @Test
    void badInputIsRefusedWithItsFieldsAndWritesNothing() {
        Werknemersprofiel bad = ProfielSamples.withTravel(
                ProfielSamples.withHours(ProfielSamples.complete(candidate.id()), 20.0, 10.0), "3511 AB", 300);
        RefusedException refused = assertThrows(RefusedException.class,
                () -> service.save(bad, List.of(ProfielSamples.job(candidate.id(), "1234"))));
        assertEquals(List.of(
                new ValidationProblem(ProfielValidator.HOURS_MAX, ProfielMessage.HOURS_MAX_BELOW_MIN.key()),
                new ValidationProblem(ProfielValidator.TRAVEL_MINUTES, ProfielMessage.TRAVEL_RANGE.key()),
                new ValidationProblem("experience.0", ProfielMessage.OCCUPATION_UNKNOWN.key())),
                refused.problems());
        assertTrue(store.profiles().forCandidate(candidate.id()).isEmpty());
        assertEquals(0, logged("werknemersprofiel") + logged("werkervaring"));
    }

    @Test
    void aRemovedJobIsTombstonedInTheSameSave() {
        Werknemersprofiel profile = ProfielSamples.complete(candidate.id());
        Werkervaring kept = ProfielSamples.job(candidate.id(), "9412");
        Werkervaring removed = ProfielSamples.job(candidate.id(), "5120");
        service.save(profile, List.of(kept, removed));
        service.save(profile, List.of(kept));

        assertEquals(List.of(kept), store.profiles().experience(candidate.id()));
        int tombstones = store.read(dsl -> dsl.fetchCount(CHANGE_LOG,
                CHANGE_LOG.ENTITY_ID.eq(removed.id().toString()).and(CHANGE_LOG.FIELD.eq("deleted"))));
        assertEquals(1, tombstones, "the removal syncs as a tombstone");
    }

    @Test
    void aFailureHalfwayLeavesNothingAndTheRetryWritesOneProfile() {
        AtomicInteger writes = new AtomicInteger();
        ProfielService failing = new ProfielService(() -> store, CLOCK, record -> {
            if (writes.incrementAndGet() == 2) {
                throw new IllegalStateException("disk full while writing " + record);
            }
        });
        Werknemersprofiel profile = ProfielSamples.complete(candidate.id());
        Werkervaring job = ProfielSamples.job(candidate.id(), "9412");
        assertThrows(IllegalStateException.class, () -> failing.save(profile, List.of(job)));
        assertTrue(store.profiles().forCandidate(candidate.id()).isEmpty(), "the profile was rolled back");
        assertEquals(0, logged("werknemersprofiel"));

        failing.save(profile, List.of(job));
        failing.save(profile, List.of(job));
        int profiles = store.read(dsl -> dsl.fetchCount(WERKNEMERSPROFIEL));
        int jobs = store.read(dsl -> dsl.fetchCount(WERKERVARING));
        assertEquals(1, profiles);
        assertEquals(1, jobs);
    }

    @Test
    void twoLaptopsStartingTheSameProfileMakeTheSameRow() {
        assertEquals(Werknemersprofiel.idFor(candidate.id()), Werknemersprofiel.empty(candidate.id()).id());
        assertFalse(Werknemersprofiel.idFor(candidate.id()).equals(candidate.id()),
                "row ids are unique across tables (the change log looks fields up by row id alone)");
    }
}
