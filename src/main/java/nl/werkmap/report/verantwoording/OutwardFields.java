package nl.werkmap.report.verantwoording;

import java.util.Set;

/**
 * Which stored fields may go into a document that leaves Werkmap (to UWV, a gemeente or the employer), as
 * {@code entity.field} in the caseload's own column names. Everything else is refused where the document is built
 * ({@link DocumentContent.Builder}); a health field is refused with its own message, so a future edit that tries to
 * put one in fails in the tests, not at the financier.
 *
 * <p>Health, in the caseload: the ZRM domains (geestelijke and lichamelijke gezondheid, verslaving; and justitie,
 * also special category), the candidate's support needs and status reason (often written as a diagnosis), the
 * session's concerns, and "ziekte" as the reason a placement ended.
 */
public final class OutwardFields {

    /** Fields that may go out. Free text among them is also checked for medical words ({@link MedicalTerms}). */
    static final Set<String> ALLOWED = Set.of(
            "candidate.full_name", "candidate.birth_date",
            "coach.name",
            "employer.name", "employer.city",
            "placement.job_title", "placement.type", "placement.start", "placement.planned_end",
            "placement.actual_end", "placement.end_reason", "placement.hours_per_week",
            "jobcoach_grant.financier", "jobcoach_grant.gemeente_code", "jobcoach_grant.kenmerk",
            "jobcoach_grant.decided_on", "jobcoach_grant.period", "jobcoach_grant.regime",
            "jobcoach_grant.granted_hours", "jobcoach_grant.contract_hours_per_week",
            "jobcoach_grant.employment_year", "jobcoach_grant.proefplaatsing",
            "coaching_session.starts_at", "coaching_session.activity", "coaching_session.hours_accounted",
            "coaching_session.location", "coaching_session.goal_ids",
            "plan_goal.description", "plan_goal.status", "plan_goal.target_date", "plan_goal.period",
            "plan_goal.planned_hours", "plan_goal.outcome",
            "jobcoach_form.kind", "jobcoach_form.period", "jobcoach_form.filled_on", "jobcoach_form.score",
            "jobcoach_form.work_done", "jobcoach_form.absence_days", "jobcoach_form.remark",
            "jobcoach_form.answer_own_effort", "jobcoach_form.answer_coach_activities",
            "jobcoach_form.result_code", "jobcoach_form.signer_name", "jobcoach_form.signature",
            "jobcoach_form.signed_on_paper");

    /** Health fields: never in a document, whatever the caller means. */
    static final Set<String> HEALTH = Set.of(
            "zrm_measurement.geestelijke_gezondheid", "zrm_measurement.lichamelijke_gezondheid",
            "zrm_measurement.verslaving", "zrm_measurement.justitie",
            "candidate.support_needs", "candidate.status_reason",
            "coaching_session.concerns", "coaching_session.day_reason");

    /** The end reason that is itself a health fact. */
    static final String ILLNESS_END_REASON = "ZIEKTE";

    /** A field that may not go into a document; nothing of the document is made. */
    public static final class Refused extends IllegalArgumentException {
        private final boolean health;

        Refused(String message, boolean health) {
            super(message);
            this.health = health;
        }

        /** True when the refused field is a health field. */
        public boolean health() {
            return health;
        }
    }

    private OutwardFields() {
    }

    /** Passes when {@code entity.field} with this value may go out; throws {@link Refused} otherwise. */
    static void check(String entity, String field, Object value) {
        String key = entity + "." + field;
        if (HEALTH.contains(key) || entity.equals("zrm_measurement")) {
            throw new Refused(key + " is een gezondheidsgegeven en gaat nooit mee in een document.", true);
        }
        if (key.equals("placement.end_reason") && value != null && ILLNESS_END_REASON.equals(value.toString())) {
            throw new Refused("Ziekte als reden van het einde is een gezondheidsgegeven en gaat nooit mee in een"
                    + " document.", true);
        }
        if (!ALLOWED.contains(key)) {
            throw new Refused(key + " hoort niet in een document naar buiten.", false);
        }
    }

    /** Whether the field may go out at all (for the tests and for a caller that wants to ask first). */
    public static boolean allowed(String entity, String field) {
        String key = entity + "." + field;
        return ALLOWED.contains(key) && !HEALTH.contains(key);
    }
}
