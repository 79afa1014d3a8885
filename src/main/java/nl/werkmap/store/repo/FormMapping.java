package nl.werkmap.store.repo;

import static nl.werkmap.store.mapping.Column.plain;
import static nl.werkmap.store.mapping.Column.sealed;

import java.util.List;

import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.JobcoachForm;
import nl.werkmap.domain.JobcoachFormKind;
import nl.werkmap.domain.JobcoachResult;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.mapping.EntityTable;

/**
 * The jobcoach_form table: kind, period, scores, absence days and the result stay plain for the yearly
 * satisfaction figures; free text, the signer's name and the drawn signature are sealed.
 */
public final class FormMapping {

    public static final EntityTable<JobcoachForm> TABLE = new EntityTable<>(Tables.JOBCOACH_FORM,
            JobcoachForm::id, List.of(
                    plain("candidate_id", JobcoachForm::candidateId),
                    plain("placement_id", JobcoachForm::placementId),
                    plain("kind", JobcoachForm::kind),
                    plain("period", f -> f.period().toString()),
                    plain("filled_on", JobcoachForm::filledOn),
                    plain("score", JobcoachForm::score),
                    plain("work_done", JobcoachForm::workDone),
                    plain("absence_days", JobcoachForm::absenceDays),
                    sealed("remark", JobcoachForm::remark),
                    sealed("answer_own_effort", JobcoachForm::answerOwnEffort),
                    sealed("answer_coach_activities", JobcoachForm::answerCoachActivities),
                    plain("result_code", JobcoachForm::result),
                    sealed("signer_name", JobcoachForm::signerName),
                    sealed("signature", JobcoachForm::signature),
                    plain("signed_on_paper", JobcoachForm::signedOnPaper)),
            r -> new JobcoachForm(r.id(), r.uuid("candidate_id"), r.uuid("placement_id"),
                    r.enumValue("kind", JobcoachFormKind.class), HalfYear.parse(r.text("period")),
                    r.date("filled_on"), r.integer("score"), r.text("work_done") == null ? null : r.flag("work_done"),
                    r.integer("absence_days"), r.opened("remark"), r.opened("answer_own_effort"),
                    r.opened("answer_coach_activities"), r.enumValue("result_code", JobcoachResult.class),
                    r.opened("signer_name"), r.opened("signature"), r.flag("signed_on_paper")));

    private FormMapping() {
    }
}
