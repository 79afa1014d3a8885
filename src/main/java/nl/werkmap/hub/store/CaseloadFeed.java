package nl.werkmap.hub.store;

import static nl.werkmap.hub.store.Tables.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record5;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

import nl.werkmap.sync.protocol.Change;

/**
 * What one device should receive after journal position {@code after}: changed fields and tombstones of the rows it
 * may see, written by anyone but itself; and every row of a candidate that became visible to it since (assignment
 * or transfer), in full, in the feed's order ({@link FeedOrder}). A coach sees the candidates assigned to them; a
 * team lead sees the whole team's; rows that belong to no candidate (employers, coaches) are visible to all. A first
 * fetch is also read in pages by {@link FirstFeed}, which gives the same changes in the same order.
 */
public final class CaseloadFeed {

    /** The changes and the journal position they bring the device up to. */
    public record Slice(List<Change> changes, long upTo) {
    }

    private static final Field MF = new Field();

    /**
     * Referenced rows before the rows that refer to them, so a device can insert them in order; every synced entity
     * is listed (CaseloadFeedOrderTest holds it to the schema's foreign keys). A device applies new rows in that
     * order anyway; this keeps the bundles readable in order too.
     */
    static final List<String> ENTITY_ORDER = List.of("coach", "employer", "baankans", "candidate", "consent", "plan_goal",
            "ladder_measurement", "zrm_measurement", "placement", "loonwaarde_measurement", "employer_contact",
            "coaching_session", "plan_action", "werknemersprofiel", "werkervaring",
            "profile_share",
            "zienswijze", "access_log",
            "jobcoach_form", "jobcoach_grant", "hours_approval");

    private CaseloadFeed() {
    }

    /** Personal values are opened with their candidate's key ({@code sealing}) as they go out. */
    public static Slice changesFor(DSLContext dsl, MasterSealing sealing, RegisteredDevice device,
                                   List<String> visibleCoaches, long after, long upTo) {
        return dsl.connectionResult(connection -> {
            try (MasterSealing.Session keys = sealing.session(connection)) {
                return changesFor(dsl, keys, device, visibleCoaches, after, upTo);
            }
        });
    }

    /** The candidates of {@code visibleCoaches}, each with the journal position of its coach's assignment. */
    static Map<String, Long> owned(DSLContext dsl, List<String> visibleCoaches) {
        Map<String, Long> owned = new HashMap<>();
        dsl.select(ENTITY_ID, JOURNAL_SEQ).from(MASTER_FIELD)
                .where(ENTITY.eq("candidate")).and(FIELD.eq("coach_id")).and(VALUE.in(visibleCoaches))
                .fetch().forEach(r -> owned.put(r.value1(), r.value2()));
        return owned;
    }

    private static Slice changesFor(DSLContext dsl, MasterSealing.Session keys, RegisteredDevice device,
                                    List<String> visibleCoaches, long after, long upTo) throws java.sql.SQLException {
        Map<String, Long> owned = owned(dsl, visibleCoaches);
        Set<String> newlyVisible = new HashSet<>();
        owned.forEach((candidate, seq) -> {
            if (seq > after) {
                newlyVisible.add(candidate);
            }
        });

        Grouped grouped = new Grouped();
        Condition window = JOURNAL_SEQ.gt(after).and(JOURNAL_SEQ.le(upTo));
        List<FieldRow> inWindow = fieldRows(dsl, MF.seq.gt(after).and(MF.seq.le(upTo)));
        openKeys(keys, inWindow);
        for (FieldRow r : inWindow) {
            String candidate = r.candidate();
            if (candidate != null && !owned.containsKey(candidate)) {
                continue;
            }
            if (device.id().equals(r.device()) && (candidate == null || !newlyVisible.contains(candidate))) {
                continue;
            }
            add(grouped, keys, r);
        }
        if (after > 0 && !newlyVisible.isEmpty()) {
            List<String> ids = new ArrayList<>(newlyVisible);
            for (int i = 0; i < ids.size(); i += 500) {
                List<FieldRow> earlier = fieldRows(dsl, MF.candidate.in(ids.subList(i, Math.min(ids.size(), i + 500)))
                        .and(MF.seq.le(after)));
                openKeys(keys, earlier);
                for (FieldRow r : earlier) {
                    add(grouped, keys, r);
                }
            }
        }
        List<Change> changes = new ArrayList<>();
        grouped.byWrite.values().forEach(b -> changes.add(b.build()));
        for (Record r : tombstones(dsl, window, newlyVisible).fetch()) {
            String candidate = r.get(CANDIDATE_ID);
            if (candidate == null || owned.containsKey(candidate)) {
                changes.add(new Change(r.get(ENTITY), r.get(ENTITY_ID), Map.of(), r.get(TOMBSTONE_HLC), true,
                        r.get(TOMBSTONE_DEVICE)));
            }
        }
        return new Slice(FeedOrder.inOrder(changes), upTo);
    }

    /**
     * The tombstones of the journal window, and of every candidate newly visible to the device. Without newly
     * visible candidates (most rounds) the window alone: {@code OR candidate_id IN ()} made SQLite read every row of
     * master_row instead of the window through master_row_journal, at every device's every round (0.37 s with the
     * file cold for a 5,000-candidate team). {@code HubLookupPlanTest} holds both plans to an index.
     */
    static ResultQuery<Record5<String, String, String, String, String>> tombstones(DSLContext dsl, Condition window,
                                                                                 Collection<String> newlyVisible) {
        return dsl.select(ENTITY, ENTITY_ID, CANDIDATE_ID, TOMBSTONE_HLC, TOMBSTONE_DEVICE).from(MASTER_ROW)
                .where(TOMBSTONE_HLC.isNotNull())
                .and(newlyVisible.isEmpty() ? window : window.or(CANDIDATE_ID.in(newlyVisible)));
    }

    /**
     * Candidates whose coach changed in {@code (after, upTo]} to one this device does not serve, and that existed
     * before that change (another of their fields carries an older stamp), so a brand-new candidate of a colleague
     * is not listed. The device removes those it holds and ignores the rest: only ids go out, no personal data.
     * Nothing on a device's first fetch ({@code after == 0}): it holds nothing yet.
     */
    public static List<String> transferredAway(DSLContext dsl, List<String> visibleCoaches, long after, long upTo) {
        if (after <= 0) {
            return List.of();
        }
        org.jooq.Table<?> older = MASTER_FIELD.as("o");
        org.jooq.Field<String> olderEntity = DSL.field(DSL.name("o", "entity"), String.class);
        org.jooq.Field<String> olderId = DSL.field(DSL.name("o", "entity_id"), String.class);
        org.jooq.Field<String> olderHlc = DSL.field(DSL.name("o", "hlc"), String.class);
        return dsl.select(MF.id).from(MASTER_FIELD.as("f"))
                .where(MF.entity.eq("candidate")).and(MF.field.eq("coach_id"))
                .and(MF.seq.gt(after)).and(MF.seq.le(upTo))
                .and(MF.value.isNull().or(MF.value.notIn(visibleCoaches)))
                .andExists(DSL.selectOne().from(older).where(olderEntity.eq("candidate")).and(olderId.eq(MF.id))
                        .and(olderHlc.lt(MF.hlc)))
                .fetch(MF.id);
    }

    /** One journaled field with its row's candidate, as the feed reads it. */
    private record FieldRow(String entity, String id, String field, String value, String hlc, String device,
                            String candidate, String sealed) {
    }

    /**
     * The journaled fields matching {@code where}, joined to their rows. The query is jOOQ's (so it fits SQLite and
     * PostgreSQL alike) but the rows are read with plain JDBC by position: a first feed reads millions of fields,
     * and a jOOQ record per field, read by name, cost more than everything else the feed does with it.
     */
    private static List<FieldRow> fieldRows(DSLContext dsl, Condition where) {
        org.jooq.ResultQuery<?> query = dsl.select(MF.entity, MF.id, MF.field, MF.value, MF.hlc, MF.device,
                        MF.candidate, MF.sealed)
                .from(MASTER_FIELD.as("f")).join(MASTER_ROW.as("r"))
                .on(MF.entity.eq(DSL.field(DSL.name("r", "entity"), String.class)))
                .and(MF.id.eq(DSL.field(DSL.name("r", "entity_id"), String.class)))
                .where(where);
        String sql = query.getSQL();
        List<Object> binds = query.getBindValues();
        return dsl.connectionResult(connection -> {
            List<FieldRow> rows = new ArrayList<>();
            try (java.sql.PreparedStatement s = connection.prepareStatement(sql)) {
                for (int i = 0; i < binds.size(); i++) {
                    s.setObject(i + 1, binds.get(i));
                }
                try (java.sql.ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new FieldRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                    }
                }
            }
            return rows;
        });
    }

    /** Opens, in a few queries, the keys of the candidates whose sealed values {@code rows} carry. */
    private static void openKeys(MasterSealing.Session keys, List<FieldRow> rows) throws java.sql.SQLException {
        Set<String> candidates = new HashSet<>();
        for (FieldRow r : rows) {
            if (r.sealed() != null) {
                candidates.add(r.candidate());
            }
        }
        keys.preload(candidates);
    }

    /** The fields read so far, grouped per row write (row, stamp and writer), in the order the writes came. */
    private static final class Grouped {
        final Map<String, Change.Builder> byWrite = new LinkedHashMap<>();
        /** A write's fields mostly come one after the other: the map is asked only when the write changes. */
        private FieldRow last;
        private Change.Builder lastBuilder;

        Change.Builder builder(FieldRow r) {
            if (last != null && last.id().equals(r.id()) && last.hlc().equals(r.hlc())
                    && last.entity().equals(r.entity()) && java.util.Objects.equals(last.device(), r.device())) {
                return lastBuilder;
            }
            String key = r.entity() + '/' + r.id() + '/' + r.hlc() + '/' + r.device();
            lastBuilder = byWrite.computeIfAbsent(key, k -> new Change.Builder(r.entity(), r.id(), r.hlc(),
                    r.device()));
            last = r;
            return lastBuilder;
        }
    }

    private static void add(Grouped grouped, MasterSealing.Session keys, FieldRow r)
            throws java.sql.SQLException {
        String sealed = r.sealed();
        String value = sealed == null ? r.value() : keys.open(r.candidate(), r.entity(), r.id(), r.field(), sealed);
        grouped.builder(r).put(r.field(), value);
    }

    /** The aliased columns of the field/row join. */
    private static final class Field {
        final org.jooq.Field<String> entity = DSL.field(DSL.name("f", "entity"), String.class);
        final org.jooq.Field<String> id = DSL.field(DSL.name("f", "entity_id"), String.class);
        final org.jooq.Field<String> field = DSL.field(DSL.name("f", "field"), String.class);
        final org.jooq.Field<String> value = DSL.field(DSL.name("f", "value"), String.class);
        final org.jooq.Field<String> sealed = DSL.field(DSL.name("f", "sealed_value"), String.class);
        final org.jooq.Field<String> hlc = DSL.field(DSL.name("f", "hlc"), String.class);
        final org.jooq.Field<String> device = DSL.field(DSL.name("f", "device_id"), String.class);
        final org.jooq.Field<Long> seq = DSL.field(DSL.name("f", "journal_seq"), Long.class);
        final org.jooq.Field<String> candidate = DSL.field(DSL.name("r", "candidate_id"), String.class);
    }
}
