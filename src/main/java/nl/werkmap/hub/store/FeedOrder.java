package nl.werkmap.hub.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.werkmap.sync.protocol.Change;

/**
 * The order a feed goes out in: entities in {@link CaseloadFeed#ENTITY_ORDER} (referenced rows before the rows that
 * refer to them; entities it does not list after them, by name), within an entity rows by id, and a row's changes
 * together: its writes by stamp (then writer), its tombstone last. Rows by id is the order of {@code master_row}'s
 * key, so a first fetch can be read in pages in exactly this order ({@link FirstFeed}) and the first bundle can
 * leave before the rest is read; before, rows went in the order of their first write, which is only known once
 * everything is read.
 */
final class FeedOrder {

    /** Each entity's place in {@link CaseloadFeed#ENTITY_ORDER}. */
    private static final Map<String, Integer> ORDER_OF = orderOf();

    private static final Comparator<Change> WRITES = Comparator.comparing(Change::tombstone)
            .thenComparing(Change::hlc).thenComparing(Change::origin, Comparator.nullsFirst(Comparator.naturalOrder()));

    private static final Comparator<List<Change>> ROWS = Comparator
            .comparingInt((List<Change> row) -> ORDER_OF.getOrDefault(row.get(0).entity(), ORDER_OF.size()))
            .thenComparing(row -> row.get(0).entity()).thenComparing(row -> row.get(0).id());

    private FeedOrder() {
    }

    private static Map<String, Integer> orderOf() {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < CaseloadFeed.ENTITY_ORDER.size(); i++) {
            order.put(CaseloadFeed.ENTITY_ORDER.get(i), i);
        }
        return Map.copyOf(order);
    }

    /** One row's changes in order: writes by stamp and writer, the tombstone after them. Sorts in place. */
    static void sortWrites(List<Change> row) {
        if (row.size() > 1) {
            row.sort(WRITES);
        }
    }

    /** {@code changes} in the feed's order, each row's changes next to each other. */
    static List<Change> inOrder(List<Change> changes) {
        Map<String, List<Change>> byRow = new HashMap<>();
        List<List<Change>> rows = new ArrayList<>();
        for (Change c : changes) {
            List<Change> row = byRow.computeIfAbsent(c.entity() + '/' + c.id(), k -> {
                List<Change> fresh = new ArrayList<>(2);
                rows.add(fresh);
                return fresh;
            });
            row.add(c);
        }
        rows.sort(ROWS);
        List<Change> ordered = new ArrayList<>(changes.size());
        for (List<Change> row : rows) {
            sortWrites(row);
            ordered.addAll(row);
        }
        return ordered;
    }
}
