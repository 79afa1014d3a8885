package nl.werkmap.report;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import nl.werkmap.store.jooq.tables.records.CandidateRecord;
import nl.werkmap.store.jooq.tables.records.PlacementRecord;

/**
 * The hand-worked fixture: team Noord (coaches Anna and Bram) and one candidate of team Zuid, reported over
 * 2026-T3 (1 September to 31 December 2026) on 1 July 2027. Every expected figure in the tests is worked out in
 * the comments here.
 */
final class TeamNoord {

    /** Today for the tests: all T3 starts are 6 months old, none 12. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2027-07-01T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    private TeamNoord() {
    }

    static CaseloadFixture build(Path file) throws SQLException {
        CaseloadFixture f = new CaseloadFixture(file);
        f.coach("c1", "Anna de Vries", "Noord", 40);
        f.coach("c2", "Bram Jansen", "Noord", null); // target defaults to 50
        f.coach("c3", "Cor Zuidema", "Zuid", 45);
        f.employer("e1", "Bakkerij Markt BV", "MARKT");
        f.employer("e2", "Gemeente Voorbeeld", "OVERHEID");

        // k1: 12 h dienstverband from the first day of the period = 0.47 baan; jobcoach budget 40 h per half year.
        CandidateRecord k1 = f.candidate("k1", "c1", "JA", "GEPLAATST");
        k1.setGrondslag("WAJONG");
        k1.store();
        PlacementRecord p1 = f.placement("p1", "k1", "e1", "DIENSTVERBAND", "2026-09-01", null, 12);
        p1.setJobcoachType("EXTERN_UWV");
        p1.setHoursGrantedHalfYear(40.0);
        p1.store();
        f.session("k1", "p1", "c1", "2026-09-01T09:00", 3.0);   // first day: in
        f.session("k1", "p1", "c1", "2026-12-31T16:00", 2.5);   // last day: in
        f.session("k1", "p1", "c1", "2027-01-01T09:00", 4.0);   // day after: out
        f.session("k1", "p1", "c1", "2026-08-31T10:00", 2.0);   // day before: out
        f.ladder("k1", "2026-09-01", 3);
        f.ladder("k1", "2026-12-31", 5);                         // up
        f.zrm("k1", "2026-09-10", 2, 3);
        f.zrm("k1", "2026-12-10", 4, 3);                         // geldzaken +2, woning same

        // k2: detachering with the municipality as inlener = inleen, overheid, 1.00 baan. Left the doelgroep in
        // 2025, still listed until 31-12-2027. Two long sessions on one day: 11 h, an implausible day for Anna.
        CandidateRecord k2 = f.candidate("k2", "c1", "JA", "GEPLAATST");
        k2.setGrondslag("PARTICIPATIEWET");
        k2.setRegisterEnd("2025-06-30");
        k2.store();
        PlacementRecord p2 = f.placement("p2", "k2", "e2", "DETACHERING", "2026-01-15", null, 25.5);
        p2.setJobcoachType("GEMEENTE");                           // halfjaarrapportage due 2027-07-15
        p2.store();
        f.session("k2", null, "c1", "2026-10-05T09:00", 6.0);
        f.session("k2", null, "c1", "2026-10-05T15:00", 5.0);
        f.ladder("k2", "2026-10-01", 4);
        f.ladder("k2", "2026-11-01", 4);                         // same
        f.zrm("k2", "2026-10-01", 3, 3);                         // one ZRM only: left out

        // k3: a placement that ended in the period and restarted two weeks later.
        CandidateRecord k3 = f.candidate("k3", "c1", "JA", "GEPLAATST");
        k3.setGrondslag("WSW");
        k3.store();
        f.placement("p3a", "k3", "e1", "DIENSTVERBAND", "2026-02-01", "2026-10-15", 20).store();
        f.placement("p3b", "k3", "e1", "DIENSTVERBAND", "2026-11-01", null, 20).store();
        f.ladder("k3", "2026-10-01", 2);                         // one measurement: left out

        // k4: a proefplaatsing that became a contract of 38 h = 1.49 baan; loonwaarde re-measurement overdue.
        CandidateRecord k4 = f.candidate("k4", "c2", "JA", "GEPLAATST");
        k4.setGrondslag("WAJONG");
        k4.store();
        PlacementRecord p4a = f.placement("p4a", "k4", "e1", "PROEFPLAATSING", "2026-09-01", "2026-10-31", 30);
        p4a.setEndReason("OVERGEGAAN_IN_CONTRACT");
        p4a.store();
        PlacementRecord p4b = f.placement("p4b", "k4", "e1", "DIENSTVERBAND", "2026-11-01", null, 38);
        p4b.setLoonwaardePct(60);
        p4b.setLoonwaardeMeasuredOn("2026-06-20");                // due 2027-06-20: overdue on 2027-07-01
        p4b.store();
        f.session("k4", null, "c2", "2026-12-01T10:00", 1.0);
        f.ladder("k4", "2026-08-31", 2);                         // before the period: ignored
        f.ladder("k4", "2026-09-15", 3);
        f.ladder("k4", "2026-12-01", 2);                         // down

        // k5: not in the register: the job does not count (notInRegister = 1). A proefplaatsing ends 2027-07-20.
        f.candidate("k5", "c2", "NEE", "GEPLAATST").store();
        f.placement("p5", "k5", "e1", "DIENSTVERBAND", "2026-05-01", null, 30).store();
        PlacementRecord p5b = f.placement("p5b", "k5", "e2", "PROEFPLAATSING", "2027-06-01", null, 20);
        p5b.setPlannedEnd("2027-07-20");
        p5b.store();

        // k6: uitzend job ending on the last day of the period: still counts on the peildatum and ended in it.
        CandidateRecord k6 = f.candidate("k6", "c2", "JA", "GEPLAATST");
        k6.setGrondslag("ID_BAAN");
        k6.store();
        f.placement("p6", "k6", "e1", "UITZEND", "2026-06-01", "2026-12-31", 25.5).store();

        // k7: tombstoned, with a 40 h job: must not appear anywhere.
        CandidateRecord k7 = f.candidate("k7", "c2", "JA", "GEPLAATST");
        k7.setDeleted(true);
        k7.store();
        f.placement("p7", "k7", "e1", "DIENSTVERBAND", "2026-09-10", null, 40).store();
        f.session("k7", null, "c2", "2026-10-05T09:00", 9.0);

        // k8: team Zuid, 25.5 h at the municipality from 1 October: only in the "all" scope.
        CandidateRecord k8 = f.candidate("k8", "c3", "JA", "GEPLAATST");
        k8.setGrondslag("WAJONG");
        k8.store();
        f.placement("p8", "k8", "e2", "DIENSTVERBAND", "2026-10-01", null, 25.5).store();

        // k9: left on the first day of the period (outflow); k10 the day before (not outflow, not on caseload).
        CandidateRecord k9 = f.candidate("k9", "c1", "ONBEKEND", "UITGESTROOMD");
        k9.setStatusSince("2026-09-01");
        k9.setOutflowDestination("REGULIER_WERK");
        k9.store();
        CandidateRecord k10 = f.candidate("k10", "c1", "ONBEKEND", "UITGESTROOMD");
        k10.setStatusSince("2026-08-31");
        k10.setOutflowDestination("VERHUISD");
        k10.store();

        // k11 registered on the last day of the period (new intake); k12 the day after (not counted).
        CandidateRecord k11 = f.candidate("k11", "c1", "AANGEVRAAGD", "INTAKE");
        k11.setRegisteredOn("2026-12-31");
        k11.store();
        CandidateRecord k12 = f.candidate("k12", "c1", "AANGEVRAAGD", "AANMELDING");
        k12.setRegisteredOn("2027-01-01");
        k12.store();

        // School leavers: k13 (VSO, arbeidsmarkt, destination known) in a stage 6 months later; k14 (PrO, destination
        // unknown) leaving on the last day of the period, no work 6 months later.
        CandidateRecord k13 = f.candidate("k13", "c1", "NEE", "ACTIEF_TRAJECT");
        k13.setSchoolName("VSO De Brug");
        k13.setSchoolType("VSO");
        k13.setUitstroomprofiel("ARBEIDSMARKT");
        k13.setExpectedLeavingDate("2026-09-30");
        k13.setSchoolDestination("REGULIER_WERK");
        k13.store();
        f.placement("p13", "k13", "e1", "LEERWERKPLEK_STAGE", "2027-01-15", null, 16).store();
        CandidateRecord k14 = f.candidate("k14", "c2", "NEE", "ACTIEF_TRAJECT");
        k14.setSchoolName("Praktijkschool West");
        k14.setSchoolType("PRO");
        k14.setExpectedLeavingDate("2026-12-31");
        k14.store();
        return f;
    }
}
