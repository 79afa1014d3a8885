package nl.werkmap.store.caseload;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;
import static nl.werkmap.store.jooq.Tables.COACH;
import static nl.werkmap.store.jooq.Tables.SYNC_ENROLLMENT;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.Record;
import org.jooq.Table;

import nl.werkmap.store.HybridLogicalClock;
import nl.werkmap.store.changelog.ReceivedWrite;
import nl.werkmap.store.db.Database;
import nl.werkmap.store.jooq.Tables;

/**
 * What happened to one candidate's records after they were made, read from the change log: each correction,
 * deletion and restore, with when and by which device. Deleted records count too (their rows stay as tombstones),
 * so a deletion shows up after the record itself has left the file. Creations are left out: the record itself is
 * already in the timeline under its own date.
 */
public final class CandidateHistory {

    /** What a write did to its record. */
    public enum Kind { CHANGED, DELETED, RESTORED }

    /**
     * One write to one record.
     *
     * @param entity   the table ("coaching_session")
     * @param fields   the columns it changed (for CHANGED), in the order they were logged
     * @param by       the coach's name when the device is this laptop and it is enrolled for a coach, else empty
     * @param ownDevice whether this laptop made the change
     * @param startsAt for a session, when it took place (plain column), to name it; may be null
     */
    public record Change(String entity, String entityId, Kind kind, List<String> fields, Instant at, String deviceId,
                         Optional<String> by, boolean ownDevice, String startsAt) {
    }

    private static final List<Table<? extends Record>> BY_CANDIDATE = List.of(Tables.COACHING_SESSION,
            Tables.PLAN_GOAL, Tables.PLAN_ACTION, Tables.LADDER_MEASUREMENT, Tables.ZRM_MEASUREMENT, Tables.CONSENT,
            Tables.PLACEMENT, Tables.WERKNEMERSPROFIEL, Tables.WERKERVARING,
            Tables.PROFILE_SHARE,
            Tables.ZIENSWIJZE, Tables.ACCESS_LOG,
            Tables.JOBCOACH_FORM);

    private final Database database;
    private final String ownDevice;

    public CandidateHistory(Database database, String ownDevice) {
        this.database = database;
        this.ownDevice = ownDevice;
    }

    /** Newest first. */
    public List<Change> load(UUID candidateId) {
        return database.read(dsl -> read(dsl, candidateId.toString()));
    }

    private List<Change> read(DSLContext dsl, String candidateId) {
        Map<String, String> startsAt = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        ids.add(candidateId);
        for (Table<? extends Record> table : BY_CANDIDATE) {
            ids.addAll(dsl.select(table.field("id", String.class)).from(table)
                    .where(table.field("candidate_id", String.class).eq(candidateId)).fetch(0, String.class));
        }
        dsl.select(Tables.COACHING_SESSION.ID, Tables.COACHING_SESSION.STARTS_AT).from(Tables.COACHING_SESSION)
                .where(Tables.COACHING_SESSION.CANDIDATE_ID.eq(candidateId))
                .forEach(r -> startsAt.put(r.value1(), r.value2()));
        List<String> placements = dsl.select(Tables.PLACEMENT.ID).from(Tables.PLACEMENT)
                .where(Tables.PLACEMENT.CANDIDATE_ID.eq(candidateId)).fetch(Tables.PLACEMENT.ID);
        ids.addAll(dsl.select(Tables.EMPLOYER_CONTACT.ID).from(Tables.EMPLOYER_CONTACT)
                .where(Tables.EMPLOYER_CONTACT.PLACEMENT_ID.in(placements)).fetch(Tables.EMPLOYER_CONTACT.ID));
        Optional<String> ownCoach = ownCoachName(dsl);

        // One write = one entity row at one stamp; the first stamp of a row is its creation.
        Map<String, String> firstStamp = new LinkedHashMap<>();
        Map<String, List<String>> fieldsOf = new LinkedHashMap<>();
        Map<String, String[]> writeOf = new LinkedHashMap<>();
        Map<String, String> deletedValue = new LinkedHashMap<>();
        // Only a deletion's value is read (true/false); the other values are sealed field contents, never shown here.
        // A packed received write (ReceivedWrite) names its fields and carries its deletion's value in its value.
        for (var r : dsl.select(CHANGE_LOG.ENTITY, CHANGE_LOG.ENTITY_ID, CHANGE_LOG.FIELD,
                        DSL.when(CHANGE_LOG.FIELD.in("deleted", ReceivedWrite.FIELD), CHANGE_LOG.VALUE).as("value"),
                        CHANGE_LOG.HLC, CHANGE_LOG.DEVICE_ID)
                .from(CHANGE_LOG).where(CHANGE_LOG.ENTITY_ID.in(ids))
                .orderBy(CHANGE_LOG.HLC, CHANGE_LOG.SEQ).fetch()) {
            String id = r.value2();
            String hlc = r.value5();
            firstStamp.putIfAbsent(id, hlc);
            String key = id + "|" + hlc;
            writeOf.putIfAbsent(key, new String[] {r.value1(), id, hlc, r.value6()});
            if (ReceivedWrite.isPacked(r.value3())) {
                for (String field : ReceivedWrite.fields(r.value4())) {
                    if ("deleted".equals(field)) {
                        deletedValue.put(key, ReceivedWrite.deleted(r.value4()));
                    } else {
                        fieldsOf.computeIfAbsent(key, k -> new ArrayList<>()).add(field);
                    }
                }
            } else if ("deleted".equals(r.value3())) {
                deletedValue.put(key, r.value4() == null ? "" : new String(r.value4(), StandardCharsets.UTF_8));
            } else {
                fieldsOf.computeIfAbsent(key, k -> new ArrayList<>()).add(r.value3());
            }
        }
        List<Change> changes = new ArrayList<>();
        writeOf.forEach((key, w) -> {
            if (w[2].equals(firstStamp.get(w[1]))) {
                return;
            }
            String deleted = deletedValue.get(key);
            Kind kind = "true".equals(deleted) ? Kind.DELETED : "false".equals(deleted) ? Kind.RESTORED : Kind.CHANGED;
            boolean own = w[3].equals(ownDevice);
            changes.add(new Change(w[0], w[1], kind, List.copyOf(fieldsOf.getOrDefault(key, List.of())),
                    Instant.ofEpochMilli(HybridLogicalClock.physicalOf(w[2])), w[3],
                    own ? ownCoach : Optional.empty(), own, startsAt.get(w[1])));
        });
        changes.sort((a, b) -> b.at().compareTo(a.at()));
        return changes;
    }

    /** The coach this laptop is enrolled for, if it is and the coach is known here. */
    private Optional<String> ownCoachName(DSLContext dsl) {
        return dsl.select(COACH.NAME).from(SYNC_ENROLLMENT).join(COACH).on(COACH.ID.eq(SYNC_ENROLLMENT.COACH_ID))
                .where(SYNC_ENROLLMENT.DEVICE_ID.eq(ownDevice)).limit(1).fetchOptional(COACH.NAME);
    }
}
