package nl.werkmap.store.repo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.werkmap.domain.LadderMeasurement;
import nl.werkmap.domain.ZrmMeasurement;
import nl.werkmap.store.SaveOutcome;
import nl.werkmap.store.jooq.Tables;

/** Assessments: participatieladder rungs and ZRM snapshots (sensitive ZRM domains sealed). */
public final class MeasurementRepository {

    private final TableAccess<LadderMeasurement> ladder;
    private final TableAccess<ZrmMeasurement> zrm;

    public MeasurementRepository(StoreContext context) {
        this.ladder = new TableAccess<>(context, MeasurementMapping.LADDER);
        this.zrm = new TableAccess<>(context, MeasurementMapping.ZRM);
    }

    public SaveOutcome saveLadder(LadderMeasurement measurement) {
        return ladder.save(measurement);
    }

    public SaveOutcome saveZrm(ZrmMeasurement measurement) {
        return zrm.save(measurement);
    }

    public void insertLadder(List<LadderMeasurement> values) {
        ladder.insertAll(values);
    }

    public void insertZrm(List<ZrmMeasurement> values) {
        zrm.insertAll(values);
    }

    public Optional<LadderMeasurement> findLadder(UUID id) {
        return ladder.find(id);
    }

    public Optional<ZrmMeasurement> findZrm(UUID id) {
        return zrm.find(id);
    }

    /** A candidate's ladder measurements, oldest first (so the movement reads left to right). */
    public List<LadderMeasurement> ladderOf(UUID candidateId) {
        return ladder.findBy("candidate_id", candidateId, Tables.LADDER_MEASUREMENT.MEASURED_ON.asc());
    }

    /** A candidate's ZRM snapshots, oldest first. */
    public List<ZrmMeasurement> zrmOf(UUID candidateId) {
        return zrm.findBy("candidate_id", candidateId, Tables.ZRM_MEASUREMENT.MEASURED_ON.asc());
    }

    public boolean tombstoneLadder(UUID id) {
        return ladder.tombstone(id);
    }

    public boolean tombstoneZrm(UUID id) {
        return zrm.tombstone(id);
    }
}
