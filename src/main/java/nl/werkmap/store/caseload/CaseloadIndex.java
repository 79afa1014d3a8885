package nl.werkmap.store.caseload;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The in-memory search over the caseload, built after unlock (names are sealed on disk, so SQL cannot search
 * them). Rows are kept sorted by display name; each keystroke filters them with folded word prefixes.
 *
 * <p>A keystroke must stay within a few milliseconds at 150,000 candidates, also when the coach corrects with
 * backspace or clears the box and types another name. So the folded words of all rows lie in one char array, each
 * word after a space, and for every first character and first two characters of a word the rows with such a word
 * are listed ({@link WordPrefixLists}): a typed word starts from the rows of its first two characters, never from
 * every row (a pass over all 150,000 names took 5–8 ms, more than the rest of a keystroke). The last few searches are
 * remembered: typing on narrows the smallest earlier result that still holds every match, and a backspace back to an
 * earlier text finds its result again without looking at a row.
 *
 * <p>Immutable apart from that memory; {@link #filter} may be called from one thread at a time. After a save,
 * {@link #replaced} gives the index with the saved row in.
 */
public final class CaseloadIndex {

    /** How many recent searches are remembered: enough for a name typed and corrected. */
    private static final int REMEMBERED = 24;

    private final CaseloadRow[] rows;
    /** Every row's folded words, each preceded by a space; row i's words are text[start[i]] to text[start[i+1]]. */
    private final char[] text;
    private final int[] start;
    /** Per row: the folded sectors the coach named, for the sector filter. */
    private final String[][] sectors;
    /** Per first one and two characters of a word, the rows with such a word: where a typed word starts. */
    private final WordPrefixLists prefixes;
    private final Search[] recent = new Search[REMEMBERED];
    /** 0, 1, ... for every row, once asked for ({@link #positions}). */
    private int[] everyRow;
    private int nextRecent;

    private CaseloadIndex(CaseloadRow[] rows, char[] text, int[] start, String[][] sectors, WordPrefixLists prefixes) {
        this.rows = rows;
        this.text = text;
        this.start = start;
        this.sectors = sectors;
        this.prefixes = prefixes;
    }

    public static CaseloadIndex build(List<CaseloadRow> rows) {
        IndexEntry[] entries = new IndexEntry[rows.size()];
        // Folding 150,000 names is a second of work on one core; rows are independent, so use them all.
        // Rows with the same sector choice share one list (CaseloadRowBuilder), so they share one folded array too:
        // an array and folded strings per row were about 12 MB kept for a few dozen distinct choices at 150,000.
        Map<List<String>, String[]> folded = new ConcurrentHashMap<>();
        IntStream.range(0, entries.length).parallel().forEach(i -> entries[i] = IndexEntry.of(rows.get(i), folded));
        return ofEntries(entries);
    }

    /**
     * The index of rows already folded, in the order they came ({@link IndexEntry#of}, one sector map shared by all):
     * the whole-list read folds each batch of rows on the pool while SQLite is still being read
     * ({@link CaseloadQuery#loadIndexed}). Sorts {@code entries} in place.
     */
    static CaseloadIndex ofEntries(IndexEntry[] entries) {
        // Sorted by the first folded characters as plain numbers first, then within equal starts by the whole name;
        // stable, so equal names keep the order they came in (IndexEntry.sortByName).
        IndexEntry.sortByName(entries);
        int n = entries.length;
        CaseloadRow[] sorted = new CaseloadRow[n];
        int[] start = new int[n + 1];
        String[][] sectors = new String[n][];
        int length = 0;
        for (int i = 0; i < n; i++) {
            start[i] = length;
            length += entries[i].words().length();
        }
        start[n] = length;
        char[] text = new char[length];
        for (int i = 0; i < n; i++) {
            IndexEntry e = entries[i];
            sorted[i] = e.row();
            e.words().getChars(0, e.words().length(), text, start[i]);
            sectors[i] = e.sectors();
        }
        return new CaseloadIndex(sorted, text, start, sectors, WordPrefixLists.of(text, start, n));
    }

    /**
     * This index with one candidate's row put in (or taken out when {@code row} is null), for a save: one row folded
     * and the sorted rows copied once, instead of folding and sorting the whole caseload again.
     */
    public CaseloadIndex replaced(UUID id, CaseloadRow row) {
        int n = rows.length;
        IndexEntry added = row == null ? null : IndexEntry.of(row, null);
        // Most saves keep the name: look among the rows of the saved row's name first, then everywhere.
        int removed = added == null ? -1 : amongSameName(id, added.sortKey());
        for (int i = 0; removed < 0 && i < n; i++) {
            if (rows[i].id().equals(id)) {
                removed = i;
            }
        }
        if (removed >= 0 && added != null && staysInPlace(removed, added)) {
            return inPlace(removed, added);
        }
        // Where the new row goes, by the same key the whole index is sorted on; a binary search folds log n names.
        int at = n;
        if (added != null) {
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (NameFolding.fold(rows[mid].displayName()).compareTo(added.sortKey()) <= 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            at = lo;
        }
        int m = n - (removed >= 0 ? 1 : 0) + (added != null ? 1 : 0);
        int length = text.length - (removed >= 0 ? start[removed + 1] - start[removed] : 0)
                + (added != null ? added.words().length() : 0);
        CaseloadRow[] nextRows = new CaseloadRow[m];
        char[] nextText = new char[length];
        int[] nextStart = new int[m + 1];
        String[][] nextSectors = new String[m][];
        int j = 0;
        int used = 0;
        for (int i = 0; i <= n; i++) {
            if (added != null && i == at) {
                nextRows[j] = added.row();
                nextStart[j] = used;
                added.words().getChars(0, added.words().length(), nextText, used);
                used += added.words().length();
                nextSectors[j] = added.sectors();
                j++;
            }
            if (i == n) {
                break;
            }
            if (i == removed) {
                continue;
            }
            int wordsLength = start[i + 1] - start[i];
            nextRows[j] = rows[i];
            nextStart[j] = used;
            System.arraycopy(text, start[i], nextText, used, wordsLength);
            used += wordsLength;
            nextSectors[j] = sectors[i];
            j++;
        }
        nextStart[m] = used;
        WordPrefixLists nextPrefixes = prefixes.replaced(removed, at, added == null ? null : added.words());
        return new CaseloadIndex(nextRows, nextText, nextStart, nextSectors, nextPrefixes);
    }

    /** Where the row of {@code id} is among the rows sorted under {@code sortKey}, or -1. */
    private int amongSameName(UUID id, String sortKey) {
        int lo = 0;
        int hi = rows.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (NameFolding.fold(rows[mid].displayName()).compareTo(sortKey) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < rows.length && NameFolding.fold(rows[i].displayName()).equals(sortKey); i++) {
            if (rows[i].id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the saved row keeps its place, with the same words: the same sort key and the same folded words as
     * before. So it is for most saves: a session, a plan, a status leave the name alone. Among rows of an equal key
     * it keeps its place too, as a whole-list read gives it (rows of equal names keep the order they are read in,
     * and a save does not change that order), so a save never moves a row among namesakes; at 150,000 candidates
     * many share a name, and moving one meant copying every array of the index (10 ms) instead of one.
     */
    private boolean staysInPlace(int removed, IndexEntry added) {
        int from = start[removed];
        int length = start[removed + 1] - from;
        if (length != added.words().length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (text[from + k] != added.words().charAt(k)) {
                return false;
            }
        }
        return NameFolding.fold(rows[removed].displayName()).equals(added.sortKey());
    }

    /**
     * The index with row {@code at} replaced by a row of the same words at the same place: the names' text, its
     * starts and the word prefixes' lists are shared with this index (they never change once built); only the row references
     * (and the sectors, when they changed) are copied, a few hundred kilobytes at 150,000 rows instead of all of it.
     */
    private CaseloadIndex inPlace(int at, IndexEntry added) {
        CaseloadRow[] nextRows = rows.clone();
        nextRows[at] = added.row();
        String[][] nextSectors = sectors;
        if (!Arrays.equals(sectors[at], added.sectors())) {
            nextSectors = sectors.clone();
            nextSectors[at] = added.sectors();
        }
        return new CaseloadIndex(nextRows, text, start, nextSectors, prefixes);
    }

    public int size() {
        return rows.length;
    }

    /** All rows, by display name: a read-only view, not a copy (the box cleared shows every row). */
    public List<CaseloadRow> all() {
        return Collections.unmodifiableList(Arrays.asList(rows));
    }

    /**
     * The rows whose names contain a word starting with each typed word ("jan ber" finds "Jan van den Berg"),
     * accent- and case-insensitive, that also pass the filter; by display name. The list is a read-only view.
     */
    public synchronized List<CaseloadRow> filter(String query, CaseloadFilter criteria) {
        String[] typed = NameFolding.words(query).toArray(String[]::new);
        if (typed.length == 0 && criteria.equals(CaseloadFilter.ANY)) {
            return all();
        }
        Search pool = null;
        for (Search s : recent) {
            if (s != null && s.narrowedBy(typed, criteria) && (pool == null || s.found.length < pool.found.length)) {
                pool = s;
            }
        }
        if (pool != null && pool.sameAs(typed)) {
            return new Found(rows, pool.found);
        }
        int[] found = typed.length == 0 ? pass(criteria) : startingLike(typed, criteria, pool);
        recent[nextRecent] = new Search(typed, criteria, found);
        nextRecent = (nextRecent + 1) % REMEMBERED;
        return new Found(rows, found);
    }

    /**
     * The rows for typed words from the shortest list at hand: an earlier, wider search ({@code pool}, may be null)
     * or the rows whose words start like one of the typed words ({@link WordPrefixLists}). A single word of one or two
     * characters without a filter is its list as it is.
     */
    private int[] startingLike(String[] typed, CaseloadFilter criteria, Search pool) {
        char[][] words = chars(typed);
        int[] shortest = null;
        for (char[] w : words) {
            int[] list = prefixes.rowsStartingLike(w);
            if (shortest == null || list.length < shortest.length) {
                shortest = list;
            }
        }
        if (pool != null && pool.found.length <= shortest.length) {
            return narrow(pool.found, words, criteria);
        }
        if (words.length == 1 && WordPrefixLists.exactFor(words[0]) && criteria.equals(CaseloadFilter.ANY)) {
            return shortest;
        }
        return narrow(shortest, words, criteria);
    }

    /** One pass over every row, for a filter without typed words. */
    private int[] pass(CaseloadFilter criteria) {
        String sector = sector(criteria);
        int[] found = new int[rows.length];
        int count = 0;
        for (int i = 0; i < rows.length; i++) {
            if (passes(i, criteria, sector)) {
                found[count++] = i;
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** Only the rows of {@code pool}: an earlier, wider search's or a word prefix's. */
    private int[] narrow(int[] pool, char[][] words, CaseloadFilter criteria) {
        String sector = sector(criteria);
        boolean any = criteria.equals(CaseloadFilter.ANY);
        int[] found = new int[pool.length];
        int count = 0;
        for (int i : pool) {
            if (matches(i, words) && (any || passes(i, criteria, sector))) {
                found[count++] = i;
            }
        }
        return Arrays.copyOf(found, count);
    }

    private static char[][] chars(String[] typed) {
        char[][] words = new char[typed.length][];
        for (int i = 0; i < typed.length; i++) {
            words[i] = typed[i].toCharArray();
        }
        return words;
    }

    private static String sector(CaseloadFilter criteria) {
        return criteria.sector() == null ? null : NameFolding.fold(criteria.sector());
    }

    /**
     * Where the rows of {@code found} lie in {@link #all()}, ascending: {@code found} is a list {@link #filter} of
     * this index gave (or any list of its rows in name order). A list on screen tells two results apart by merging
     * these positions instead of comparing rows. Shared with the index (a keystroke's result, every row for the box
     * cleared): never change it, copy it first.
     */
    public synchronized int[] positions(List<CaseloadRow> found) {
        if (found instanceof Found f && f.rows == rows) {
            return f.found;
        }
        if (found.size() == rows.length) {
            if (everyRow == null) {
                // Made once per index: the box cleared asked for 150,000 new positions each time.
                everyRow = IntStream.range(0, rows.length).toArray();
            }
            return everyRow;
        }
        // Not from this index's filter (a caller narrowed it further): find each row by identity, once.
        java.util.IdentityHashMap<CaseloadRow, Integer> at = new java.util.IdentityHashMap<>(rows.length * 2);
        for (int i = 0; i < rows.length; i++) {
            at.put(rows[i], i);
        }
        int[] positions = new int[found.size()];
        for (int i = 0; i < positions.length; i++) {
            Integer p = at.get(found.get(i));
            if (p == null) {
                throw new IllegalArgumentException("row " + found.get(i).id() + " is not in this index");
            }
            positions[i] = p;
        }
        return positions;
    }

    /** The row of one candidate, if it is in the index. */
    public Optional<CaseloadRow> row(UUID id) {
        for (CaseloadRow r : rows) {
            if (r.id().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private boolean passes(int i, CaseloadFilter f, String sector) {
        CaseloadRow r = rows[i];
        return (f.statuses().isEmpty() || f.statuses().contains(r.status()))
                && (f.coachId() == null || f.coachId().equals(r.coachId()))
                && (f.registerStatuses().isEmpty() || f.registerStatuses().contains(r.registerStatus()))
                && (sector == null || Arrays.asList(sectors[i]).contains(sector))
                && (!f.onlyWithWarnings() || r.hasWarnings());
    }

    /** Whether row i has, for each typed word, a word that starts with it. */
    private boolean matches(int i, char[][] typed) {
        int from = start[i];
        int to = start[i + 1];
        for (char[] t : typed) {
            if (!hasWordStartingWith(from, to, t)) {
                return false;
            }
        }
        return true;
    }

    private boolean hasWordStartingWith(int from, int to, char[] t) {
        char[] text = this.text;
        int last = to - t.length - 1;
        for (int p = from; p <= last; p++) {
            if (text[p] == ' ') {
                int k = 0;
                while (k < t.length && text[p + 1 + k] == t[k]) {
                    k++;
                }
                if (k == t.length) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What one search found: row positions, in name order. */
    private record Search(String[] typed, CaseloadFilter criteria, int[] found) {

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

        boolean sameAs(String[] next) {
            return Arrays.equals(typed, next);
        }
    }

    /** A read-only view of the found rows, without copying them into a list of their own. */
    private static final class Found extends AbstractList<CaseloadRow> implements RandomAccess {
        private final CaseloadRow[] rows;
        private final int[] found;

        Found(CaseloadRow[] rows, int[] found) {
            this.rows = rows;
            this.found = found;
        }

        @Override
        public CaseloadRow get(int index) {
            return rows[found[index]];
        }

        @Override
        public int size() {
            return found.length;
        }
    }
}
