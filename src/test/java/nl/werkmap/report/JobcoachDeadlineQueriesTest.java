package nl.werkmap.report;

import static nl.werkmap.store.jooq.Tables.JOBCOACH_GRANT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.store.jooq.tables.records.PlacementRecord;

/** The jobcoach deadlines on the werklijst, on a real SQLite caseload; today is Wednesday 16 June 2027. */
class JobcoachDeadlineQueriesTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2027-06-16T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    private static final Set<WorkItem.Kind> JOBCOACH = EnumSet.range(WorkItem.Kind.AANVRAAG,
            WorkItem.Kind.UREN_INVOEREN);
    private CaseloadFixture f;

    @BeforeEach
    void open(@TempDir Path dir) throws Exception {
        f = new CaseloadFixture(dir.resolve("caseload.db"));
        f.coach("c1", "Anna de Vries", "Noord", 40);
        f.employer("e1", "Bakkerij Markt BV", "MARKT");
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private PlacementRecord jobcoach(String candidate, String type, String start, String actualEnd) {
        f.candidate(candidate, "c1", "JA", "GEPLAATST").store();
        PlacementRecord p = f.placement("p-" + candidate, candidate, "e1", type, start, actualEnd, 30);
        p.setJobcoachType("EXTERN_UWV");
        p.store();
        return p;
    }

    private void grant(String candidate, String period) {
        var g = f.dsl.newRecord(JOBCOACH_GRANT);
        g.setId("g-" + candidate + period);
        g.setCandidateId(candidate);
        g.setPlacementId("p-" + candidate);
        g.setPeriod(period);
        g.setRegime("MIDDEN");
        g.setContractHoursPerWeek(30.0);
        g.setEmploymentYear(1);
        g.setProefplaatsing(false);
        g.setUpdatedAt("0");
        g.setUpdatedBy("test");
        g.setDeleted(false);
        g.store();
    }

    /** Candidate → its jobcoach deadlines with their dates, in the werklijst's order. */
    private Map<String, List<String>> deadlines() {
        Map<String, List<String>> out = new TreeMap<>();
        for (WorkItem item : WorkList.compute(f.dsl, TODAY, ReportScope.team("Noord")).items()) {
            if (JOBCOACH.contains(item.kind())) {
                out.computeIfAbsent(item.candidateId(), k -> new java.util.ArrayList<>())
                        .add(item.kind() + " " + item.due());
            }
        }
        return out;
    }

    @Test
    void eachRuleOnItsOwnPlacement() {
        jobcoach("nieuw", "DIENSTVERBAND", "2027-06-07", null);              // no toekenning yet
        jobcoach("lang", "DIENSTVERBAND", "2025-01-06", null);               // 5th half year ends 2027-07-06
        grant("lang", "2027-H1");
        jobcoach("gelogd", "DIENSTVERBAND", "2026-09-01", null);
        grant("gelogd", "2027-H1");
        f.session("gelogd", "p-gelogd", "c1", "2027-06-14T09:00", 1.5);      // Monday of this week
        jobcoach("gestopt", "DIENSTVERBAND", "2026-09-01", "2027-06-10");
        grant("gestopt", "2027-H1");
        PlacementRecord renewed = jobcoach("verlengd", "DIENSTVERBAND", "2027-06-01", null);
        renewed.setContractSequence(2);
        renewed.store();
        grant("verlengd", "2027-H1");
        f.session("verlengd", "p-verlengd", "c1", "2027-06-16T09:00", 1.0);
        f.candidate("geen", "c1", "JA", "GEPLAATST").store();
        f.placement("p-geen", "geen", "e1", "DIENSTVERBAND", "2027-06-01", null, 30).store(); // no jobcoach

        Map<String, List<String>> expected = new TreeMap<>();
        expected.put("nieuw", List.of("AANVRAAG 2027-06-21", "VERANTWOORDINGSRAPPORTAGE 2027-06-30",
                "VERVOLGAANVRAAG 2027-06-30"));
        expected.put("lang", List.of("UREN_INVOEREN 2027-06-18", "VERANTWOORDINGSRAPPORTAGE 2027-06-30",
                "VERVOLGAANVRAAG 2027-06-30", "LANGDURIGE_MOTIVATIE 2027-07-06"));
        expected.put("gelogd", List.of("VERANTWOORDINGSRAPPORTAGE 2027-06-30", "VERVOLGAANVRAAG 2027-06-30"));
        expected.put("gestopt", List.of("EINDE_DIENSTBETREKKING 2027-06-17"));
        expected.put("verlengd", List.of("WIJZIGING 2027-06-15", "VERANTWOORDINGSRAPPORTAGE 2027-06-30",
                "VERVOLGAANVRAAG 2027-06-30"));
        assertEquals(expected, deadlines());
    }

    /** A change-log line for the placement's contract hours, written on {@code day} (noon, Dutch time). */
    private void hoursWritten(String candidate, String day, double hours) {
        long millis = LocalDate.parse(day).atTime(12, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant()
                .toEpochMilli();
        var line = f.dsl.newRecord(nl.werkmap.store.jooq.Tables.CHANGE_LOG);
        line.setEntity("placement");
        line.setEntityId("p-" + candidate);
        line.setField("hours_per_week");
        line.setValue(Double.toString(hours).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        line.setSealed(false);
        line.setHlc(String.format("%015d-%05d-%s", millis, 0, "dev"));
        line.setDeviceId("dev");
        line.store();
    }

    /** A received write of the placement on {@code day}, logged packed: the fields it set, one a line. */
    private void receivedWrite(String candidate, String day, String fields) {
        long millis = LocalDate.parse(day).atTime(12, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant()
                .toEpochMilli();
        var line = f.dsl.newRecord(nl.werkmap.store.jooq.Tables.CHANGE_LOG);
        line.setEntity("placement");
        line.setEntityId("p-" + candidate);
        line.setField(nl.werkmap.store.changelog.ReceivedWrite.FIELD);
        line.setValue(fields.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        line.setSealed(false);
        line.setHlc(String.format("%015d-%05d-%s", millis, 0, "hub"));
        line.setDeviceId("other");
        line.setBundleId("received");
        line.store();
    }

    @Test
    void contractHoursChangedOnAnotherLaptopAreSeenInTheReceivedWrites() {
        jobcoach("elders", "DIENSTVERBAND", "2027-01-04", null);
        grant("elders", "2027-H1");
        f.session("elders", "p-elders", "c1", "2027-06-14T09:00", 1.0);
        receivedWrite("elders", "2027-01-02", "candidate_id\nhours_per_week\nstart_date");
        receivedWrite("elders", "2027-06-07", "hours_per_week");
        jobcoach("ander", "DIENSTVERBAND", "2027-01-04", null);
        grant("ander", "2027-H1");
        f.session("ander", "p-ander", "c1", "2027-06-14T09:00", 1.0);
        receivedWrite("ander", "2027-01-02", "candidate_id\nhours_per_week\nstart_date");
        receivedWrite("ander", "2027-06-07", "min_hours_per_week\nplanned_end");   // another field only

        Map<String, List<String>> found = deadlines();
        assertEquals("WIJZIGING 2027-06-21", found.get("elders").get(0));
        assertEquals(List.of("VERANTWOORDINGSRAPPORTAGE 2027-06-30", "VERVOLGAANVRAAG 2027-06-30"),
                found.get("ander"), "a write of other fields is no change of the contract hours");
    }

    @Test
    void otherContractHoursOnTheSamePlacementAreAChangeToReportWithinTwoWeeks() {
        jobcoach("minder", "DIENSTVERBAND", "2027-01-04", null);
        grant("minder", "2027-H1");
        f.session("minder", "p-minder", "c1", "2027-06-14T09:00", 1.0);
        hoursWritten("minder", "2027-01-02", 30);   // the placement made, two days before the start
        hoursWritten("minder", "2027-06-07", 24);   // from 30 to 24 hours a week, in the work's sixth month
        jobcoach("getypt", "DIENSTVERBAND", "2027-03-01", null);
        grant("getypt", "2027-H1");
        f.session("getypt", "p-getypt", "c1", "2027-06-14T09:00", 1.0);
        hoursWritten("getypt", "2027-02-20", 23);
        hoursWritten("getypt", "2027-02-21", 32);   // corrected the day after, before the work started
        jobcoach("vast", "DIENSTVERBAND", "2027-03-01", null);
        grant("vast", "2027-H1");
        f.session("vast", "p-vast", "c1", "2027-06-14T09:00", 1.0);
        hoursWritten("vast", "2027-02-20", 32);     // written once: no change

        Map<String, List<String>> found = deadlines();
        assertEquals(List.of("WIJZIGING 2027-06-21", "VERANTWOORDINGSRAPPORTAGE 2027-06-30",
                "VERVOLGAANVRAAG 2027-06-30"), found.get("minder"));
        assertEquals(List.of("VERANTWOORDINGSRAPPORTAGE 2027-06-30", "VERVOLGAANVRAAG 2027-06-30"),
                found.get("getypt"), "a correction before the start is no change of the dienstbetrekking");
        assertEquals(found.get("getypt"), found.get("vast"));
    }

    @Test
    void lastHalfYearsReportStaysFourWeeksAndAnEndNoticeDropsOffAfterItsGrace() {
        Clock august = Clock.fixed(Instant.parse("2027-07-20T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
        jobcoach("door", "DIENSTVERBAND", "2026-09-01", null);
        grant("door", "2027-H2");
        f.session("door", "p-door", "c1", "2027-07-19T09:00", 1.0);
        jobcoach("oud", "DIENSTVERBAND", "2026-09-01", "2027-06-01");         // notice due 06-08, grace until 07-06
        List<String> items = WorkList.compute(f.dsl, august, ReportScope.team("Noord")).items().stream()
                .filter(i -> JOBCOACH.contains(i.kind())).map(i -> i.candidateId() + " " + i.kind() + " " + i.due())
                .toList();
        assertEquals(List.of("door VERANTWOORDINGSRAPPORTAGE 2027-06-30", "door VERVOLGAANVRAAG 2027-06-30"), items,
                "overdue since 30 June, within the four weeks; the H2 report is months away");
        assertEquals(LocalDate.of(2027, 7, 20), LocalDate.now(august));
    }

    /**
     * "Uren invoeren" on the week's edges (issue 13, weekall6: this week's sessions are read once as a set instead
     * of looked up per placement): a session counts from Monday 00:00 up to Sunday 23:59 of this week, whatever
     * placement of the candidate it is for (or none), not when tombstoned, and never for another candidate. The
     * same as the look-up per placement read it ({@link ReferenceJobcoachDeadlineQueries}).
     */
    @Test
    void hoursOwedOnTheWeeksEdges() {
        Map<String, String> sessionAt = new TreeMap<>();
        sessionAt.put("zondag-ervoor", "2027-06-13T23:59");   // the Sunday before: owed
        sessionAt.put("maandag", "2027-06-14T00:00");
        sessionAt.put("zondag", "2027-06-20T23:59");
        sessionAt.put("maandag-erna", "2027-06-21T00:00");    // the Monday after: owed
        for (Map.Entry<String, String> e : sessionAt.entrySet()) {
            jobcoach(e.getKey(), "DIENSTVERBAND", "2026-09-01", null);
            grant(e.getKey(), "2027-H1");
            f.session(e.getKey(), "p-" + e.getKey(), "c1", e.getValue(), 1.0);
        }
        jobcoach("geschrapt", "DIENSTVERBAND", "2026-09-01", null);
        grant("geschrapt", "2027-H1");
        var tombstoned = f.session("geschrapt", "p-geschrapt", "c1", "2027-06-15T09:00", 1.0);
        tombstoned.setDeleted(true);
        tombstoned.store();
        // A session for another placement of the same candidate, and one for none: the candidate was seen.
        jobcoach("tweede-baan", "DIENSTVERBAND", "2026-09-01", null);
        grant("tweede-baan", "2027-H1");
        f.placement("p-tweede-baan-2", "tweede-baan", "e1", "DIENSTVERBAND", "2027-01-04", null, 8).store();
        f.session("tweede-baan", "p-tweede-baan-2", "c1", "2027-06-16T09:00", 1.0);
        jobcoach("zonder-baan", "DIENSTVERBAND", "2026-09-01", null);
        grant("zonder-baan", "2027-H1");
        f.session("zonder-baan", null, "c1", "2027-06-17T09:00", 1.0);
        // Another candidate's session this week does not settle this one's hours.
        jobcoach("buur", "DIENSTVERBAND", "2026-09-01", null);
        grant("buur", "2027-H1");
        f.candidate("buurvrouw", "c1", "JA", "GEPLAATST").store();
        f.session("buurvrouw", null, "c1", "2027-06-15T09:00", 1.0);

        // A coach of another team whose candidate has no session: owed for everyone, out of the other scopes.
        f.coach("c2", "Bram Jansen", "Zuid", 32);
        f.candidate("elders", "c2", "JA", "GEPLAATST").store();
        PlacementRecord elders = f.placement("p-elders", "elders", "e1", "DIENSTVERBAND", "2026-09-01", null, 30);
        elders.setJobcoachType("EXTERN_UWV");
        elders.store();
        grant("elders", "2027-H1");

        List<String> inNoord = List.of("buur", "geschrapt", "maandag-erna", "zondag-ervoor");
        List<String> everyone = List.of("buur", "elders", "geschrapt", "maandag-erna", "zondag-ervoor");
        // The week's sessions are read for the scope's candidates only (a team, a coach) or for all at once.
        for (ReportScope scope : List.of(ReportScope.team("Noord"), ReportScope.coach("c1"), ReportScope.all())) {
            List<String> owed = WorkList.compute(f.dsl, TODAY, scope).items().stream()
                    .filter(i -> i.kind() == WorkItem.Kind.UREN_INVOEREN).map(WorkItem::candidateId).sorted()
                    .toList();
            assertEquals(scope.kind() == ReportScope.Kind.ALLES ? everyone : inNoord, owed, scope.toString());
            LocalDate today = LocalDate.now(TODAY);
            CaseloadQueries caseload = new CaseloadQueries(f.dsl, new ScopeFilter(scope),
                    ReportPeriod.custom(LocalDate.of(1900, 1, 1), today));
            assertEquals(owed, new ReferenceJobcoachDeadlineQueries(f.dsl, caseload, today).items().stream()
                    .filter(i -> i.kind() == WorkItem.Kind.UREN_INVOEREN).map(WorkItem::candidateId).sorted()
                    .toList(), scope.toString());
        }
    }
}
