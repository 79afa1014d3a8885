package nl.werkmap.service;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static nl.werkmap.store.jooq.Tables.CONSENT;
import static nl.werkmap.store.jooq.Tables.EMPLOYER;
import static nl.werkmap.store.jooq.Tables.EMPLOYER_CONTACT;
import static nl.werkmap.store.jooq.Tables.PLACEMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Consent;
import nl.werkmap.domain.ConsentPurpose;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerContact;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.Samples;
import nl.werkmap.store.TestVault;

/**
 * One user action, one transaction: the second write of an action fails, nothing of it stays; the retry with the
 * ids the form fixed when it opened leaves exactly one of each record.
 */
class OneActionOneTransactionTest {

    @TempDir
    Path dir;
    private CaseloadStore store;
    private Candidate candidate;

    @BeforeEach
    void open() {
        store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer());
        candidate = Samples.bareCandidate("Fatima el Amrani");
        store.candidates().save(candidate);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Fails the n-th write once, then lets every write through. */
    private static WriteStep failingOnce(int n) {
        AtomicInteger count = new AtomicInteger();
        return record -> {
            if (count.incrementAndGet() == n) {
                throw new IllegalStateException("disk full while writing " + record);
            }
        };
    }

    private int rows(Table<?> table) {
        return store.read(dsl -> dsl.fetchCount(table));
    }

    private int logged(Table<?> table) {
        return store.read(dsl -> dsl.fetchCount(CHANGE_LOG, CHANGE_LOG.ENTITY.eq(table.getName())));
    }

    @Test
    void employerPlacementAndBuddyAreOneActionAndARetryMakesNoSecondEmployer() {
        // The ids as the form fixed them when it opened.
        Employer employer = Samples.employer();
        Placement placement = Samples.placement(candidate.id(), employer.id());
        EmployerContact buddy = Samples.buddy(placement.id());
        NewPlacementService failing = new NewPlacementService(() -> store, failingOnce(2));

        assertThrows(IllegalStateException.class, () -> failing.place(employer, placement, buddy));
        assertEquals(0, rows(EMPLOYER), "the employer written before the failure was rolled back");
        assertEquals(0, rows(PLACEMENT));
        assertEquals(0, logged(EMPLOYER), "no change-log entry for a rolled-back write");

        failing.place(employer, placement, buddy);
        failing.place(employer, placement, buddy);

        assertEquals(1, rows(EMPLOYER));
        assertEquals(1, rows(PLACEMENT));
        assertEquals(1, rows(EMPLOYER_CONTACT));
        assertEquals(1, store.employers().all().size());
        assertEquals(1, store.placements().forCandidate(candidate.id()).size());
    }

    @Test
    void candidateWithConsentsIsOneAction() {
        Candidate edited = Candidate.register(candidate.id(), "Fatima el Amrani-Bakker", LocalDate.of(2025, 1, 6));
        List<Consent> consents = List.of(
                new Consent(RecordIds.next(), candidate.id(), ConsentPurpose.values()[0], true, LocalDate.now()),
                new Consent(RecordIds.next(), candidate.id(), ConsentPurpose.values()[1], true, LocalDate.now()));
        CandidateService failing = new CandidateService(() -> store, failingOnce(2));

        assertThrows(IllegalStateException.class, () -> failing.save(edited, consents));
        assertEquals(0, rows(CONSENT));
        assertEquals("Fatima el Amrani", store.candidates().find(candidate.id()).orElseThrow().personal().fullName(),
                "the candidate written before the failure was rolled back");

        failing.save(edited, consents);
        failing.save(edited, consents);
        assertEquals(2, rows(CONSENT));
        assertEquals("Fatima el Amrani-Bakker",
                store.candidates().find(candidate.id()).orElseThrow().personal().fullName());
    }
}
