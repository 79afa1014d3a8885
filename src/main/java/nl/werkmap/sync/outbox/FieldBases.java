package nl.werkmap.sync.outbox;

import static nl.werkmap.store.jooq.Tables.CHANGE_LOG;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.changelog.ChangeEntry;
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
                            CHANGE_LOG.HLC)
                    .from(CHANGE_LOG).where(CHANGE_LOG.ENTITY_ID.in(part)).and(CHANGE_LOG.SEQ.le((int) upTo))
                    .orderBy(CHANGE_LOG.SEQ).fetch()).forEach(r -> {
                        String key = r.value2() + '\u0000' + r.value3() + '\u0000' + r.value4();
                        String before = newest.get(key);
                        if (wanted.contains(r.value1().longValue())) {
                            bases.put(r.value1().longValue(), before == null ? Change.NO_BASE : before);
                        }
                        if (before == null || r.value5().compareTo(before) > 0) {
                            newest.put(key, r.value5());
                        }
                    });
        }
        return bases;
    }
}
