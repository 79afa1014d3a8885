package nl.werkmap.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The werklijst's placement dates in the order placement_report_type holds their placements: type, actual end (none
 * first), start, candidate, placement id (unique, so the order is total). That is the order the werklijst's dates
 * half came in before V49 (SQLite walked that index), and the order of equal items (same day and kind) in the list
 * the coach sees. The scan now walks placement_werklijst_dates in candidate order; each placement with an item listed
 * is added with its place in the item list, and {@link #apply} gives the items back in the old order, each
 * placement's own items in the order they were made. Texts compare as SQLite's BINARY collation does for the
 * ASCII codes, ISO dates and UUIDs these columns hold.
 */
final class ScanOrder {

    private final List<Placed> placed = new ArrayList<>();

    /** A placement whose items are {@code items}' entries from {@code from} up to {@code to}. */
    void add(String type, String actualEnd, String start, String candidateId, String id, int from, int to) {
        placed.add(new Placed(type, actualEnd, start, candidateId, id, from, to));
    }

    /** {@code items}, each placement's block of them in the old scan's order of the placements. */
    List<WorkItem> apply(List<WorkItem> items) {
        placed.sort(null);
        List<WorkItem> out = new ArrayList<>(items.size());
        for (Placed p : placed) {
            out.addAll(items.subList(p.from(), p.to()));
        }
        return out;
    }

    /**
     * One placement's place in the order, compared field by field in a method of its own: a comparator chain of key
     * extractors was the largest part of the half's Java time at 150,000 (about 12,000 placements sorted).
     */
    private record Placed(String type, String actualEnd, String start, String candidateId, String id, int from,
                          int to) implements Comparable<Placed> {

        @Override
        public int compareTo(Placed o) {
            int c = type.compareTo(o.type);
            if (c != 0) {
                return c;
            }
            if (actualEnd == null || o.actualEnd == null) {
                c = actualEnd == null ? (o.actualEnd == null ? 0 : -1) : 1;
            } else {
                c = actualEnd.compareTo(o.actualEnd);
            }
            if (c != 0) {
                return c;
            }
            c = start.compareTo(o.start);
            if (c != 0) {
                return c;
            }
            c = candidateId.compareTo(o.candidateId);
            return c != 0 ? c : id.compareTo(o.id);
        }
    }
}
