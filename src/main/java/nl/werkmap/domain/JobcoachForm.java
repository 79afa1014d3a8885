package nl.werkmap.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One form of a placement's half year (see {@link JobcoachFormKind}). Absence is a number of days and nothing else:
 * the form has no place for a reason, so no illness can be written down with it.
 *
 * @param score           1-10, the person's satisfaction with the coaching (the two signed forms); null otherwise
 * @param workDone        the employer's answer: is the intended work done (evaluation only)
 * @param absenceDays     days absent in the half year (evaluation only), never a reason
 * @param remark          the person's own remark, free text (sealed)
 * @param answerOwnEffort does the employer's own effort lead to a fitting workplace and climate (VERANTWOORDING)
 * @param answerCoachActivities which coach activities made the employer able to guide on their own (VERANTWOORDING)
 * @param result          the half year's result code (VERANTWOORDING)
 * @param signerName      who signed (sealed)
 * @param signature       the signature drawn on screen as strokes ({@code SignatureStrokes} text), null if none
 * @param signedOnPaper   signed on a paper copy instead of on screen
 */
public record JobcoachForm(
        UUID id,
        UUID candidateId,
        UUID placementId,
        JobcoachFormKind kind,
        HalfYear period,
        LocalDate filledOn,
        Integer score,
        Boolean workDone,
        Integer absenceDays,
        String remark,
        String answerOwnEffort,
        String answerCoachActivities,
        JobcoachResult result,
        String signerName,
        String signature,
        boolean signedOnPaper) {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 10;

    public JobcoachForm {
        Require.nonNull(id, "id");
        Require.nonNull(candidateId, "candidateId");
        Require.nonNull(placementId, "placementId");
        Require.nonNull(kind, "kind");
        Require.nonNull(period, "period");
        Require.nonNegative(absenceDays, "absenceDays");
        remark = blankToNull(remark);
        answerOwnEffort = blankToNull(answerOwnEffort);
        answerCoachActivities = blankToNull(answerCoachActivities);
        signerName = blankToNull(signerName);
        signature = blankToNull(signature);
    }

    /** Whether the form carries a signature: drawn on screen or on paper. */
    public boolean isSigned() {
        return signedOnPaper || signature != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
