package nl.werkmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.rules.Banen;
import nl.werkmap.report.CaseloadFigures.CoachCaseload;
import nl.werkmap.report.ContactFigures.CoachContact;
import nl.werkmap.report.JobcoachHourFigures.CoachBudget;
import nl.werkmap.report.JobcoachHourFigures.CoachDays;

/** Every figure of the hand-worked {@link TeamNoord} fixture, over 2026-T3. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryServiceTest {

    private CaseloadFixture fixture;
    private TeamSummary noord;
    private TeamSummary all;

    @BeforeAll
    void compute(@TempDir Path dir) throws Exception {
        fixture = TeamNoord.build(dir.resolve("caseload.db"));
        SummaryService service = new SummaryService(fixture.dsl, TeamNoord.TODAY);
        noord = service.compute(ReportPeriod.parse("2026-T3"), ReportScope.team("Noord"));
        all = service.compute(ReportPeriod.parse("2026-T3"), ReportScope.all());
    }

    @AfterAll
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void twelveHoursIsZeroPointFourSevenBaan() {
        assertEquals("0.47", Banen.banen(12).toPlainString());
    }

    @Test
    void caseloadPerCoachAgainstTarget() {
        List<CoachCaseload> coaches = noord.caseload().perCoach();
        assertEquals(2, coaches.size(), "team Zuid's coach is out of scope");
        assertEquals(new CoachCaseload("c1", "Anna de Vries", 5, 40, 1, 1), coaches.get(0));
        assertEquals(new CoachCaseload("c2", "Bram Jansen", 4, 50, 0, 0), coaches.get(1));
        assertEquals(1, noord.caseload().newIntakes(), "registered on the last day counts, the day after does not");
    }

    @Test
    void caseloadByStatusRegisterAndOutflow() {
        CrossTally status = noord.caseload().byStatus();
        assertEquals(6, status.get("GEPLAATST"));
        assertEquals(1, status.get("INTAKE"));
        assertEquals(2, status.get("ACTIEF_TRAJECT"));
        assertEquals(1, status.get("UITGESTROOMD"), "left on the first day of the period; the day before is not");
        assertEquals(10, status.total());
        CrossTally register = noord.caseload().registerByGrondslag();
        assertEquals(2, register.get("JA", "WAJONG"));
        assertEquals(1, register.get("JA", "PARTICIPATIEWET"));
        assertEquals(3, register.get("NEE", "ONBEKEND"));
        assertEquals(1, register.get("AANGEVRAAGD", "ONBEKEND"));
        assertEquals(9, register.total());
        assertEquals(1, noord.caseload().outflowByDestination().get("REGULIER_WERK"));
        assertEquals(1, noord.caseload().outflow());
    }

    @Test
    void banenOnThePeildatum() {
        BanenFigures b = noord.banen();
        assertEquals(LocalDate.of(2026, 12, 31), b.peildatum());
        assertEquals(3, b.jobsAtPeildatum().get("DIENSTVERBAND", "MARKT"), "12 h, restarted 20 h, 38 h after the proef");
        assertEquals(1, b.jobsAtPeildatum().get("DETACHERING", "OVERHEID"), "inleen counts at the inlener");
        assertEquals(1, b.jobsAtPeildatum().get("UITZEND", "MARKT"), "ends on the peildatum itself: still counts");
        assertEquals(0, b.jobsAtPeildatum().get("DIENSTVERBAND", "OVERHEID"), "team Zuid's job is out of scope");
        assertEquals(5, b.jobsAtPeildatum().total(), "the job outside the register and the tombstoned one do not count");
        assertEquals(5, b.personsAtPeildatum());
        assertEquals(121.0, b.hoursAtPeildatumTotal(), 1e-9);
        assertEquals("4.75", Banen.banen(b.hoursAtPeildatumTotal()).toPlainString());
        assertEquals(1, b.notInRegister());
    }

    @Test
    void banenStartedEndedAndRetained() {
        BanenFigures b = noord.banen();
        assertEquals(new BanenFigures.Flow(3, 3, 70.0), b.started(), "p1 on the first day, p3b restart, p4b contract");
        assertEquals(new BanenFigures.Flow(2, 2, 45.5), b.ended(), "p3a and the uitzend job ending on the last day");
        assertEquals(new BanenFigures.Retention(6, 3, 3, 3), b.after6Months());
        assertEquals(new BanenFigures.Retention(12, 3, 0, 0), b.after12Months());
        assertEquals(1, b.proefplaatsingenEnded());
        assertEquals(1, b.proefplaatsingenToContract());
    }

    @Test
    void theAllScopeAddsTheOtherTeam() {
        assertEquals(1, all.banen().jobsAtPeildatum().get("DIENSTVERBAND", "OVERHEID"));
        assertEquals(6, all.banen().personsAtPeildatum());
        assertEquals(4, all.banen().started().jobs());
        assertEquals(10, all.caseload().active());
    }

    @Test
    void jobcoachHoursUsedAgainstGrantedProRata() {
        CoachBudget anna = noord.jobcoachHours().perCoach().get(0);
        assertEquals("c1", anna.coachId());
        assertEquals(1, anna.placements());
        assertEquals(5.5, anna.used(), 1e-9, "sessions on the first and last day count, the days outside do not");
        assertEquals(40.0 * 122 / 182.625, anna.granted(), 1e-6);
        assertEquals(0, anna.overBudget());
        assertEquals(1, noord.jobcoachHours().perCoach().size());
    }

    @Test
    void hoursPerCoachPerDayFlagImplausibleDays() {
        CoachDays anna = noord.jobcoachHours().perCoachDay().get(0);
        assertEquals(new CoachDays("c1", "Anna de Vries", 3, 16.5, 1), anna);
        CoachDays bram = noord.jobcoachHours().perCoachDay().get(1);
        assertEquals(new CoachDays("c2", "Bram Jansen", 1, 1.0, 0), bram, "the tombstoned candidate's 9 h are left out");
        assertEquals(LocalDate.of(2026, 10, 5), noord.jobcoachHours().implausibleDays().get(0).day());
        assertEquals(11.0, noord.jobcoachHours().implausibleDays().get(0).hours(), 1e-9);
    }

    @Test
    void contactAndOutOfView() {
        CoachContact anna = noord.contact().perCoach().get(0);
        assertEquals(5, anna.active());
        assertEquals(4, anna.sessions());
        assertEquals(3, anna.withoutSessionInPeriod());
        assertEquals(4, anna.outOfView(), "k2 last seen 5 October, three never seen");
        CoachContact bram = noord.contact().perCoach().get(1);
        assertEquals(4, bram.active());
        assertEquals(1, bram.sessions());
        assertEquals(3, bram.outOfView());
        assertTrue(anna.completeness() > 0 && anna.completeness() < 1);
    }

    @Test
    void movementOnLadderAndPlainZrmDomains() {
        MovementFigures m = noord.movement();
        assertEquals(1, m.ladderUp());
        assertEquals(1, m.ladderSame());
        assertEquals(1, m.ladderDown(), "the measurement before the period is ignored");
        assertEquals(1, m.ladder().get("3", "5"));
        MovementFigures.ZrmChange geld = m.zrm().get(0);
        assertEquals(new MovementFigures.ZrmChange("GELDZAKEN", 1, 1, 0, 0, 2.0), geld);
        MovementFigures.ZrmChange woning = m.zrm().stream().filter(z -> z.domain().equals("WONING")).findFirst().orElseThrow();
        assertEquals(1, woning.same());
        assertEquals(9, m.zrm().size(), "only the nine plain domains");
        assertEquals(List.of("GEESTELIJKE_GEZONDHEID", "LICHAMELIJKE_GEZONDHEID", "VERSLAVING", "JUSTITIE"), m.zrmLeftOut());
    }

    @Test
    void theZrmTableNamesItsDomainsOnALaptopSetToTurkishToo() {
        Locale before = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        nl.werkmap.report.table.ReportTable turkish;
        MovementFigures m;
        try {
            // Upper case of "i" is the dotted capital there: the domain codes came out with it, were no known code,
            // and the table named them with an i and a combining dot above.
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TeamSummary summary = new SummaryService(fixture.dsl, TeamNoord.TODAY)
                    .compute(ReportPeriod.parse("2026-T3"), ReportScope.team("Noord"));
            m = summary.movement();
            turkish = new nl.werkmap.report.table.SummaryTables().tables(summary).stream()
                    .filter(t -> t.id().equals("zrm")).findFirst().orElseThrow();
        } finally {
            Locale.setDefault(before);
            Locale.setDefault(Locale.Category.FORMAT, format);
            Locale.setDefault(Locale.Category.DISPLAY, display);
        }
        assertEquals(noord.movement().zrm(), m.zrm());
        assertEquals(noord.movement().zrmLeftOut(), m.zrmLeftOut());
        nl.werkmap.report.table.ReportTable table = new nl.werkmap.report.table.SummaryTables().tables(noord).stream()
                .filter(t -> t.id().equals("zrm")).findFirst().orElseThrow();
        assertEquals(table.rows().stream().map(r -> r.get(0).display()).toList(),
                turkish.rows().stream().map(r -> r.get(0).display()).toList());
        assertTrue(turkish.rows().stream().anyMatch(r -> r.get(0).display().equals("Tijdsbesteding")),
                turkish.rows().toString());
        assertEquals(table.note(), turkish.note());
    }

    @Test
    void schoolLeaversPerSchoolAndSituation() {
        SchoolLeaverFigures s = noord.schoolLeavers();
        assertEquals(2, s.perSchool().size());
        SchoolLeaverFigures.SchoolRow west = s.perSchool().get(0);
        assertEquals("Praktijkschool West", west.school());
        assertEquals(1, west.destinationUnknown());
        SchoolLeaverFigures.SchoolRow brug = s.perSchool().get(1);
        assertEquals(1, brug.destinationKnown());
        assertEquals(1, s.situation().get("PROEFPLAATSING_OF_STAGE", SchoolLeaverFigures.AFTER_6));
        assertEquals(1, s.situation().get("IN_TRAJECT_ZONDER_WERK", SchoolLeaverFigures.AFTER_6));
        assertEquals(2, s.situation().get("NOG_NIET_TE_METEN", SchoolLeaverFigures.AFTER_12));
    }

    @Test
    void schoolLeaversNobodyHasStartedWithAreCountedPerCoach() {
        // k13 and k14 (VSO and PrO, active) have no werknemersprofiel and no session: one for each coach.
        SchoolLeaverFigures s = noord.schoolLeavers();
        assertEquals(java.util.Map.of("c1", 1L, "c2", 1L), s.notStartedPerCoach());
        assertEquals(2, s.notStarted());
    }

    @Test
    void dueSoonCountsAndTheNamedWorkList() {
        CrossTally due = noord.dueSoon().byKind();
        assertEquals(1, due.get("HALFJAARRAPPORTAGE", DueSoonFigures.DUE));
        assertEquals(1, due.get("EINDE_PROEFPLAATSING", DueSoonFigures.DUE));
        assertEquals(1, due.get("LOONWAARDEMETING", DueSoonFigures.OVERDUE));
        List<WorkItem> list = new SummaryService(fixture.dsl, TeamNoord.TODAY).workList(ReportScope.team("Noord"));
        assertEquals(List.of("k4", "k2", "k5"), list.stream().map(WorkItem::candidateId).toList());
        assertEquals(LocalDate.of(2027, 7, 15), list.get(1).due());
    }

    @Test
    void oneCoachScope() {
        TeamSummary bram = new SummaryService(fixture.dsl, TeamNoord.TODAY)
                .compute(ReportPeriod.parse("2026-T3"), ReportScope.coach("c2"));
        assertEquals(4, bram.caseload().active());
        assertEquals("coach Bram Jansen", bram.scopeLabel());
    }
}
