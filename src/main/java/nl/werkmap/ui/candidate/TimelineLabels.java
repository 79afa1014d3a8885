package nl.werkmap.ui.candidate;

import java.util.Map;

/**
 * The words the Tijdlijn uses for the change log's tables and columns. Written out key by key, so the bundle test
 * sees every key in use; a table or column not listed shows its own name.
 */
final class TimelineLabels {

    static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("candidate", "timeline.entity.candidate"),
            Map.entry("coaching_session", "timeline.entity.coaching_session"),
            Map.entry("plan_goal", "timeline.entity.plan_goal"),
            Map.entry("plan_action", "timeline.entity.plan_action"),
            Map.entry("ladder_measurement", "timeline.entity.ladder_measurement"),
            Map.entry("zrm_measurement", "timeline.entity.zrm_measurement"),
            Map.entry("consent", "timeline.entity.consent"),
            Map.entry("placement", "timeline.entity.placement"),
            Map.entry("employer_contact", "timeline.entity.employer_contact"),
            Map.entry("werknemersprofiel", "timeline.entity.werknemersprofiel"),
            Map.entry("werkervaring", "timeline.entity.werkervaring"),
            Map.entry("profile_share", "timeline.entity.profile_share"),
            Map.entry("zienswijze", "timeline.entity.zienswijze"),
            Map.entry("access_log", "timeline.entity.access_log"),
            Map.entry("jobcoach_form", "timeline.entity.jobcoach_form"));

    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("starts_at", "timeline.field.starts_at"),
            Map.entry("duration_minutes", "timeline.field.duration_minutes"),
            Map.entry("hours_accounted", "timeline.field.hours_accounted"),
            Map.entry("type", "timeline.field.type"),
            Map.entry("location", "timeline.field.location"),
            Map.entry("attendees", "timeline.field.attendees"),
            Map.entry("went_well", "timeline.field.went_well"),
            Map.entry("concerns", "timeline.field.concerns"),
            Map.entry("agreements", "timeline.field.agreements"),
            Map.entry("description", "timeline.field.description"),
            Map.entry("done_on", "timeline.field.done_on"),
            Map.entry("due_date", "timeline.field.due_date"),
            Map.entry("target_date", "timeline.field.target_date"),
            Map.entry("status", "timeline.field.status"),
            Map.entry("name", "timeline.field.name"),
            Map.entry("phone", "timeline.field.phone"),
            Map.entry("email", "timeline.field.email"),
            Map.entry("role", "timeline.field.role"),
            Map.entry("availability", "timeline.field.availability"),
            Map.entry("last_contact", "timeline.field.last_contact"),
            Map.entry("measured_on", "timeline.field.measured_on"),
            Map.entry("rung", "timeline.field.rung"),
            Map.entry("state", "timeline.field.state"),
            Map.entry("missed_reason", "timeline.field.missed_reason"),
            // verantwoording (issue 14): the logboek on a session, and the reason for a change after approval
            Map.entry("activity", "timeline.field.activity"),
            Map.entry("goal_ids", "timeline.field.goal_ids"),
            Map.entry("travel_minutes", "timeline.field.travel_minutes"),
            Map.entry("day_reason", "timeline.field.day_reason"),
            Map.entry("correction_reason", "timeline.field.correction_reason"),
            // profile shares (issue 15)
            Map.entry("form", "timeline.field.form"),
            Map.entry("employer_id", "timeline.field.employer_id"),
            Map.entry("contact_name", "timeline.field.contact_name"),
            Map.entry("purpose", "timeline.field.purpose"),
            Map.entry("fields", "timeline.field.fields"),
            Map.entry("shared_on", "timeline.field.shared_on"),
            Map.entry("consent_how", "timeline.field.consent_how"),
            Map.entry("consent_on", "timeline.field.consent_on"),
            Map.entry("expires_on", "timeline.field.expires_on"),
            Map.entry("revoked_on", "timeline.field.revoked_on"),
            // jobcoach forms (issue 14, documents)
            Map.entry("filled_on", "timeline.field.filled_on"),
            Map.entry("work_done", "timeline.field.work_done"),
            Map.entry("absence_days", "timeline.field.absence_days"),
            Map.entry("answer_own_effort", "timeline.field.answer_own_effort"),
            Map.entry("answer_coach_activities", "timeline.field.answer_coach_activities"),
            Map.entry("result_code", "timeline.field.result_code"),
            Map.entry("signer_name", "timeline.field.signer_name"),
            Map.entry("signature", "timeline.field.signature"),
            Map.entry("signed_on_paper", "timeline.field.signed_on_paper"));

    private TimelineLabels() {
    }
}
