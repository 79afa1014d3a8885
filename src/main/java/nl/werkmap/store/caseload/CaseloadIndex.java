package nl.werkmap.store.caseload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The in-memory search over the caseload, built after unlock (names are sealed on disk, so SQL cannot search
 * them). Rows are kept sorted by display name; each keystroke filters them with folded word prefixes, which takes
 * well under a millisecond for a normal caseload. Immutable: rebuild it after the caseload changes.
 */
public final class CaseloadIndex {

    private final List<Entry> entries;
    /** The previous search: a query that extends it only needs to look at what that one found. */
    private volatile LastSearch last;

    private CaseloadIndex(List<Entry> entries) {
        this.entries = entries;
    }

    public static CaseloadIndex build(List<CaseloadRow> rows) {
        Entry[] entries = new Entry[rows.size()];
        // Folding 150,000 names is a second of work on one core; rows are independent, so use them all.
        IntStream.range(0, entries.length).parallel().forEach(i -> entries[i] = entry(rows.get(i)));
        Arrays.parallelSort(entries, Comparator.comparing(Entry::sortKey));
        return new CaseloadIndex(List.of(entries));
    }

    private static Entry entry(CaseloadRow row) {
        List<String> words = new ArrayList<>(NameFolding.words(row.displayName()));
        if (!row.fullName().equals(row.displayName())) {
            for (String w : NameFolding.words(row.fullName())) {
                if (!words.contains(w)) {
                    words.add(w);
                }
            }
        }
        List<String> sectors = new ArrayList<>(row.sectors().size());
        for (String s : row.sectors()) {
            sectors.add(NameFolding.fold(s));
        }
        return new Entry(row, NameFolding.fold(row.displayName()), words.toArray(String[]::new), sectors);
    }

    /**
     * This index with one candidate's row put in (or taken out when {@code row} is null), for a save: one row folded
     * and the sorted rows copied once, instead of folding and sorting the whole caseload again.
     */
    public CaseloadIndex replaced(UUID id, CaseloadRow row) {
        List<Entry> next = new ArrayList<>(entries.size() + 1);
        for (Entry e : entries) {
            if (!e.row.id().equals(id)) {
                next.add(e);
            }
        }
        if (row != null) {
            Entry added = entry(row);
            int at = Collections.binarySearch(next, added, Comparator.comparing(Entry::sortKey));
            next.add(at >= 0 ? at : -at - 1, added);
        }
        return new CaseloadIndex(List.copyOf(next));
    }

    public int size() {
        return entries.size();
    }

    /** All rows, by display name. */
    public List<CaseloadRow> all() {
        return filter("", CaseloadFilter.ANY);
    }

    /**
     * The rows whose names contain a word starting with each typed word ("jan ber" finds "Jan van den Berg"),
     * accent- and case-insensitive, that also pass the filter; by display name.
     */
    public List<CaseloadRow> filter(String query, CaseloadFilter criteria) {
        String[] typed = NameFolding.words(query).toArray(String[]::new);
        String sector = criteria.sector() == null ? null : NameFolding.fold(criteria.sector());
        LastSearch previous = last;
        List<Entry> pool = previous != null && previous.narrowedBy(typed, criteria) ? previous.found : entries;
        List<Entry> found = new ArrayList<>();
        for (Entry e : pool) {
            if (passes(e, criteria, sector) && matches(e.words, typed)) {
                found.add(e);
            }
        }
        last = new LastSearch(typed, criteria, found);
        List<CaseloadRow> result = new ArrayList<>(found.size());
        for (Entry e : found) {
            result.add(e.row);
        }
        return result;
    }

    /** The row of one candidate, if it is in the index. */
    public Optional<CaseloadRow> row(UUID id) {
        for (Entry e : entries) {
            if (e.row.id().equals(id)) {
                return Optional.of(e.row);
            }
        }
        return Optional.empty();
    }

    private static boolean passes(Entry e, CaseloadFilter f, String sector) {
        CaseloadRow r = e.row;
        return (f.statuses().isEmpty() || f.statuses().contains(r.status()))
                && (f.coachId() == null || f.coachId().equals(r.coachId()))
                && (f.registerStatuses().isEmpty() || f.registerStatuses().contains(r.registerStatus()))
                && (sector == null || e.sectors.contains(sector))
                && (!f.onlyWithWarnings() || r.hasWarnings());
    }

    private static boolean matches(String[] words, String[] typed) {
        for (String t : typed) {
            boolean found = false;
            for (String w : words) {
                if (w.startsWith(t)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private record Entry(CaseloadRow row, String sortKey, String[] words, List<String> sectors) {
    }

    private record LastSearch(String[] typed, CaseloadFilter criteria, List<Entry> found) {

        /**
         * True when every row matching {@code next} also matched this search: same filter, and each earlier typed
         * word is a prefix of the word now typed in its place (the coach typed on), possibly with more words.
         */
        boolean narrowedBy(String[] next, CaseloadFilter nextCriteria) {
            if (!criteria.equals(nextCriteria) || next.length < typed.length) {
                return false;
            }
            for (int i = 0; i < typed.length; i++) {
                if (!next[i].startsWith(typed[i])) {
                    return false;
                }
            }
            return true;
        }
    }
}
