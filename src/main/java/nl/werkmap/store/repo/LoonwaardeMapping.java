package nl.werkmap.store.repo;

import static nl.werkmap.store.mapping.Column.plain;
import static nl.werkmap.store.mapping.Column.sealed;

import java.util.List;

import nl.werkmap.domain.LoonwaardeMeasurement;
import nl.werkmap.domain.LoonwaardeMethod;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.mapping.EntityTable;

/**
 * The loonwaarde_measurement table: percentage, dates, method and subsidy stay plain for the work list and the
 * subsidy figures; the assessor (a person) and the note (free text) are sealed.
 */
public final class LoonwaardeMapping {

    public static final EntityTable<LoonwaardeMeasurement> TABLE = new EntityTable<>(Tables.LOONWAARDE_MEASUREMENT,
            LoonwaardeMeasurement::id, List.of(
                    plain("candidate_id", LoonwaardeMeasurement::candidateId),
                    plain("placement_id", LoonwaardeMeasurement::placementId),
                    plain("measured_on", LoonwaardeMeasurement::measuredOn),
                    plain("loonwaarde_pct", LoonwaardeMeasurement::loonwaardePct),
                    plain("method", LoonwaardeMeasurement::method),
                    sealed("assessor", LoonwaardeMeasurement::assessor),
                    plain("next_measurement", LoonwaardeMeasurement::nextMeasurement),
                    plain("loonkostensubsidie", LoonwaardeMeasurement::loonkostensubsidie),
                    plain("lks_per_month", LoonwaardeMeasurement::lksPerMonth),
                    sealed("note", LoonwaardeMeasurement::note)),
            r -> new LoonwaardeMeasurement(r.id(), r.uuid("candidate_id"), r.uuid("placement_id"),
                    r.date("measured_on"), r.integer("loonwaarde_pct"), r.enumValue("method", LoonwaardeMethod.class),
                    r.opened("assessor"), r.date("next_measurement"), r.flag("loonkostensubsidie"),
                    r.decimal("lks_per_month"), r.opened("note")));

    private LoonwaardeMapping() {
    }
}
