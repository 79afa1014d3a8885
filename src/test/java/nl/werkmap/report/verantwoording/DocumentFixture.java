package nl.werkmap.report.verantwoording;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import nl.werkmap.domain.Attendee;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateProfile;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.GoalStatus;
import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.JobcoachForm;
import nl.werkmap.domain.JobcoachFormKind;
import nl.werkmap.domain.JobcoachGrant;
import nl.werkmap.domain.JobcoachRegime;
import nl.werkmap.domain.JobcoachResult;
import nl.werkmap.domain.JobcoachType;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionLogboek;
import nl.werkmap.domain.SessionType;
import nl.werkmap.domain.ZrmDomain;
import nl.werkmap.domain.ZrmMeasurement;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.Samples;

/**
 * A caseload with one jobcoach placement through 2026-H1: a grant, a logboek, two goals, the three forms, and health
 * values in every place the caseload can hold them (support needs, status reason, the ZRM, a session's concerns),
 * so a test can check that none of them reaches a document.
 */
public final class DocumentFixture {

    public static final HalfYear H1 = new HalfYear(2026, 1);
    public static final LocalDate TODAY = LocalDate.of(2026, 7, 3);
    public static final String SUPPORT_NEEDS = "Autisme; epilepsie onder controle";
    public static final String STATUS_REASON = "Opname in kliniek wegens psychose";
    public static final String CONCERNS = "Nieuwe medicatie Ritalin maakt haar suf";
    public static final String BSN = "111222333";
    public static final List<String> HEALTH_VALUES = List.of("Autisme", "epilepsie", "psychose", "kliniek", "Ritalin",
            "medicatie", "suf", BSN);

    public final Coach coach = Samples.coach("Fatima Yilmaz");
    public final Candidate anna;
    public final Employer employer = Samples.employer();
    public final Placement job;
    public final JobcoachGrant grant;
    public final PlanGoal goalBus;
    public final PlanGoal goalPauze;
    public final JobcoachForm evaluation;
    public final JobcoachForm satisfaction;
    public final JobcoachForm own;

    public DocumentFixture(CaseloadStore store) {
        Candidate base = Samples.candidate("Anna de Boer", coach.id());
        CandidateProfile p = base.profile();
        anna = base.withProfile(new CandidateProfile(p.talents(), p.wishes(), SUPPORT_NEEDS, p.preferredSectors(),
                p.hoursAvailable())).withStatus(CandidateStatus.ACTIEF_TRAJECT, STATUS_REASON, null,
                LocalDate.of(2025, 12, 1));
        Placement sample = Samples.placement(anna.id(), employer.id());
        job = new Placement(sample.id(), anna.id(), employer.id(), "Medewerker groen", sample.type(),
                LocalDate.of(2026, 1, 5), null, null, null, null, 32, false, null, 60, null, false, false, null,
                JobcoachType.EXTERN_UWV, JobcoachRegime.MIDDEN, null);
        grant = new JobcoachGrant(RecordIds.next(), anna.id(), job.id(), JobcoachType.EXTERN_UWV, null,
                "UWV-2026-0042", LocalDate.of(2025, 12, 20), H1, JobcoachRegime.MIDDEN, null, 32, 1, false,
                null, null);
        goalBus = new PlanGoal(RecordIds.next(), anna.id(), "Zelfstandig met de bus naar het werk",
                GoalStatus.BEREIKT, LocalDate.of(2026, 6, 30));
        goalPauze = new PlanGoal(RecordIds.next(), anna.id(), "Zelf een pauze nemen als het druk is",
                GoalStatus.BEZIG, LocalDate.of(2026, 6, 30));
        evaluation = new JobcoachForm(RecordIds.next(), anna.id(), job.id(), JobcoachFormKind.WERKGEVER_EVALUATIE, H1,
                LocalDate.of(2026, 6, 24), 8, true, 3, "Anna is een aanwinst voor het team", null, null, null,
                "Karin de Vries", "100,500 200,300 300,600;400,400 500,450", false);
        satisfaction = new JobcoachForm(RecordIds.next(), anna.id(), job.id(),
                JobcoachFormKind.WERKNEMER_TEVREDENHEID, H1, LocalDate.of(2026, 6, 25), 6, null, null,
                "Fijn dat Fatima er was", null, null, null, "Anna de Boer", null, true);
        own = new JobcoachForm(RecordIds.next(), anna.id(), job.id(), JobcoachFormKind.VERANTWOORDING, H1,
                LocalDate.of(2026, 6, 28), null, null, null, "Regime gelijk houden: pauzes vragen nog oefening",
                "Ja, de leidinggevende plant vaste taken en een vaste buddy.",
                "Uitleg aan de buddy over korte instructies; samen een weekschema gemaakt.",
                JobcoachResult.VERVOLG_GELIJK_REGIME, null, null, false);

        store.coaches().save(coach);
        store.candidates().save(anna);
        store.employers().save(employer);
        store.placements().save(job);
        store.grants().insertAll(List.of(grant));
        store.plans().saveGoal(goalBus);
        store.plans().saveGoal(goalPauze);
        store.measurements().saveZrm(new ZrmMeasurement(RecordIds.next(), anna.id(), LocalDate.of(2026, 2, 1),
                Map.of(ZrmDomain.GEESTELIJKE_GEZONDHEID, 2, ZrmDomain.WERK_OPLEIDING, 3)));
        store.sessions().saveAll(List.of(
                session(LocalDate.of(2026, 2, 3), 2.0, CoachingActivity.INWERKEN_EN_TRAINEN, goalBus),
                session(LocalDate.of(2026, 3, 10), 1.5, CoachingActivity.BEGELEIDEN_LEIDINGGEVENDE, goalPauze),
                session(LocalDate.of(2026, 5, 12), 1.0, CoachingActivity.EVALUATIE_EN_COORDINATIE, goalPauze)));
        store.forms().save(evaluation);
        store.forms().save(satisfaction);
        store.forms().save(own);
    }

    private CoachingSession session(LocalDate day, double hours, CoachingActivity activity, PlanGoal goal) {
        return new CoachingSession(RecordIds.next(), anna.id(), job.id(), coach.id(), day.atTime(10, 0),
                (int) (hours * 60), SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK,
                EnumSet.of(Attendee.KANDIDAAT), "Ging goed", CONCERNS, "Volgende keer pauzes", hours, null,
                new SessionLogboek(activity, Set.of(goal.id()), 20, null, 1, day, null));
    }

    public static String pdfText(DocumentContent content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentPdf.write(content, ZonedDateTime.of(2026, 7, 3, 10, 0, 0, 0, ZoneOffset.UTC), out);
        // Kept beside the screenshots, so the layout of every document can be looked at after a run.
        java.nio.file.Path kept = java.nio.file.Path.of("target", "screenshots", "document-"
                + content.kind().fileStem() + ".pdf");
        java.nio.file.Files.createDirectories(kept.getParent());
        java.nio.file.Files.write(kept, out.toByteArray());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
