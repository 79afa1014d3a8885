package nl.werkmap.domain.validation;

import java.util.ArrayList;
import java.util.List;

import nl.werkmap.domain.JobcoachForm;
import nl.werkmap.domain.JobcoachFormKind;

/**
 * Checks a jobcoach form on its own: a score 1-10 on the two signed forms, absence as a number of days, a signature
 * (on screen or "op papier getekend") with the signer's name, and on the coach's part the result code. The public
 * constants are field names and message keys.
 */
public final class FormValidator {
    public static final String SCORE = "score";
    public static final String ABSENCE = "absenceDays";
    public static final String SIGNATURE = "signature";
    public static final String SIGNER = "signerName";
    public static final String RESULT = "result";
    public static final String WORK_DONE = "workDone";

    public static final String SCORE_RANGE = "validation.form.scoreRange";
    public static final String ABSENCE_RANGE = "validation.form.absenceRange";
    public static final String UNSIGNED = "validation.form.unsigned";
    public static final String SIGNER_MISSING = "validation.form.signerMissing";
    public static final String RESULT_MISSING = "validation.form.resultMissing";
    public static final String WORK_DONE_MISSING = "validation.form.workDoneMissing";

    public static final List<String> MESSAGE_KEYS = List.of(SCORE_RANGE, ABSENCE_RANGE, UNSIGNED, SIGNER_MISSING,
            RESULT_MISSING, WORK_DONE_MISSING);

    /** More absence than a half year has days cannot be meant. */
    static final int MAX_ABSENCE_DAYS = 184;

    private FormValidator() {
    }

    public static List<ValidationProblem> validate(JobcoachForm form) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (form.kind().signed()) {
            if (form.score() == null || form.score() < JobcoachForm.MIN_SCORE || form.score() > JobcoachForm.MAX_SCORE) {
                problems.add(new ValidationProblem(SCORE, SCORE_RANGE));
            }
            if (!form.isSigned()) {
                problems.add(new ValidationProblem(SIGNATURE, UNSIGNED));
            }
            if (form.signerName() == null) {
                problems.add(new ValidationProblem(SIGNER, SIGNER_MISSING));
            }
        } else if (form.result() == null) {
            problems.add(new ValidationProblem(RESULT, RESULT_MISSING));
        }
        if (form.kind() == JobcoachFormKind.WERKGEVER_EVALUATIE) {
            if (form.workDone() == null) {
                problems.add(new ValidationProblem(WORK_DONE, WORK_DONE_MISSING));
            }
            if (form.absenceDays() == null || form.absenceDays() > MAX_ABSENCE_DAYS) {
                problems.add(new ValidationProblem(ABSENCE, ABSENCE_RANGE));
            }
        }
        return problems;
    }
}
