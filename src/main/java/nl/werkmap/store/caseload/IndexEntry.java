package nl.werkmap.store.caseload;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One candidate's row as the {@link CaseloadIndex} holds it before it is packed into the index's arrays: its folded
 * sort key (the display name), the folded words a search matches (display name, then the full name's other words,
 * each after a space) and the folded sectors. Made for every row at a build and for the one
 * saved row at {@link CaseloadIndex#replaced}.
 */
record IndexEntry(CaseloadRow row, String sortKey, long prefix, long next, String words, String[] sectors) {

    /** With {@code shared} (may be null): folded sector arrays already made, by the row's sector list. */
    static IndexEntry of(CaseloadRow row, Map<List<String>, String[]> shared) {
        // The folded display name is both the sort key and the source of its words: folded once, not twice.
        String sortKey = NameFolding.fold(row.displayName());
        // One builder per thread, emptied for each row: a new one per row was a third of the index build's garbage.
        StringBuilder joined = JOINED.get();
        joined.setLength(0);
        // Words are copied from the folded text straight into the joined text, without a string or list per word:
        // at 150,000 rows those were most of the index build's garbage.
        appendWords(sortKey, joined, -1);
        if (!row.fullName().equals(row.displayName())) {
            appendWords(NameFolding.fold(row.fullName()), joined, joined.length());
        }
        String[] sectors = shared == null ? foldedSectors(row.sectors())
                : shared.computeIfAbsent(row.sectors(), IndexEntry::foldedSectors);
        return new IndexEntry(row, sortKey, prefix(sortKey, 0), prefix(sortKey, 4), joined.toString(), sectors);
    }

    private static final ThreadLocal<StringBuilder> JOINED = ThreadLocal.withInitial(() -> new StringBuilder(96));

    /** Never changed once made: rows with the same sectors may share it. */
    private static String[] foldedSectors(List<String> named) {
        String[] sectors = new String[named.size()];
        for (int i = 0; i < sectors.length; i++) {
            sectors[i] = NameFolding.fold(named.get(i));
        }
        return sectors;
    }

    /**
     * Orders entries as their sort keys' {@link String#compareTo}: a difference in the first eight characters shows
     * in the two prefixes (compared unsigned, the first four before the next four), and only equal prefixes compare
     * the whole keys. Four characters left most comparisons of a 150,000-row build to the strings ("mohammed", "jan
     * van"): the sort's string comparisons were the largest share of the index build's CPU.
     */
    static final Comparator<IndexEntry> BY_NAME = (a, b) -> a.prefix != b.prefix
            ? Long.compareUnsigned(a.prefix, b.prefix)
            : a.next != b.next ? Long.compareUnsigned(a.next, b.next) : a.sortKey.compareTo(b.sortKey);

    /** Below this many entries a plain stable sort by the comparator is quicker than the radix passes. */
    private static final int RADIX_FROM = 2_048;

    /**
     * Sorts {@code entries} by {@link #BY_NAME}, stably (equal names keep the order they came in), as
     * {@code Arrays.parallelSort(entries, BY_NAME)} did. On two cores that sort ran on one thread and compared
     * 150,000 entries through their objects, most of the index build's CPU. Here the two prefixes (the first eight
     * characters) are sorted as numbers by a stable radix sort, sixteen bits a pass from the last character to the
     * first, and only runs of entries whose first eight characters are equal are then sorted by the whole name. Each
     * pass keeps the order of equal digits, so the whole sort stays stable.
     */
    static void sortByName(IndexEntry[] entries) {
        int n = entries.length;
        if (n < RADIX_FROM) {
            // A TimSort: stable.
            Arrays.sort(entries, BY_NAME);
            return;
        }
        long[] first = new long[n];
        long[] second = new long[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            first[i] = entries[i].prefix;
            second[i] = entries[i].next;
            order[i] = i;
        }
        int[] spare = new int[n];
        int[] count = new int[(1 << 16) + 1];
        for (int pass = 0; pass < 8; pass++) {
            long[] key = pass < 4 ? second : first;
            int shift = 16 * (pass % 4);
            Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[((int) (key[order[i]] >>> shift) & 0xffff) + 1]++;
            }
            if (count[((int) (key[order[0]] >>> shift) & 0xffff) + 1] == n) {
                // Every entry has this digit (short names end in zeros): nothing moves.
                continue;
            }
            for (int d = 0; d < 1 << 16; d++) {
                count[d + 1] += count[d];
            }
            for (int i = 0; i < n; i++) {
                int at = order[i];
                spare[count[(int) (key[at] >>> shift) & 0xffff]++] = at;
            }
            int[] done = order;
            order = spare;
            spare = done;
        }
        IndexEntry[] sorted = new IndexEntry[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = entries[order[i]];
        }
        int from = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || sorted[i].prefix != sorted[from].prefix || sorted[i].next != sorted[from].next) {
                if (i - from > 1) {
                    Arrays.sort(sorted, from, i, BY_NAME);
                }
                from = i;
            }
        }
        System.arraycopy(sorted, 0, entries, 0, n);
    }

    /**
     * Four characters of {@code key} from {@code from}, sixteen bits each, the first highest; past the key's end
     * filled with zeros. If a's prefix is below b's (and the characters before {@code from} are equal), a sorts
     * before b by {@link String#compareTo}: at the first slot that differs either both hold a character (the lower
     * one sorts first) or a has ended (a is then a prefix of b).
     */
    static long prefix(String key, int from) {
        long prefix = 0;
        for (int i = from; i < from + 4; i++) {
            prefix = (prefix << 16) | (i < key.length() ? key.charAt(i) : 0);
        }
        return prefix;
    }

    /**
     * Appends each word of {@code folded} (as {@link NameFolding#split} cuts them) after a space; when
     * {@code shownEnd} is not -1, only words that are not already among the words before {@code shownEnd} (those of
     * the display name).
     */
    private static void appendWords(String folded, StringBuilder joined, int shownEnd) {
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean wordChar = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                if (shownEnd < 0 || !among(joined, shownEnd, folded, start, i)) {
                    joined.append(' ').append(folded, start, i);
                }
                start = -1;
            }
        }
    }

    /** Whether folded[from, to) is one of the words in joined[0, end), each of which follows a space. */
    private static boolean among(StringBuilder joined, int end, String folded, int from, int to) {
        int length = to - from;
        for (int p = 0; p + length < end; p++) {
            if (joined.charAt(p) != ' ' || (p + 1 + length < end && joined.charAt(p + 1 + length) != ' ')) {
                continue;
            }
            int k = 0;
            while (k < length && joined.charAt(p + 1 + k) == folded.charAt(from + k)) {
                k++;
            }
            if (k == length) {
                return true;
            }
        }
        return false;
    }
}
