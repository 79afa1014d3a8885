package nl.werkmap.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.profile.ProfielCompleteness;
import nl.werkmap.domain.profile.ProfielItem;
import nl.werkmap.domain.profile.ProfielValidator;
import nl.werkmap.domain.profile.Werknemersprofiel;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;

/** Demo profiles pass the profile's own checks, are as incomplete as real ones, repeat per seed, and are written. */
class DemoWerknemersprofielenTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final List<Candidate> CANDIDATES = new DemoCaseload.DemoPlan(1_000, 3, TODAY).slice(0, 1_000)
            .candidates;

    @Test
    void everyProfilePassesTheValidatorAndTheMixIsRealisticallyIncomplete() {
        DemoWerknemersprofielen.Made made = DemoWerknemersprofielen.make(CANDIDATES, 3);
        made.profiles().forEach(p -> assertEquals(List.of(),
                ProfielValidator.validate(p, made.experience().stream()
                        .filter(j -> j.candidateId().equals(p.candidateId())).toList(), TODAY.getYear()),
                p.toString()));
        int profiles = made.profiles().size();
        assertTrue(profiles > 700 && profiles < 880, "about a fifth without a profile: " + profiles);
        long noLevel = missing(made.profiles(), ProfielItem.OPLEIDINGSNIVEAU);
        assertTrue(noLevel > 0.3 * profiles && noLevel < 0.55 * profiles, "opleidingsniveau missing: " + noLevel);
        long noSectors = missing(made.profiles(), ProfielItem.SECTORWENSEN);
        assertTrue(noSectors > 0.25 * profiles && noSectors < 0.55 * profiles, "sectors missing: " + noSectors);
        long complete = made.profiles().stream().filter(ProfielCompleteness::complete).count();
        assertTrue(complete > 20 && complete < 0.4 * profiles, "some complete, most not: " + complete);
        assertTrue(made.experience().size() > 300, "work experience: " + made.experience().size());
    }

    @Test
    void theSameSeedGivesTheSameProfiles() {
        assertEquals(DemoWerknemersprofielen.make(CANDIDATES, 3), DemoWerknemersprofielen.make(CANDIDATES, 3));
    }

    @Test
    void theDemoGeneratorWritesThem(@TempDir Path dir) {
        Vault vault = TestVaults.create(dir.resolve("keyring.json"));
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), vault.sealer())) {
            DemoCaseload.generate(store, 60, 5, TODAY, done -> { });
            List<Werknemersprofiel> stored = store.profiles().all();
            assertTrue(stored.size() > 30 && stored.size() < 60, "stored: " + stored.size());
            Werknemersprofiel one = stored.get(0);
            assertEquals(one, store.profiles().forCandidate(one.candidateId()).orElseThrow());
            var jobs = store.baankansen().all();
            assertTrue(jobs.size() >= 2, "baankansen at a third of the employers: " + jobs.size());
            assertTrue(jobs.stream().anyMatch(nl.werkmap.domain.match.Baankans::jobcarving), "carved jobs too");
            jobs.forEach(b -> assertEquals(List.of(), nl.werkmap.domain.match.BaankansValidator.validate(b),
                    b.toString()));
        }
    }

    private static long missing(List<Werknemersprofiel> profiles, ProfielItem item) {
        return profiles.stream().filter(p -> ProfielCompleteness.missing(p).contains(item)).count();
    }
}
