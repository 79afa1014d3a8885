package nl.werkmap.service;

import static nl.werkmap.store.jooq.Tables.BAANKANS;
import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Employer;
import nl.werkmap.domain.match.Baankans;
import nl.werkmap.domain.match.BaankansStatus;
import nl.werkmap.domain.match.BaankansValidator;
import nl.werkmap.domain.match.Werkprofiel;
import nl.werkmap.domain.profile.Dagdeel;
import nl.werkmap.domain.profile.Opleidingsniveau;
import nl.werkmap.domain.profile.ProfielMessage;
import nl.werkmap.domain.profile.Werkgevolg;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.Samples;
import nl.werkmap.store.TestVault;

/** A baankans with carved tasks is stored sealed and change-logged; one without an employer is refused. */
public class BaankansServiceTest {

    @TempDir
    Path dir;
    private CaseloadStore store;
    private Employer employer;
    private BaankansService service;

    @BeforeEach
    void open() {
        store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer());
        employer = Samples.employer();
        store.employers().save(employer);
        service = new BaankansService(() -> store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    public static Baankans carved(UUID employerId, Double min, Double max, String isco) {
        return new Baankans(UUID.randomUUID(), employerId, "Keukenhulp", isco, "I", "3511 CD", min, max,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), Set.of(Dagdeel.OCHTEND), LocalDate.of(2027, 1, 11),
                BaankansStatus.OPEN, List.of("Groente snijden", "Afwassen; opruimen"), Opleidingsniveau.PRAKTIJKONDERWIJS,
                false, Set.of(Werkgevolg.VASTE_WERKPLEK, Werkgevolg.KORTE_INSTRUCTIES), "Utrecht",
                new Werkprofiel("Hygieneregels", "Buddy leert aan", "Klein team", "Op tijd", "Staand werk"),
                List.of("Kok", "Afwasser"));
    }

    @Test
    void aCarvedBaankansReadsBackWithItsTasksSealed() {
        Baankans b = carved(employer.id(), 16.0, 20.0, "9412");
        service.save(b);
        assertEquals(b, store.baankansen().find(b.id()).orElseThrow());
        assertEquals(List.of(b), store.baankansen().forEmployer(employer.id()));
        assertTrue(b.jobcarving());
        byte[] tasks = store.read(dsl -> dsl.select(BAANKANS.TASKS).from(BAANKANS).fetchSingle().value1());
        assertFalse(new String(tasks, StandardCharsets.ISO_8859_1).contains("Groente"), "tasks are sealed");
        int logged = store.read(dsl -> dsl.fetchCount(CHANGE_LOG, CHANGE_LOG.ENTITY.eq("baankans")));
        assertTrue(logged > 15, "change-logged, so it syncs to the team: " + logged);
    }

    @Test
    void withoutAnEmployerOrWithBadHoursOrCodeItIsRefusedAndNothingIsWritten() {
        RefusedException none = assertThrows(RefusedException.class,
                () -> service.save(carved(null, 16.0, 20.0, "9412")));
        assertEquals(List.of(new ValidationProblem(BaankansValidator.EMPLOYER, BaankansValidator.EMPLOYER_REQUIRED)),
                none.problems());
        RefusedException gone = assertThrows(RefusedException.class,
                () -> service.save(carved(UUID.randomUUID(), 16.0, 20.0, "9412")));
        assertEquals(BaankansValidator.EMPLOYER_REQUIRED, gone.problems().get(0).messageKey(),
                "an employer that is not in the caseload counts as none");
        RefusedException bad = assertThrows(RefusedException.class,
                () -> service.save(carved(employer.id(), 20.0, 16.0, "9999")));
        assertEquals(List.of(
                new ValidationProblem(BaankansValidator.OCCUPATION, ProfielMessage.OCCUPATION_UNKNOWN.key()),
                new ValidationProblem(BaankansValidator.HOURS_MAX, ProfielMessage.HOURS_MAX_BELOW_MIN.key())),
                bad.problems());
        assertEquals(List.of(), store.baankansen().all());
        int logged = store.read(dsl -> dsl.fetchCount(CHANGE_LOG, CHANGE_LOG.ENTITY.eq("baankans")));
        assertEquals(0, logged);
    }
}
