package nl.werkmap.store.repo;

import java.util.List;
import java.util.UUID;

import nl.werkmap.domain.LoonwaardeMeasurement;
import nl.werkmap.store.jooq.Tables;

/**
 * Loonwaarde measurements per placement, for reading. Recording one also updates the placement's summary, so it is
 * written through a {@link RecordTransaction} by the placement service, never on its own.
 */
public final class LoonwaardeRepository {

    private final TableAccess<LoonwaardeMeasurement> access;

    public LoonwaardeRepository(StoreContext context) {
        this.access = new TableAccess<>(context, LoonwaardeMapping.TABLE);
    }

    /** A placement's measurements, newest first. */
    public List<LoonwaardeMeasurement> forPlacement(UUID placementId) {
        return access.findBy("placement_id", placementId, Tables.LOONWAARDE_MEASUREMENT.MEASURED_ON.desc(),
                Tables.LOONWAARDE_MEASUREMENT.UPDATED_AT.desc());
    }

    /** A candidate's measurements on all placements, newest first. */
    public List<LoonwaardeMeasurement> forCandidate(UUID candidateId) {
        return access.findBy("candidate_id", candidateId, Tables.LOONWAARDE_MEASUREMENT.MEASURED_ON.desc(),
                Tables.LOONWAARDE_MEASUREMENT.UPDATED_AT.desc());
    }

    /** Inserts many new rows in one transaction (demo data, imports); change-logged like single saves. */
    public void insertAll(List<LoonwaardeMeasurement> values) {
        access.insertAll(values);
    }
}
