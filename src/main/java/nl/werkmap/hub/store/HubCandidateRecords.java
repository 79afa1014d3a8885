package nl.werkmap.hub.store;

import static nl.werkmap.hub.store.Tables.HUB_COACH;
import static nl.werkmap.hub.store.Tables.ID;
import static nl.werkmap.hub.store.Tables.NAME;
import static nl.werkmap.hub.store.Tables.ROLE;
import static nl.werkmap.hub.store.Tables.TEAM;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import nl.werkmap.sync.protocol.Change;

/**
 * One candidate's records as the hub holds them, opened with the candidate's key: the access log for the team lead
 * and the municipality's privacy officer, and every record for an inzage made at the hub. Who may read is checked
 * here (a privacy officer any candidate, a team lead their team's), and every read, allowed or refused, is written
 * to the candidate's access log as a hub-stamped row that syncs down to the laptops like any change.
 */
public final class HubCandidateRecords {

    /** A master row as stored: its entity, id, whether it is tombstoned, and its fields opened. */
    public record HubRecord(String entity, String id, boolean deleted, Map<String, String> fields) {
    }

    /** Who reads at the hub: a registered person (hub_coach) with their role and team. */
    public record Reader(String id, String name, HubRole role, String team) {
    }

    private static final org.jooq.Field<String> R_ENTITY = DSL.field(DSL.name("r", "entity"), String.class);
    private static final org.jooq.Field<String> R_ID = DSL.field(DSL.name("r", "entity_id"), String.class);
    private static final org.jooq.Field<String> R_CANDIDATE = DSL.field(DSL.name("r", "candidate_id"), String.class);
    private static final org.jooq.Field<String> R_TOMBSTONE = DSL.field(DSL.name("r", "tombstone_hlc"), String.class);
    private static final org.jooq.Field<String> F_ENTITY = DSL.field(DSL.name("f", "entity"), String.class);
    private static final org.jooq.Field<String> F_ID = DSL.field(DSL.name("f", "entity_id"), String.class);
    private static final org.jooq.Field<String> F_FIELD = DSL.field(DSL.name("f", "field"), String.class);
    private static final org.jooq.Field<String> F_VALUE = DSL.field(DSL.name("f", "value"), String.class);
    private static final org.jooq.Field<String> F_SEALED = DSL.field(DSL.name("f", "sealed_value"), String.class);

    private final HubDatabase db;
    private final MasterCaseload caseload;
    private final DeviceRegistry registry;
    private final Clock clock;
    private final String hubId;

    public HubCandidateRecords(HubDatabase db, MasterCaseload caseload, DeviceRegistry registry, Clock clock,
                               String hubId) {
        this.db = db;
        this.caseload = caseload;
        this.registry = registry;
        this.clock = clock;
        this.hubId = hubId;
    }

    /** The registered person by id or name, if there is one. */
    public Optional<Reader> reader(String nameOrId) {
        return db.read(dsl -> dsl.select(ID, NAME, ROLE, TEAM).from(HUB_COACH)
                .where(ID.eq(nameOrId)).or(NAME.eq(nameOrId)).limit(1)
                .fetchOptional(r -> new Reader(r.get(ID), r.get(NAME), HubRole.valueOf(r.get(ROLE)), r.get(TEAM))));
    }

    /** Whether {@code reader} may read this candidate's log and records: the privacy officer always, a team lead
     *  when the candidate's coach is in their team. */
    public boolean mayRead(Reader reader, String candidateId) {
        if (reader.role() == HubRole.PRIVACYFUNCTIONARIS) {
            return true;
        }
        if (reader.role() != HubRole.TEAMLEIDER) {
            return false;
        }
        List<String> team = registry.teamCoachIds(reader.team());
        return records(candidateId, "candidate").stream()
                .map(r -> r.fields().get("coach_id")).anyMatch(team::contains);
    }

    /** Whether the hub holds the candidate at all (a row that was erased or never synced is not there). */
    public boolean holds(String candidateId) {
        return db.read(dsl -> dsl.fetchExists(dsl.selectOne().from(Tables.MASTER_ROW)
                .where(Tables.ENTITY.eq("candidate")).and(Tables.ENTITY_ID.eq(candidateId))));
    }

    /** The candidate's access log at the hub (rows from every laptop and the hub's own), oldest first. */
    public List<HubRecord> accessLog(String candidateId) {
        List<HubRecord> log = new ArrayList<>(records(candidateId, "access_log"));
        log.sort(java.util.Comparator.comparing((HubRecord r) -> String.valueOf(r.fields().get("occurred_at")))
                .thenComparing(HubRecord::id));
        return log;
    }

    /** Every record of the candidate the hub holds, tombstoned ones included, by entity and id. */
    public List<HubRecord> all(String candidateId) {
        return records(candidateId, null);
    }

    private List<HubRecord> records(String candidateId, String entity) {
        return db.read(dsl -> dsl.connectionResult(connection -> {
            try (MasterSealing.Session keys = caseload.sealing().session(connection)) {
                return read(dsl, keys, candidateId, entity);
            }
        }));
    }

    private static List<HubRecord> read(DSLContext dsl, MasterSealing.Session keys, String candidateId,
                                        String entity) throws java.sql.SQLException {
        org.jooq.Condition where = R_CANDIDATE.eq(candidateId);
        if (entity != null) {
            where = where.and(R_ENTITY.eq(entity));
        }
        List<? extends Record> rows = dsl.select(R_ENTITY, R_ID, R_TOMBSTONE, F_FIELD, F_VALUE, F_SEALED)
                .from(Tables.MASTER_ROW.as("r")).leftJoin(Tables.MASTER_FIELD.as("f"))
                .on(F_ENTITY.eq(R_ENTITY)).and(F_ID.eq(R_ID))
                .where(where).orderBy(R_ENTITY, R_ID, F_FIELD).fetch();
        Map<String, HubRecord> byRow = new LinkedHashMap<>();
        for (Record r : rows) {
            String kind = r.get(R_ENTITY);
            String id = r.get(R_ID);
            HubRecord record = byRow.computeIfAbsent(kind + '/' + id,
                    k -> new HubRecord(kind, id, r.get(R_TOMBSTONE) != null, new LinkedHashMap<>()));
            String field = r.get(F_FIELD);
            if (field != null) {
                String sealed = r.get(F_SEALED);
                record.fields().put(field, sealed == null ? r.get(F_VALUE)
                        : keys.open(candidateId, kind, id, field, sealed));
            }
        }
        return new ArrayList<>(byRow.values());
    }

    /**
     * Writes one access by {@code reader} to the candidate's log, stamped by the hub, so every laptop with the
     * candidate receives it at its next sync.
     *
     * @param action an AccessAction name (TOEGANGSLOG_INGEZIEN, INZAGE, ...)
     * @param result GELUKT or GEWEIGERD
     */
    public void logAccess(String candidateId, Reader reader, String action, String object, String result,
                          String purpose, String detail) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("candidate_id", candidateId);
        fields.put("action", action);
        fields.put("object", object);
        fields.put("result", result);
        if (reader != null) {
            fields.put("actor", reader.name() + " (" + reader.role().cliName() + ", hub)");
        }
        fields.put("occurred_at", clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
        fields.put("origin", hubId);
        if (purpose != null && !purpose.isBlank()) {
            fields.put("purpose", purpose.strip());
        }
        if (detail != null) {
            fields.put("detail", detail);
        }
        db.write(dsl -> caseload.apply(dsl, hubId, List.of(new Change("access_log", UUID.randomUUID().toString(),
                fields, caseload.clock().now().stamp(hubId), false))));
    }
}
