package nl.werkmap.store.repo;

import static nl.werkmap.store.mapping.Column.plain;
import static nl.werkmap.store.mapping.Column.sealed;

import java.util.List;

import nl.werkmap.domain.JobcoachRegime;
import nl.werkmap.domain.JobcoachType;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementEndReason;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.mapping.EntityTable;

/**
 * The placement table: type, dates, hours and subsidies stay plain for the banenafspraak and jobcoach reports; the
 * free texts (why it ended, which tasks were carved out) are sealed.
 */
public final class PlacementMapping {

    public static final EntityTable<Placement> TABLE = new EntityTable<>(Tables.PLACEMENT, Placement::id, List.of(
            plain("candidate_id", Placement::candidateId),
            plain("employer_id", Placement::employerId),
            plain("job_title", Placement::jobTitle),
            plain("type", Placement::type),
            plain("start_date", Placement::start),
            plain("planned_end", Placement::plannedEnd),
            plain("actual_end", Placement::actualEnd),
            plain("end_reason", Placement::endReason),
            sealed("end_note", Placement::endNote),
            plain("hours_per_week", Placement::hoursPerWeek),
            plain("jobcarving", Placement::jobcarving),
            sealed("carved_tasks", Placement::carvedTasks),
            plain("loonwaarde_pct", Placement::loonwaardePct),
            plain("loonwaarde_measured_on", Placement::loonwaardeMeasuredOn),
            plain("loonkostensubsidie", Placement::loonkostensubsidie),
            plain("no_riskpolis", Placement::noRiskPolis),
            plain("contract_sequence", Placement::contractSequence),
            plain("jobcoach_type", Placement::jobcoachType),
            plain("jobcoach_regime", Placement::jobcoachRegime),
            plain("hours_granted_half_year", Placement::hoursGrantedPerHalfYear),
            plain("loonwaarde_next_on", Placement::loonwaardeNextOn),
            plain("follows_placement_id", Placement::followsPlacementId)),
            r -> new Placement(r.id(), r.uuid("candidate_id"), r.uuid("employer_id"), r.text("job_title"),
                    r.enumValue("type", PlacementType.class), r.date("start_date"), r.date("planned_end"),
                    r.date("actual_end"), r.enumValue("end_reason", PlacementEndReason.class),
                    r.opened("end_note"), r.decimal("hours_per_week", 0), r.flag("jobcarving"),
                    r.opened("carved_tasks"), r.integer("loonwaarde_pct"), r.date("loonwaarde_measured_on"),
                    r.flag("loonkostensubsidie"), r.flag("no_riskpolis"), r.integer("contract_sequence"),
                    r.enumValue("jobcoach_type", JobcoachType.class),
                    r.enumValue("jobcoach_regime", JobcoachRegime.class), r.decimal("hours_granted_half_year"),
                    r.date("loonwaarde_next_on"), r.uuid("follows_placement_id")));

    private PlacementMapping() {
    }
}
