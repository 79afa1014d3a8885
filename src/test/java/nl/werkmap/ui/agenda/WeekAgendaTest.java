package nl.werkmap.ui.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.ActionOwner;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.Samples;
import nl.werkmap.store.TestVault;
import nl.werkmap.store.week.WeekEntry;

/** The week view's data: the right lines for the right coach, overdue first, and fast on a large caseload. */
class WeekAgendaTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** A Friday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM);

    @Test
    void showsMyAppointmentsDeadlinesAndActionsOverdueFirst(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            Coach me = Samples.coach("Fatima Yilmaz");
            Coach other = Samples.coach("Kees Jansen");
            store.coaches().saveAll(List.of(me, other));
            Candidate jan = Candidate.register(UUID.randomUUID(), "Jan van den Berg", TODAY.minusMonths(4))
                    .withCoach(me.id());
            Candidate els = Candidate.register(UUID.randomUUID(), "Els Bergsma", TODAY.minusMonths(4))
                    .withCoach(other.id());
            store.candidates().saveAll(List.of(jan, els));
            Employer employer = Samples.employer();
            store.employers().save(employer);
            Placement trial = new Placement(UUID.randomUUID(), jan.id(), employer.id(), "Medewerker groen",
                    PlacementType.PROEFPLAATSING, TODAY.minusMonths(2), TODAY.plusDays(2), null, null, null, 16.0,
                    false, null, null, null, false, false, null, null, null, null);
            store.placements().save(trial);
            CoachingSession visit = new CoachingSession(UUID.randomUUID(), jan.id(), null, me.id(),
                    TODAY.plusDays(1).atTime(10, 30), 45, SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK,
                    Set.of(), null, null, null, 0, "Bakkerij De Korenaar");
            CoachingSession colleagues = new CoachingSession(UUID.randomUUID(), els.id(), null, other.id(),
                    TODAY.plusDays(1).atTime(11, 0), 60, SessionLocation.KANTOOR, SessionType.INTAKE,
                    Set.of(), null, null, null, 0, null);
            store.sessions().saveAll(List.of(visit, colleagues));
            PlanAction late = new PlanAction(UUID.randomUUID(), jan.id(), null, null, "Cv opsturen",
                    ActionOwner.KANDIDAAT, TODAY.minusDays(3), null);
            store.plans().saveAction(late);

            WeekAgenda.Week mine = new WeekAgenda(CLOCK).load(store, me.id());
            assertEquals(LocalDate.of(2026, 12, 6), mine.lastDay(), "a Friday's week runs to Sunday");
            assertEquals(1, mine.todayLines().size());
            WeekAgenda.Line first = mine.todayLines().get(0);
            assertEquals(WeekEntry.Kind.ACTIE, first.entry().kind());
            assertTrue(first.overdue());
            assertEquals("Cv opsturen", first.entry().text(), "the action text is opened for the line shown");
            List<WeekEntry.Kind> week = mine.rest().stream().map(l -> l.entry().kind()).toList();
            assertEquals(List.of(WeekEntry.Kind.AFSPRAAK, WeekEntry.Kind.EINDE_PROEFPLAATSING), week);
            WeekAgenda.Line appointment = mine.rest().get(0);
            assertEquals("Jan van den Berg", appointment.name());
            assertEquals("Bakkerij De Korenaar", appointment.entry().text());
            assertEquals(visit.id(), appointment.entry().refId());
            assertFalse(mine.rest().stream().anyMatch(l -> l.name().equals("Els Bergsma")), "not my candidate");

            WeekAgenda.Week all = new WeekAgenda(CLOCK).load(store, null);
            assertTrue(all.rest().stream().anyMatch(l -> l.name().equals("Els Bergsma")));
        }
    }

    /**
     * The set-based check at test size: a 5,000-candidate demo caseload (about 60 coaches), the week for everyone
     * and for one coach. The printed times are the figures for the report; the bound only catches a per-candidate
     * query slipping back in (that costs seconds at this size).
     */
    @Test
    void vandaagListsEightWeeksOfOverdueAndCountsTheOlderOnesUntilAskedFor(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            Coach me = Samples.coach("Fatima Yilmaz");
            store.coaches().save(me);
            Candidate jan = Candidate.register(UUID.randomUUID(), "Jan van den Berg", TODAY.minusYears(2))
                    .withCoach(me.id());
            store.candidates().save(jan);
            PlanAction recent = new PlanAction(UUID.randomUUID(), jan.id(), null, null, "Cv opsturen",
                    ActionOwner.KANDIDAAT, TODAY.minusWeeks(3), null);
            PlanAction old = new PlanAction(UUID.randomUUID(), jan.id(), null, null, "Vog aanvragen",
                    ActionOwner.COACH, TODAY.minusMonths(5), null);
            store.plans().saveAction(recent);
            store.plans().saveAction(old);
            // An appointment of long ago still gepland counts as an older unfinished item too.
            store.sessions().save(new CoachingSession(UUID.randomUUID(), jan.id(), null, me.id(),
                    TODAY.minusMonths(4).atTime(10, 0), 30, SessionLocation.KANTOOR, SessionType.EVALUATIE, Set.of(),
                    null, null, null, 0, null, nl.werkmap.domain.AppointmentState.GEPLAND, null));

            WeekAgenda.Week week = new WeekAgenda(CLOCK).load(store, me.id());
            assertEquals(List.of("Cv opsturen"), week.todayLines().stream().map(l -> l.entry().text()).toList());
            assertEquals(2, week.olderOverdue(), "the action of five months and the appointment of four");
            assertFalse(week.olderShown());

            WeekAgenda.Week all = new WeekAgenda(CLOCK).load(store, me.id(), true);
            assertEquals(0, all.olderOverdue());
            assertEquals(List.of(WeekEntry.Kind.ACTIE, WeekEntry.Kind.AFSPRAAK, WeekEntry.Kind.ACTIE),
                    all.todayLines().stream().map(l -> l.entry().kind()).toList(), "oldest first");
            assertTrue(all.todayLines().stream().allMatch(WeekAgenda.Line::overdue));
        }
    }
}
