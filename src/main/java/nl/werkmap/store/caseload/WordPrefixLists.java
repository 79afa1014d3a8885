package nl.werkmap.store.caseload;

import java.util.Arrays;

/**
 * For the {@link CaseloadIndex}: per first character, and per first two characters, of a folded word, the ascending
 * positions of the rows that have a word starting so. A typed word then starts from the rows of its own first
 * characters instead of a pass over every row: the first letter after the box was cleared is its list as it is, and
 * a second name or a correction that widens the search looks only at the rows of its shortest list.
 *
 * <p>Each prefix has a number: a..z and the pairs of a..z theirs by calculation (most words start so, and the build
 * looks up every word's two prefixes twice), any other prefix one from a small hash table. Made from the index's
 * text (every word after a space, row i's words from {@code start[i]} to {@code start[i + 1]}). Never changed once
 * made: an index put together after a save gets lists of its own ({@link #replaced}), and the index it came from
 * keeps these.
 */
final class WordPrefixLists {

    private static final int[] NONE = new int[0];
    /** Numbers 0..701: a letter a..z alone (second 0) or followed by a letter a..z (second 1..26). */
    private static final int LETTERS = 26 * 27;

    /** The prefixes that are not a..z letters, by number from {@link #LETTERS} on. */
    private final Others others;
    /** By prefix number: the rows, ascending. */
    private final int[][] lists;

    private WordPrefixLists(Others others, int[][] lists) {
        this.others = others;
        this.lists = lists;
    }

    /** The key of a word's first character, or of its first two ({@code second} 0 for the first alone). */
    static int key(char first, char second) {
        return first << 16 | second;
    }

    /** The number of a prefix of letters a..z, or -1. */
    private static int letters(char first, char second) {
        if (first < 'a' || first > 'z') {
            return -1;
        }
        if (second == 0) {
            return (first - 'a') * 27;
        }
        return second >= 'a' && second <= 'z' ? (first - 'a') * 27 + second - 'a' + 1 : -1;
    }

    /**
     * The lists of the {@code rows} rows whose words lie in {@code text} between the {@code start}s. Two passes over
     * the text: one counts each list's rows, one fills the lists.
     */
    static WordPrefixLists of(char[] text, int[] start, int rows) {
        Others others = new Others();
        Counts counts = new Counts();
        for (int i = 0; i < rows; i++) {
            int to = start[i + 1];
            for (int p = start[i]; p < to - 1; p++) {
                if (text[p] == ' ') {
                    char first = text[p + 1];
                    counts.count(others.numberOrAdd(first, (char) 0), i);
                    if (p + 2 < to && text[p + 2] != ' ') {
                        counts.count(others.numberOrAdd(first, text[p + 2]), i);
                    }
                }
            }
        }
        int[][] lists = new int[LETTERS + others.size][];
        int[] filled = new int[lists.length];
        for (int n = 0; n < lists.length; n++) {
            lists[n] = n < counts.counts.length && counts.counts[n] > 0 ? new int[counts.counts[n]] : NONE;
        }
        int[] last = new int[lists.length];
        Arrays.fill(last, -1);
        for (int i = 0; i < rows; i++) {
            int to = start[i + 1];
            for (int p = start[i]; p < to - 1; p++) {
                if (text[p] == ' ') {
                    char first = text[p + 1];
                    int one = others.number(first, (char) 0);
                    if (last[one] != i) {
                        last[one] = i;
                        lists[one][filled[one]++] = i;
                    }
                    if (p + 2 < to && text[p + 2] != ' ') {
                        int two = others.number(first, text[p + 2]);
                        if (last[two] != i) {
                            last[two] = i;
                            lists[two][filled[two]++] = i;
                        }
                    }
                }
            }
        }
        return new WordPrefixLists(others, lists);
    }

    /**
     * The ascending positions of the rows that have a word starting with the first two characters of {@code word}
     * (its one character when it has only one): every row that has a word starting with all of {@code word} is
     * among them. The array is shared: never change it.
     */
    int[] rowsStartingLike(char[] word) {
        int n = others.number(word[0], word.length > 1 ? word[1] : 0);
        return n < 0 ? NONE : lists[n];
    }

    /** Whether {@link #rowsStartingLike} gives exactly the rows with a word starting with {@code word}. */
    static boolean exactFor(char[] word) {
        return word.length <= 2;
    }

    /**
     * The lists of an index with one row taken out and one put in, as {@link CaseloadIndex#replaced} rebuilds its
     * arrays: the row at {@code removed} (-1 for none) leaves, the row whose words are {@code added} (null for
     * none) goes in before the row at {@code at}, and every position after either moves along. A list whose
     * positions all lie before both places, and that the new row does not join, is shared as it is.
     */
    WordPrefixLists replaced(int removed, int at, String added) {
        // The new row's position, counted in the new index (the removed row before it no longer counts).
        int addedAt = added == null ? -1 : at - (removed >= 0 && removed < at ? 1 : 0);
        Others nextOthers = others;
        int[] joined = NONE;
        if (added != null) {
            nextOthers = others.copy();
            joined = numbersOf(added, nextOthers);
        }
        int[][] nextLists = Arrays.copyOf(lists, LETTERS + nextOthers.size);
        int firstMoved = Math.min(removed >= 0 ? removed : Integer.MAX_VALUE, added != null ? at : Integer.MAX_VALUE);
        int movedFrom = added != null ? at : Integer.MAX_VALUE;
        for (int n = 0; n < nextLists.length; n++) {
            int[] list = n < lists.length ? lists[n] : NONE;
            boolean gains = contains(joined, n);
            nextLists[n] = !gains && (list.length == 0 || list[list.length - 1] < firstMoved) ? list
                    : moved(list, removed, movedFrom, gains ? addedAt : -1);
        }
        return new WordPrefixLists(nextOthers.size == others.size ? others : nextOthers, nextLists);
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
            next[j] = addedAt;
        }
        return next;
    }

    /** The distinct prefix numbers of one row's words, numbering new prefixes in {@code others}. */
    private static int[] numbersOf(String words, Others others) {
        int[] found = new int[words.length()];
        int count = 0;
        for (int p = 0; p < words.length() - 1; p++) {
            if (words.charAt(p) == ' ') {
                char first = words.charAt(p + 1);
                int one = others.numberOrAdd(first, (char) 0);
                if (!contains(found, count, one)) {
                    found[count++] = one;
                }
                if (p + 2 < words.length() && words.charAt(p + 2) != ' ') {
                    int two = others.numberOrAdd(first, words.charAt(p + 2));
                    if (!contains(found, count, two)) {
                        found[count++] = two;
                    }
                }
            }
        }
        return Arrays.copyOf(found, count);
    }

    private static boolean contains(int[] numbers, int number) {
        return contains(numbers, numbers.length, number);
    }

    private static boolean contains(int[] numbers, int count, int number) {
        for (int i = 0; i < count; i++) {
            if (numbers[i] == number) {
                return true;
            }
        }
        return false;
    }

    /** Per prefix number, how many rows have a word starting so, each row counted once. */
    private static final class Counts {
        private int[] counts = new int[LETTERS + 64];
        private int[] last = new int[LETTERS + 64];

        Counts() {
            Arrays.fill(last, -1);
        }

        void count(int number, int row) {
            if (number >= counts.length) {
                int size = Math.max(number + 1, counts.length * 2);
                int was = last.length;
                counts = Arrays.copyOf(counts, size);
                last = Arrays.copyOf(last, size);
                Arrays.fill(last, was, size, -1);
            }
            if (last[number] != row) {
                last[number] = row;
                counts[number]++;
            }
        }
    }

    /**
     * The numbers of the prefixes that are not a..z letters, in order of first sight from {@link #LETTERS} on, by
     * open addressing on {@link #key} (key 0, character 0, is no letter or digit: it marks a free slot).
     */
    private static final class Others {
        private int[] keys = new int[64];
        private int[] numbers = new int[64];
        private int size;

        /** The number of a prefix, or -1 when no word starts so. */
        int number(char first, char second) {
            int n = letters(first, second);
            if (n >= 0) {
                return n;
            }
            int key = key(first, second);
            int mask = keys.length - 1;
            for (int slot = hash(key) & mask; keys[slot] != 0; slot = (slot + 1) & mask) {
                if (keys[slot] == key) {
                    return numbers[slot];
                }
            }
            return -1;
        }

        int numberOrAdd(char first, char second) {
            int n = number(first, second);
            if (n >= 0) {
                return n;
            }
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            n = LETTERS + size++;
            put(key(first, second), n);
            return n;
        }

        Others copy() {
            Others copy = new Others();
            copy.keys = keys.clone();
            copy.numbers = numbers.clone();
            copy.size = size;
            return copy;
        }

        private void put(int key, int number) {
            int mask = keys.length - 1;
            int slot = hash(key) & mask;
            while (keys[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            numbers[slot] = number;
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldNumbers = numbers;
            keys = new int[oldKeys.length * 2];
            numbers = new int[keys.length];
            for (int s = 0; s < oldKeys.length; s++) {
                if (oldKeys[s] != 0) {
                    put(oldKeys[s], oldNumbers[s]);
                }
            }
        }

        private static int hash(int key) {
            int h = key * 0x9E3779B9;
            return h ^ (h >>> 15);
        }
    }
}
