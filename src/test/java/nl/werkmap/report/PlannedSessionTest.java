package nl.werkmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.report.ContactFigures.CoachContact;

/**
 * A planned appointment is no contact yet: "uit beeld" in the report must not be hidden by a session still to come
 * (the bug the caseload overview had). Hand-worked: today is Monday 16 March 2026, the period Q1 2026, so the
 * peildatum is today and out of view means no session since 2 February (six weeks back).
 */
class PlannedSessionTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-03-16T11:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @Test
    void aSessionStillToComeIsNoContact(@TempDir Path dir) throws Exception {
        try (CaseloadFixture f = new CaseloadFixture(dir.resolve("caseload.db"))) {
            f.coach("c1", "Anna de Vries", "Noord", 40);
            f.candidate("k1", "c1", "JA", "ACTIEF_TRAJECT").store();
            f.session("k1", null, "c1", "2026-01-12T10:00", 1.0);   // last real contact: ten weeks ago
            f.session("k1", null, "c1", "2026-03-23T10:00", 1.0);   // next week: planned, not contact
            f.candidate("k2", "c1", "JA", "ACTIEF_TRAJECT").store();
            f.session("k2", null, "c1", "2026-03-09T10:00", 1.0);   // last week: in view
            f.session("k2", null, "c1", "2026-03-16T15:00", 1.0);   // later today, still today: counts as today
            f.candidate("k3", "c1", "JA", "ACTIEF_TRAJECT").store();
            f.session("k3", null, "c1", "2026-04-01T10:00", 1.0);   // only a planned session: never seen

            TeamSummary s = new SummaryService(f.dsl, TODAY)
                    .compute(ReportPeriod.custom(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)), ReportScope.all());

            CoachContact anna = s.contact().perCoach().get(0);
            assertEquals(3, anna.active());
            assertEquals(2, anna.outOfView(), "k1 (planned session next week) and k3 (only a planned session)");
            assertEquals(3, anna.sessions(), "k1's January session and k2's two of this month; none still to come");
            assertEquals(1, anna.withoutSessionInPeriod(), "k3");
        }
    }

    @Test
    void aMissedAppointmentIsNoContactAndBooksNoHours(@TempDir Path dir) throws Exception {
        try (CaseloadFixture f = new CaseloadFixture(dir.resolve("caseload.db"))) {
            f.coach("c1", "Anna de Vries", "Noord", 40);
            f.candidate("k1", "c1", "JA", "ACTIEF_TRAJECT").store();
            f.session("k1", null, "c1", "2026-01-12T10:00", 1.0);   // last real contact: ten weeks ago
            var missed = f.session("k1", null, "c1", "2026-03-09T10:00", 2.0);
            missed.setState("NIET_DOORGEGAAN");                     // last week, but it did not take place
            missed.setMissedReason("NIET_VERSCHENEN");
            missed.store();
            var unfinished = f.session("k1", null, "c1", "2026-03-10T10:00", 0.5);
            unfinished.setState("GEPLAND");                         // its time passed, not said yet
            unfinished.store();
            f.candidate("k2", "c1", "JA", "ACTIEF_TRAJECT").store();
            var done = f.session("k2", null, "c1", "2026-03-11T10:00", 1.5);
            done.setState("GEDAAN");
            done.store();

            TeamSummary s = new SummaryService(f.dsl, TODAY)
                    .compute(ReportPeriod.custom(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)), ReportScope.all());

            CoachContact anna = s.contact().perCoach().get(0);
            assertEquals(1, anna.outOfView(), "k1: the missed and the unfinished appointment are no contact");
            assertEquals(2, anna.sessions(), "k1's January session and k2's; not the missed or unfinished one");
            assertEquals(2.5, s.jobcoachHours().perCoachDay().stream()
                    .mapToDouble(JobcoachHourFigures.CoachDays::hours).sum(), 1e-9, "1.0 + 1.5: no hours missed");
        }
    }
}
