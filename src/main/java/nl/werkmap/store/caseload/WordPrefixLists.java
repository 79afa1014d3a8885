package nl.werkmap.store.caseload;

import java.util.Arrays;

/**
 * For the {@link CaseloadIndex}: per first character, and per first two characters, of a folded word, the ascending
 * positions of the rows that have a word starting so. A typed word then starts from the rows of its own first
 * characters instead of a pass over every row: the first letter after the box was cleared is its list as it is, and
 * a second name or a correction that widens the search looks only at the rows of its shortest list.
 *
 * <p>Made from the index's text (every word after a space, row i's words from {@code start[i]} to
 * {@code start[i + 1]}). Never changed once made: an index put together after a save gets lists of its own
 * ({@link #replaced}), and the index it came from keeps these.
 */
final class WordPrefixLists {

    private static final int[] NONE = new int[0];

    /** Open addressing: key 0 marks a free slot (no word starts with character 0: it is no letter or digit). */
    private final int[] keys;
    private final int[][] lists;

    private WordPrefixLists(int[] keys, int[][] lists) {
        this.keys = keys;
        this.lists = lists;
    }

    /** The key of a word's first character, or of its first two ({@code second} 0 for the first alone). */
    static int key(char first, char second) {
        return first << 16 | second;
    }

    /**
     * The lists of the {@code rows} rows whose words lie in {@code text} between the {@code start}s. Two passes over
     * the text: one counts each list's rows, one fills the lists.
     */
    static WordPrefixLists of(char[] text, int[] start, int rows) {
        Table table = new Table();
        for (int i = 0; i < rows; i++) {
            int to = start[i + 1];
            for (int p = start[i]; p < to - 1; p++) {
                if (text[p] == ' ') {
                    char first = text[p + 1];
                    table.count(key(first, (char) 0), i);
                    if (p + 2 < to && text[p + 2] != ' ') {
                        table.count(key(first, text[p + 2]), i);
                    }
                }
            }
        }
        int[][] lists = table.lists();
        int[] filled = new int[lists.length];
        Arrays.fill(table.last, -1);
        for (int i = 0; i < rows; i++) {
            int to = start[i + 1];
            for (int p = start[i]; p < to - 1; p++) {
                if (text[p] == ' ') {
                    char first = text[p + 1];
                    table.add(key(first, (char) 0), i, lists, filled);
                    if (p + 2 < to && text[p + 2] != ' ') {
                        table.add(key(first, text[p + 2]), i, lists, filled);
                    }
                }
            }
        }
        return new WordPrefixLists(table.keys, lists);
    }

    /**
     * The ascending positions of the rows that have a word starting with the first two characters of {@code word}
     * (its one character when it has only one): every row that has a word starting with all of {@code word} is
     * among them. The array is shared: never change it.
     */
    int[] rowsStartingLike(char[] word) {
        int[] list = list(key(word[0], word.length > 1 ? word[1] : 0));
        return list == null ? NONE : list;
    }

    /** Whether {@link #rowsStartingLike} gives exactly the rows with a word starting with {@code word}. */
    static boolean exactFor(char[] word) {
        return word.length <= 2;
    }

    private int[] list(int key) {
        int mask = keys.length - 1;
        for (int slot = Table.hash(key) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return lists[slot];
            }
            if (keys[slot] == 0) {
                return null;
            }
        }
    }

    /**
     * The lists of an index with one row taken out and one put in, as {@link CaseloadIndex#replaced} rebuilds its
     * arrays: the row at {@code removed} (-1 for none) leaves, the row whose words are {@code added} (null for
     * none) goes in before the row at {@code at}, and every position after either moves along. The lists the two
     * rows do not touch are copied with their positions moved; a list whose positions all lie before both places
     * is shared as it is.
     */
    WordPrefixLists replaced(int removed, int at, String added) {
        // The new row's position, counted in the new index (the removed row before it no longer counts).
        int addedAt = added == null ? -1 : at - (removed >= 0 && removed < at ? 1 : 0);
        int[] addedKeys = added == null ? NONE : keysOf(added);
        int[][] nextLists = new int[lists.length][];
        int firstMoved = Math.min(removed >= 0 ? removed : Integer.MAX_VALUE, added != null ? at : Integer.MAX_VALUE);
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != 0) {
                boolean gains = contains(addedKeys, keys[slot]);
                int[] list = lists[slot];
                nextLists[slot] = !gains && (list.length == 0 || list[list.length - 1] < firstMoved) ? list
                        : moved(list, removed, added != null ? at : Integer.MAX_VALUE, gains ? addedAt : -1);
            }
        }
        WordPrefixLists next = new WordPrefixLists(keys, nextLists);
        // A prefix no row had before: a list of its own, which may need a larger table.
        for (int key : addedKeys) {
            if (list(key) == null) {
                next = next.with(key, new int[] {addedAt});
            }
        }
        return next;
    }

    /**
     * {@code list} with {@code removed} left out, every position from {@code at} on one further and every position
     * after {@code removed} one back, and {@code addedAt} (-1 for none) put in its place.
     */
    private static int[] moved(int[] list, int removed, int at, int addedAt) {
        boolean loses = removed >= 0 && Arrays.binarySearch(list, removed) >= 0;
        int[] next = new int[list.length - (loses ? 1 : 0) + (addedAt >= 0 ? 1 : 0)];
        int j = 0;
        boolean placed = addedAt < 0;
        for (int p : list) {
            if (p == removed) {
                continue;
            }
            int now = p + (p >= at ? 1 : 0) - (removed >= 0 && p > removed ? 1 : 0);
            if (!placed && addedAt < now) {
                next[j++] = addedAt;
                placed = true;
            }
            next[j++] = now;
        }
        if (!placed) {
            next[j++] = addedAt;
        }
        return next;
    }

    /** These lists and one more, for a key they do not have. */
    private WordPrefixLists with(int key, int[] list) {
        int used = 1;
        for (int k : keys) {
            used += k != 0 ? 1 : 0;
        }
        int size = keys.length;
        while (used * 2 > size) {
            size *= 2;
        }
        int[] nextKeys = new int[size];
        int[][] nextLists = new int[size][];
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != 0) {
                Table.put(nextKeys, nextLists, keys[slot], lists[slot]);
            }
        }
        Table.put(nextKeys, nextLists, key, list);
        return new WordPrefixLists(nextKeys, nextLists);
    }

    /** The distinct keys of one row's words. */
    private static int[] keysOf(String words) {
        int[] found = new int[words.length()];
        int count = 0;
        for (int p = 0; p < words.length() - 1; p++) {
            if (words.charAt(p) == ' ') {
                char first = words.charAt(p + 1);
                int one = key(first, (char) 0);
                if (!contains(found, count, one)) {
                    found[count++] = one;
                }
                if (p + 2 < words.length() && words.charAt(p + 2) != ' ') {
                    int two = key(first, words.charAt(p + 2));
                    if (!contains(found, count, two)) {
                        found[count++] = two;
                    }
                }
            }
        }
        return Arrays.copyOf(found, count);
    }

    private static boolean contains(int[] keys, int key) {
        return contains(keys, keys.length, key);
    }

    private static boolean contains(int[] keys, int count, int key) {
        for (int i = 0; i < count; i++) {
            if (keys[i] == key) {
                return true;
            }
        }
        return false;
    }

    /** The table while the lists are counted and filled: per key its slot, its count and the last row counted. */
    private static final class Table {
        private int[] keys = new int[1024];
        private int[] counts = new int[1024];
        private int[] last = new int[1024];
        private int used;

        Table() {
            Arrays.fill(last, -1);
        }

        static int hash(int key) {
            int h = key * 0x9E3779B9;
            return h ^ (h >>> 15);
        }

        /** Counts row {@code row} once for {@code key}, however many of its words start so. */
        void count(int key, int row) {
            int slot = slot(key);
            if (keys[slot] == 0) {
                keys[slot] = key;
                used++;
                if (used * 2 > keys.length) {
                    grow();
                    slot = slot(key);
                }
            }
            if (last[slot] != row) {
                last[slot] = row;
                counts[slot]++;
            }
        }

        /** Puts row {@code row} once in {@code key}'s list (every key was counted before). */
        void add(int key, int row, int[][] lists, int[] filled) {
            int slot = slot(key);
            if (last[slot] != row) {
                last[slot] = row;
                lists[slot][filled[slot]++] = row;
            }
        }

        int[][] lists() {
            int[][] lists = new int[keys.length][];
            for (int slot = 0; slot < keys.length; slot++) {
                if (keys[slot] != 0) {
                    lists[slot] = new int[counts[slot]];
                }
            }
            return lists;
        }

        private int slot(int key) {
            int mask = keys.length - 1;
            int slot = hash(key) & mask;
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldCounts = counts;
            int[] oldLast = last;
            keys = new int[oldKeys.length * 2];
            counts = new int[keys.length];
            last = new int[keys.length];
            for (int s = 0; s < oldKeys.length; s++) {
                if (oldKeys[s] != 0) {
                    int slot = slot(oldKeys[s]);
                    keys[slot] = oldKeys[s];
                    counts[slot] = oldCounts[s];
                    last[slot] = oldLast[s];
                }
            }
        }

        static void put(int[] keys, int[][] lists, int key, int[] list) {
            int mask = keys.length - 1;
            int slot = hash(key) & mask;
            while (keys[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            lists[slot] = list;
        }
    }
}
