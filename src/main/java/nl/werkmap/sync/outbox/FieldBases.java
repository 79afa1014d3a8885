package nl.werkmap.sync.outbox;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.impl.DSL;

import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.changelog.ChangeEntry;
import nl.werkmap.store.changelog.ReceivedWrite;
import nl.werkmap.sync.protocol.Change;

/**
 * The base of each outgoing field change: the stamp of the value it replaced on this device, i.e. the highest stamp
 * the change log held for that field before the edit. The log keeps every local edit and every applied remote value
 * (a remote value is only logged when it won), so that is the field's stamp as the coach saw it. The hub compares
 * it with its own stamp to see whether the writer had seen the current value.
 */
final class FieldBases {

    private static final int CHUNK = 500;

    private FieldBases() {
    }

    /** Base stamp per change-log seq of {@code entries}; {@link Change#NO_BASE} where the field had no value. */
    static Map<Long, String> of(CaseloadStore store, List<ChangeEntry> entries) {
        Set<Long> wanted = new HashSet<>();
        List<String> ids = new ArrayList<>(new java.util.LinkedHashSet<>(entries.stream()
                .map(ChangeEntry::entityId).toList()));
        long last = 0;
        for (ChangeEntry entry : entries) {
            wanted.add(entry.seq());
            last = Math.max(last, entry.seq());
        }
        long upTo = last;
        Map<String, String> newest = new HashMap<>();
        Map<Long, String> bases = new HashMap<>();
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<String> part = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            store.read(dsl -> dsl.select(CHANGE_LOG.SEQ, CHANGE_LOG.ENTITY, CHANGE_LOG.ENTITY_ID, CHANGE_LOG.FIELD,
                            CHANGE_LOG.HLC, DSL.when(CHANGE_LOG.FIELD.eq(ReceivedWrite.FIELD), CHANGE_LOG.VALUE))
                    .from(CHANGE_LOG).where(CHANGE_LOG.ENTITY_ID.in(part)).and(CHANGE_LOG.SEQ.le((int) upTo))
                    .orderBy(CHANGE_LOG.SEQ).fetch()).forEach(r -> {
                        if (ReceivedWrite.isPacked(r.value4())) {
                            // A received write, one entry for all its fields: never an outgoing one itself.
                            for (String field : ReceivedWrite.fields(r.value6())) {
                                seen(newest, r.value2() + '\u0000' + r.value3() + '\u0000' + field, r.value5());
                            }
                            return;
                        }
                        String key = r.value2() + '\u0000' + r.value3() + '\u0000' + r.value4();
                        String before = newest.get(key);
                        if (wanted.contains(r.value1().longValue())) {
                            bases.put(r.value1().longValue(), before == null ? Change.NO_BASE : before);
                        }
                        seen(newest, key, r.value5());
                    });
        }
        return bases;
    }

    private static void seen(Map<String, String> newest, String key, String hlc) {
        String before = newest.get(key);
        if (before == null || hlc.compareTo(before) > 0) {
            newest.put(key, hlc);
        }
    }
}
