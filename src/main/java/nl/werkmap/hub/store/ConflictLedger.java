package nl.werkmap.hub.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import nl.werkmap.sync.protocol.ConflictNote;
import nl.werkmap.sync.protocol.Resolution;

/**
 * Concurrent edits the hub finds while it merges, so no value is dropped without the coach seeing it. A field change
 * carries the stamp of the value its writer replaced (its base). When it meets a master value written by another
 * device and the values differ, the two are concurrent if the newer of them was written without seeing the older:
 * the incoming change loses (its writer cannot have seen a newer value, as every device's clock passes the stamps it
 * sees), or it wins with a base older than the master's stamp. Last-writer-wins still decides the value; the loser
 * goes to {@code hub_conflict}, keyed by field and losing stamp, so the same loss found twice or in another order is
 * one row. A change whose base names a recorded loser settles it: its writer held that value and replaced it. So
 * does a change that saw the winner and writes the losing value (the coach took the other value), and a coach's
 * "keep" decision sent by a device that sees the record (see {@link ConflictResolutions}). The
 * rows travel down to every device that sees the record. Changes without a base (older devices, the hub's own
 * writes) are merged as before, without detection.
 */
public final class ConflictLedger {

    private static final String HUB_CONFLICT_NAME = "hub_conflict";
    private static final Table<?> HUB_CONFLICT = table(name(HUB_CONFLICT_NAME));
    private static final org.jooq.Field<String> ENTITY = text("entity");
    private static final org.jooq.Field<String> ENTITY_ID = text("entity_id");
    private static final org.jooq.Field<String> FIELD = text("field");
    private static final org.jooq.Field<String> LOSING_HLC = text("losing_hlc");
    private static final org.jooq.Field<String> LOSING_DEVICE = text("losing_device");
    private static final org.jooq.Field<String> LOSING_VALUE = text("losing_value");
    private static final org.jooq.Field<String> LOSING_SEALED = text("losing_sealed");
    private static final org.jooq.Field<String> LOSING_SUBJECT = text("losing_subject");
    private static final org.jooq.Field<String> WINNING_HLC = text("winning_hlc");
    private static final org.jooq.Field<Integer> SETTLED = DSL.field(name("settled"), SQLDataType.INTEGER);
    private static final org.jooq.Field<Long> JOURNAL_SEQ = DSL.field(name("journal_seq"), SQLDataType.BIGINT);

    /** A loss found in one apply, not yet stored. */
    private record Loss(String candidate, String entity, String id, String field, String value, String hlc,
                        String device, String winningHlc) {
    }

    private final Map<String, Loss> found = new LinkedHashMap<>();
    private final Set<List<String>> replaced = new LinkedHashSet<>();
    /** Values written by changes that had seen the master value: entity, id, field, value. */
    private final Set<List<String>> adopted = new LinkedHashSet<>();
    private List<Resolution> decisions = List.of();
    private String decider;
    private List<String> deciderSees = List.of();

    /**
     * The coach's decisions an up-bundle of {@code deviceId} carries, with the coaches whose candidates that device
     * sees; stored with this apply's findings, after its changes (a decision may be about a loss they cause).
     */
    void decided(String deviceId, List<Resolution> resolutions, List<String> visibleCoaches) {
        this.decider = deviceId;
        this.decisions = List.copyOf(resolutions);
        this.deciderSees = List.copyOf(visibleCoaches);
    }

    /**
     * Looks at one incoming field value against the master value it meets, before last-writer-wins decides.
     * {@code incomingWins} is that decision; {@code base} the incoming change's base for the field (null: unknown).
     */
    void consider(String candidate, String entity, String id, String field, String value, String hlc, String writer,
                  String base,
                  boolean incomingWins, String masterValue, String masterHlc, String masterDevice) {
        if (base == null || masterHlc == null || hlc.equals(masterHlc)) {
            return;
        }
        if (incomingWins && base.equals(masterHlc)) {
            adopted.add(java.util.Arrays.asList(entity, id, field, value));
        }
        if (writer.equals(masterDevice)) {
            return;
        }
        if (!base.equals(masterHlc)) {
            replaced.add(List.of(entity, id, field, base));
        }
        if (Objects.equals(value, masterValue)) {
            return;
        }
        if (incomingWins && base.compareTo(masterHlc) < 0) {
            note(new Loss(candidate, entity, id, field, masterValue, masterHlc, masterDevice, hlc));
        } else if (!incomingWins) {
            note(new Loss(candidate, entity, id, field, value, hlc, writer, masterHlc));
        }
    }

    private void note(Loss loss) {
        found.putIfAbsent(String.join("\u0000", loss.entity(), loss.id(), loss.field(), loss.hlc()), loss);
    }

    /**
     * Stores what this apply found at journal position {@code seq}; returns how many new losses were kept. A lost
     * personal value is sealed under the key of its row's candidate ({@code keys}), whose subject the row names.
     */
    int store(DSLContext dsl, MasterSealing.Session keys, long seq) throws java.sql.SQLException {
        List<List<String>> settledByDecision = new ArrayList<>();
        if (!decisions.isEmpty()) {
            settledByDecision.addAll(ConflictResolutions.accept(dsl, decider, deciderSees, decisions, seq));
        }
        int kept = 0;
        for (Loss loss : found.values()) {
            if (replaced.contains(List.of(loss.entity(), loss.id(), loss.field(), loss.hlc()))) {
                continue;
            }
            boolean personal = MasterSealing.personal(loss.entity(), loss.field());
            String sealed = personal ? sealLoss(keys, loss.candidate(), loss.entity(), loss.id(), loss.field(),
                    loss.hlc(), loss.value()) : null;
            kept += dsl.insertInto(HUB_CONFLICT, ENTITY, ENTITY_ID, FIELD, LOSING_HLC, LOSING_DEVICE, LOSING_VALUE,
                            LOSING_SEALED, LOSING_SUBJECT, WINNING_HLC, SETTLED, JOURNAL_SEQ)
                    .values(loss.entity(), loss.id(), loss.field(), loss.hlc(), loss.device(),
                            personal ? null : loss.value(), sealed, MasterSealing.subject(loss.candidate()),
                            loss.winningHlc(), 0, seq)
                    .onConflictDoNothing().execute();
        }
        for (List<String> base : replaced) {
            dsl.update(HUB_CONFLICT).set(SETTLED, 1).set(JOURNAL_SEQ, seq)
                    .where(ENTITY.eq(base.get(0))).and(ENTITY_ID.eq(base.get(1))).and(FIELD.eq(base.get(2)))
                    .and(LOSING_HLC.eq(base.get(3))).and(SETTLED.eq(0)).execute();
        }
        settleAdopted(dsl, keys, seq);
        if (!found.isEmpty()) {
            settledByDecision.addAll(ConflictResolutions.decided(dsl, found.values().stream()
                    .map(l -> List.of(l.entity(), l.id(), l.field(), l.hlc())).toList()));
        }
        for (List<String> conflict : settledByDecision) {
            dsl.update(HUB_CONFLICT).set(SETTLED, 1).set(JOURNAL_SEQ, seq)
                    .where(ENTITY.eq(conflict.get(0))).and(ENTITY_ID.eq(conflict.get(1)))
                    .and(FIELD.eq(conflict.get(2))).and(LOSING_HLC.eq(conflict.get(3))).and(SETTLED.eq(0)).execute();
        }
        found.clear();
        replaced.clear();
        adopted.clear();
        decisions = List.of();
        return kept;
    }

    /** Settles open conflicts whose losing value a change took over after seeing the winner. */
    private void settleAdopted(DSLContext dsl, MasterSealing.Session keys, long seq) throws java.sql.SQLException {
        if (adopted.isEmpty()) {
            return;
        }
        List<String> ids = adopted.stream().map(a -> a.get(1)).distinct().toList();
        List<List<String>> taken = new ArrayList<>();
        for (int start = 0; start < ids.size(); start += 500) {
            for (Record r : dsl.select(ENTITY, ENTITY_ID, FIELD, LOSING_VALUE, LOSING_HLC, LOSING_SEALED, LOSING_SUBJECT)
                    .from(HUB_CONFLICT)
                    .where(ENTITY_ID.in(ids.subList(start, Math.min(ids.size(), start + 500)))).and(SETTLED.eq(0))
                    .fetch()) {
                String value = losingValue(keys, r);
                if (adopted.contains(java.util.Arrays.asList(r.get(ENTITY), r.get(ENTITY_ID), r.get(FIELD), value))) {
                    taken.add(List.of(r.get(ENTITY), r.get(ENTITY_ID), r.get(FIELD), r.get(LOSING_HLC)));
                }
            }
        }
        for (List<String> conflict : taken) {
            dsl.update(HUB_CONFLICT).set(SETTLED, 1).set(JOURNAL_SEQ, seq)
                    .where(ENTITY.eq(conflict.get(0))).and(ENTITY_ID.eq(conflict.get(1)))
                    .and(FIELD.eq(conflict.get(2))).and(LOSING_HLC.eq(conflict.get(3))).execute();
        }
    }

    /**
     * The conflict rows a device that sees {@code visibleCoaches}' candidates should receive: those changed in
     * {@code (after, upTo]}, and the open ones of candidates that became visible to it in that window. Rows that
     * belong to no candidate are visible to all.
     */
    public static List<ConflictNote> notesFor(DSLContext dsl, MasterSealing sealing, List<String> visibleCoaches,
                                              long after, long upTo) {
        return dsl.connectionResult(connection -> {
            try (MasterSealing.Session keys = sealing.session(connection)) {
                return notesFor(dsl, keys, visibleCoaches, after, upTo);
            }
        });
    }

    private static List<ConflictNote> notesFor(DSLContext dsl, MasterSealing.Session keys, List<String> visibleCoaches,
                                               long after, long upTo) throws java.sql.SQLException {
        Table<?> c = HUB_CONFLICT.as("c");
        Table<?> r = table(name("master_row")).as("r");
        Table<?> owner = table(name("master_field")).as("o");
        org.jooq.Field<String> candidate = field(name("r", "candidate_id"), String.class);
        org.jooq.Field<String> coach = field(name("o", "value"), String.class);
        org.jooq.Field<Long> coachSeq = field(name("o", "journal_seq"), Long.class);
        org.jooq.Field<Long> seq = field(name("c", "journal_seq"), Long.class);
        Condition inWindow = seq.gt(after).and(seq.le(upTo));
        Condition newlyVisible = coachSeq.gt(after).and(coachSeq.le(upTo))
                .and(field(name("c", "settled"), Integer.class).eq(0));
        List<ConflictNote> notes = new ArrayList<>();
        for (Record row : dsl.select(in("entity"), in("entity_id"), in("field"), in("losing_value"),
                        in("losing_hlc"), in("losing_device"), in("winning_hlc"),
                        field(name("c", "settled"), Integer.class), in("losing_sealed"), in("losing_subject"))
                .from(c)
                .join(r).on(field(name("r", "entity"), String.class).eq(in("entity")))
                .and(field(name("r", "entity_id"), String.class).eq(in("entity_id")))
                .leftJoin(owner).on(field(name("o", "entity"), String.class).eq("candidate"))
                .and(field(name("o", "entity_id"), String.class).eq(candidate))
                .and(field(name("o", "field"), String.class).eq("coach_id"))
                .where(inWindow.or(newlyVisible))
                .and(candidate.isNull().or(coach.in(visibleCoaches)))
                .orderBy(seq, in("entity_id"), in("field"), in("losing_hlc"))
                .fetch()) {
            String value = row.get(3, String.class);
            String sealed = row.get(8, String.class);
            if (sealed != null) {
                String subject = row.get(9, String.class);
                value = keys.open(MasterSealing.NO_CANDIDATE.equals(subject) ? null : subject, HUB_CONFLICT_NAME,
                        row.get(1, String.class) + '@' + row.get(4, String.class),
                        row.get(0, String.class) + '.' + row.get(2, String.class), sealed);
            }
            notes.add(new ConflictNote(row.get(0, String.class), row.get(1, String.class), row.get(2, String.class),
                    value, row.get(4, String.class), row.get(5, String.class),
                    row.get(6, String.class), row.get(7, Integer.class) != 0));
        }
        return notes;
    }

    /** A lost personal value sealed under its row's candidate's key, bound to the conflict row. */
    static String sealLoss(MasterSealing.Session keys, String candidate, String entity, String id, String field,
                           String losingHlc, String value) throws java.sql.SQLException {
        return keys.seal(candidate, HUB_CONFLICT_NAME, id + '@' + losingHlc, entity + '.' + field, value);
    }

    /** The losing value of a conflict row with entity, id, field, value, stamp, sealed value and subject. */
    private static String losingValue(MasterSealing.Session keys, Record r) throws java.sql.SQLException {
        String sealed = r.get(LOSING_SEALED);
        if (sealed == null) {
            return r.get(LOSING_VALUE);
        }
        String subject = r.get(LOSING_SUBJECT);
        return keys.open(MasterSealing.NO_CANDIDATE.equals(subject) ? null : subject, HUB_CONFLICT_NAME,
                r.get(ENTITY_ID) + '@' + r.get(LOSING_HLC), r.get(ENTITY) + '.' + r.get(FIELD), sealed);
    }

    /** A column of the conflict table under its alias {@code c}. */
    private static org.jooq.Field<String> in(String column) {
        return field(name("c", column), String.class);
    }

    private static org.jooq.Field<String> text(String column) {
        return DSL.field(name(column), SQLDataType.VARCHAR);
    }
}
