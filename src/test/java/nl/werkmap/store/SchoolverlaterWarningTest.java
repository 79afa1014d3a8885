package nl.werkmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.SchoolInfo;
import nl.werkmap.domain.SchoolType;
import nl.werkmap.domain.profile.ProfielSamples;
import nl.werkmap.domain.profile.SchoolverlaterCheck;
import nl.werkmap.store.caseload.CaseloadRow;

/**
 * Issue 15: the caseload list warns about a VSO/PrO pupil nobody has started with (no werknemersprofiel, no
 * conversation that took place), computed in the list's own set-based query; a profile or a first conversation
 * ends the warning, and candidates who are not pupils never get it.
 */
class SchoolverlaterWarningTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 20);
    private static final String KEY = SchoolverlaterCheck.WARNING_KEY;

    @TempDir
    Path dir;
    private CaseloadStore store;
    private Coach coach;

    @BeforeEach
    void open() {
        store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer());
        coach = Samples.coach("Ans Visser");
        store.coaches().save(coach);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Candidate pupil(String name, SchoolType type) {
        return Samples.candidate(name, coach.id())
                .withSchool(new SchoolInfo("De Brug", type, null, TODAY.plusMonths(2), null));
    }

    @Test
    void flagsOnlyPupilsWithNeitherProfileNorConversation() {
        Candidate notStarted = pupil("Milan Jansen", SchoolType.PRO);
        Candidate withProfile = pupil("Sara Bos", SchoolType.VSO);
        Candidate talked = pupil("Noa de Wit", SchoolType.VSO);
        Candidate onlyPlanned = pupil("Daan Smit", SchoolType.VSO);
        Candidate left = pupil("Lisa Mol", SchoolType.PRO).withStatus(CandidateStatus.UITGESTROOMD, null, null,
                TODAY.minusDays(3));
        Candidate adult = Samples.candidate("Kees Boer", coach.id()).withSchool(null);
        store.candidates().saveAll(List.of(notStarted, withProfile, talked, onlyPlanned, left, adult));
        store.profiles().insertAll(List.of(ProfielSamples.complete(withProfile.id())), List.of());
        store.sessions().save(Samples.session(talked.id(), null, coach.id(), LocalDateTime.of(2024, 6, 18, 9, 0)));
        // A visit still to come is no first conversation yet.
        store.sessions().save(Samples.session(onlyPlanned.id(), null, coach.id(), LocalDateTime.of(2024, 6, 27, 9, 0)));

        Map<UUID, CaseloadRow> rows = store.caseloadQuery().load(TODAY).stream()
                .collect(Collectors.toMap(CaseloadRow::id, Function.identity()));

        assertEquals(1, rows.get(notStarted.id()).warningKeys().stream().filter(KEY::equals).count());
        assertEquals(1, rows.get(onlyPlanned.id()).warningKeys().stream().filter(KEY::equals).count());
        for (Candidate c : List.of(withProfile, talked, left, adult)) {
            assertFalse(rows.get(c.id()).warningKeys().contains(KEY), c.personal().fullName());
        }
    }

    @Test
    void oneRowReadAgainAgreesWithTheList() {
        Candidate notStarted = pupil("Milan Jansen", SchoolType.PRO);
        store.candidates().save(notStarted);
        assertEquals(true, store.caseloadRow().row(notStarted.id(), TODAY).orElseThrow().warningKeys().contains(KEY));

        store.profiles().insertAll(List.of(ProfielSamples.complete(notStarted.id())), List.of());

        assertFalse(store.caseloadRow().row(notStarted.id(), TODAY).orElseThrow().warningKeys().contains(KEY));
    }
}
