package nl.werkmap.report.verantwoording;

import java.util.Optional;

import nl.werkmap.domain.JobcoachForm;
import nl.werkmap.domain.JobcoachFormKind;

/**
 * The employer's evaluation and the employee's satisfaction form, on their own (to print or keep) and as part of
 * the verantwoordingsrapportage. Absence is a number of days; the form asks for no reason, so none can leave.
 */
final class FormDocuments {

    static final String SCORE_QUESTION_EMPLOYER = "Hoe tevreden ben je over de jobcoach (1-10)?";
    static final String SCORE_QUESTION_EMPLOYEE = "Hoe tevreden ben je over de begeleiding (1-10)?";

    private FormDocuments() {
    }

    static DocumentContent form(PlacementHalfYear s, JobcoachFormKind kind) {
        DocumentKind doc = kind == JobcoachFormKind.WERKGEVER_EVALUATIE ? DocumentKind.WERKGEVER_EVALUATIE
                : DocumentKind.WERKNEMER_TEVREDENHEID;
        DocumentContent.Builder b = DocumentContent.builder(doc);
        PlacementDocuments.particulars(b, s, false);
        if (kind == JobcoachFormKind.WERKGEVER_EVALUATIE) {
            evaluationPart(b, s.form(kind));
        } else {
            satisfactionPart(b, s.form(kind));
        }
        return b.build();
    }

    static void evaluationPart(DocumentContent.Builder b, Optional<JobcoachForm> form) {
        b.section("Evaluatie door de werkgever");
        if (form.isEmpty()) {
            b.wording("De evaluatie door de werkgever is nog niet ingevuld.");
            return;
        }
        JobcoachForm f = form.get();
        b.fact("Ingevuld op", "jobcoach_form", "filled_on", f.filledOn(), DocumentWords.day(f.filledOn()));
        b.fact("Wordt het beoogde werk gedaan?", "jobcoach_form", "work_done", f.workDone(),
                DocumentWords.yesNo(f.workDone()));
        b.fact("Verzuim in dagen", "jobcoach_form", "absence_days", f.absenceDays(),
                f.absenceDays() == null ? "-" : String.valueOf(f.absenceDays()));
        b.fact(SCORE_QUESTION_EMPLOYER, "jobcoach_form", "score", f.score(), score(f));
        b.text("Opmerking", "jobcoach_form", "remark", f.remark());
        signature(b, f, "Getekend door");
    }

    static void satisfactionPart(DocumentContent.Builder b, Optional<JobcoachForm> form) {
        b.section("Tevredenheid van de werknemer");
        if (form.isEmpty()) {
            b.wording("Het tevredenheidsformulier van de werknemer is nog niet ingevuld.");
            return;
        }
        JobcoachForm f = form.get();
        b.fact("Ingevuld op", "jobcoach_form", "filled_on", f.filledOn(), DocumentWords.day(f.filledOn()));
        b.fact(SCORE_QUESTION_EMPLOYEE, "jobcoach_form", "score", f.score(), score(f));
        b.text("Opmerking", "jobcoach_form", "remark", f.remark());
        signature(b, f, "Getekend door");
    }

    private static String score(JobcoachForm f) {
        return f.score() == null ? "-" : String.valueOf(f.score());
    }

    private static void signature(DocumentContent.Builder b, JobcoachForm f, String label) {
        b.signature(label, f.signerName(), f.signedOnPaper() ? null : f.signature(), f.signedOnPaper(),
                DocumentWords.day(f.filledOn()));
    }
}
