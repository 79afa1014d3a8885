package nl.werkmap.hub.store;

import static nl.werkmap.hub.store.Tables.DEVICE_ID;
import static nl.werkmap.hub.store.Tables.ENTITY;
import static nl.werkmap.hub.store.Tables.ENTITY_ID;
import static nl.werkmap.hub.store.Tables.FIELD;
import static nl.werkmap.hub.store.Tables.HLC;
import static nl.werkmap.hub.store.Tables.JOURNAL_SEQ;
import static nl.werkmap.hub.store.Tables.MASTER_FIELD;
import static nl.werkmap.hub.store.Tables.MASTER_ROW;
import static nl.werkmap.hub.store.Tables.TOMBSTONE_DEVICE;
import static nl.werkmap.hub.store.Tables.TOMBSTONE_HLC;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import nl.werkmap.sync.protocol.ClockBounds;
import nl.werkmap.sync.protocol.Hlc;
import nl.werkmap.sync.protocol.HlcClock;

/**
 * Repairs a hub that accepted stamps from the future before the door refused them (issue 12): every master field
 * and tombstone stamped beyond now + margin gets a fresh stamp of the hub's clock, as of now, keeping its value and
 * writer. From then on any later write beats it again, the hub's own clock can stamp again (it starts after the
 * highest stamp stored), and the re-stamped fields move to the current journal position so devices receive them
 * anew. Conflict notes and kept bundles are history and stay as they are.
 */
public final class ClockRepair {

    /** One stamp beyond the bound: a field, or the row's tombstone when {@code field} is null. */
    public record Poisoned(String entity, String entityId, String field, String hlc) {
    }

    private ClockRepair() {
    }

    /** Every stamp beyond {@code now + margin}, in key order; changes nothing (the dry run). */
    public static List<Poisoned> find(HubDatabase db, Clock clock, Duration margin) {
        String bound = boundText(clock, margin);
        return db.read(dsl -> find(dsl, bound));
    }

    /** Re-stamps every stamp beyond {@code now + margin}, in one transaction; returns what it re-stamped. */
    public static List<Poisoned> repair(HubDatabase db, Clock clock, Duration margin) {
        String bound = boundText(clock, margin);
        return db.write(dsl -> {
            List<Poisoned> found = find(dsl, bound);
            if (found.isEmpty()) {
                return found;
            }
            String healthiest = dsl.select(DSL.max(HLC)).from(MASTER_FIELD).where(HLC.le(bound)).fetchOne().value1();
            HlcClock fresh = new HlcClock(clock, healthiest == null ? Hlc.ZERO : Hlc.parse(healthiest), margin);
            long seq = MasterCaseload.nextJournalSeq(dsl);
            for (Poisoned p : found) {
                if (p.field() == null) {
                    String device = dsl.select(TOMBSTONE_DEVICE).from(MASTER_ROW).where(ENTITY.eq(p.entity()))
                            .and(ENTITY_ID.eq(p.entityId())).fetchOne().value1();
                    dsl.update(MASTER_ROW).set(TOMBSTONE_HLC, fresh.now().stamp(device)).set(JOURNAL_SEQ, seq)
                            .where(ENTITY.eq(p.entity())).and(ENTITY_ID.eq(p.entityId())).execute();
                } else {
                    String device = dsl.select(DEVICE_ID).from(MASTER_FIELD).where(ENTITY.eq(p.entity()))
                            .and(ENTITY_ID.eq(p.entityId())).and(FIELD.eq(p.field())).fetchOne().value1();
                    dsl.update(MASTER_FIELD).set(HLC, fresh.now().stamp(device)).set(JOURNAL_SEQ, seq)
                            .where(ENTITY.eq(p.entity())).and(ENTITY_ID.eq(p.entityId())).and(FIELD.eq(p.field()))
                            .execute();
                }
            }
            return found;
        });
    }

    private static List<Poisoned> find(DSLContext dsl, String bound) {
        List<Poisoned> found = new ArrayList<>();
        dsl.select(ENTITY, ENTITY_ID, FIELD, HLC).from(MASTER_FIELD).where(HLC.gt(bound))
                .orderBy(ENTITY, ENTITY_ID, FIELD).fetch()
                .forEach(r -> found.add(new Poisoned(r.value1(), r.value2(), r.value3(), r.value4())));
        dsl.select(ENTITY, ENTITY_ID, TOMBSTONE_HLC).from(MASTER_ROW).where(TOMBSTONE_HLC.gt(bound))
                .orderBy(ENTITY, ENTITY_ID).fetch()
                .forEach(r -> found.add(new Poisoned(r.value1(), r.value2(), null, r.value3())));
        return found;
    }

    /**
     * The text every stamp beyond the bound sorts after: the bound's clock value with the highest counter, then
     * {@code ~}, which sorts after the {@code -writer} suffix of any stamp of that same millisecond.
     */
    private static String boundText(Clock clock, Duration margin) {
        return new Hlc(ClockBounds.limit(clock.instant(), margin), 99_999) + "~";
    }
}
