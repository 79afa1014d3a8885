package nl.werkmap.store.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachRole;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;

/**
 * The coaches read column by column ({@link CoachRepository#all()}) are the ones the generic row reader gives: the
 * same coaches, the same values, in the same order, on the demo caseload and on coaches with values left empty,
 * shared names and a removed one; {@link CoachRepository#countLive()} counts the same. With no write since, a read
 * gives the list read last; after any write the read is a real one.
 */
class CoachRepositoryReadTest {

    @Test
    void theColumnReadGivesWhatTheRowReaderGives(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            CoachRepository coaches = store.coaches();
            assertEquals(List.of(), coaches.all());
            assertEquals(0, coaches.countLive());

            DemoCaseload.generate(store, 60, 2026, LocalDate.of(2026, 12, 1), done -> { });
            coaches.save(new Coach(UUID.randomUUID(), "Özlem Ümit", CoachRole.WERKCOACH, null, null));
            coaches.save(new Coach(UUID.randomUUID(), "Anna de Boer", CoachRole.JOBCOACH, "Team Noord", 30));
            coaches.save(new Coach(UUID.randomUUID(), "Anna de Boer", CoachRole.TEAMLEIDER, null, 0));
            Coach gone = new Coach(UUID.randomUUID(), "Bert Weg", CoachRole.JOBCOACH, "Team Zuid", 12);
            coaches.save(gone);
            coaches.tombstone(gone.id());

            List<Coach> read = coaches.all();
            assertEquals(coaches.allThroughTheRowReader(), read);
            assertFalse(read.contains(gone), "a removed coach is not read");
            assertEquals(read.size(), coaches.countLive());
        }
    }

    @Test
    void aReadWithNoWriteSinceGivesTheListReadLastAndAnyWriteEndsThat(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            Coach anna = new Coach(UUID.randomUUID(), "Anna de Boer", CoachRole.JOBCOACH, "Team Noord", 30);
            store.coaches().save(anna);
            List<Coach> first = store.coaches().all();
            assertSame(first, store.coaches().all(), "nothing written since: the list read last");
            assertThrows(UnsupportedOperationException.class, () -> first.add(anna), "shared, so not to be changed");

            // Any write moves the store's stamp, one to another table too: the next read is a real one.
            store.candidates().save(Candidate.register(UUID.randomUUID(), "Fenna Brouwer", LocalDate.of(2026, 11, 2)));
            List<Coach> afterOtherWrite = store.coaches().all();
            assertNotSame(first, afterOtherWrite);
            assertEquals(first, afterOtherWrite);

            store.coaches().save(new Coach(anna.id(), "Anna de Vries", CoachRole.JOBCOACH, "Team Noord", 30));
            assertEquals(List.of("Anna de Vries"), store.coaches().all().stream().map(Coach::name).toList());
            store.coaches().tombstone(anna.id());
            assertEquals(List.of(), store.coaches().all());
            assertEquals(store.coaches().read(), store.coaches().all());
        }
    }
}
