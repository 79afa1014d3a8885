package nl.werkmap.store.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The index sorts on two four-character prefixes held in longs before it compares whole names (issue 13). For every
 * pair of keys that order must be the one {@link String#compareTo} gives: keys that are prefixes of each other,
 * empty keys, names that differ only after the fourth character, and characters at and above 0x8000 (a signed
 * comparison of the prefixes would put those first).
 */
class CaseloadIndexSortTest {

    private static final String[] FIXED = {"", "a", "ab", "abc", "abcd", "abcde", "abcdf", "abce", "b", "\u0000",
        "a\u0000", "a\u0000b", "\u7fff", "\u8000", "\uffff", "a\uffff", "\u8000a", "jan", "jansen", "jan berg",
        "jan\u00e9", "öz", "oz", "zz", "aaaa", "aaaa\u0000", "aaa\uffff", "\ud83d\ude00", "el amrani", "el-amrani", "mohammed", "mohammed el amrani", "mohammed\u0000", "mohammedbakkali",
        "abcdefgh", "abcdefgi", "abcdefg", "abcd\uffffxyz", "abcd\u8000", "abcd\u7fff"};

    @Test
    void prefixThenNameOrdersAsTheWholeName() {
        Random random = new Random(13);
        List<String> keys = new ArrayList<>(List.of(FIXED));
        char[] alphabet = {'a', 'b', 'j', ' ', '-', '\u0000', '\u00e9', '\u0142', '\u7fff', '\u8000', '\uffff'};
        for (int i = 0; i < 400; i++) {
            StringBuilder key = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                key.append(alphabet[random.nextInt(alphabet.length)]);
            }
            keys.add(key.toString());
        }
        for (String a : keys) {
            for (String b : keys) {
                assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(IndexEntry.BY_NAME.compare(entry(a),
                        entry(b))), () -> "'" + a + "' against '" + b + "'");
            }
        }
    }

    /**
     * The index's sort (numbers first, then runs by the whole comparator) puts every entry where a stable sort by
     * the comparator puts it, equal names in the order they came in, at sizes around the position bits' steps.
     */
    @Test
    void sortByNameIsTheStableSortByName() {
        Random random = new Random(150_000);
        char[] alphabet = {'a', 'b', 'j', ' ', '\u0000', '\u00e9', '\u7fff', '\u8000', '\uffff'};
        for (int n : new int[] {0, 1, 2, 3, 4, 5, 17, 64, 65, 1_000, 4_097, 20_000}) {
            IndexEntry[] entries = new IndexEntry[n];
            for (int i = 0; i < n; i++) {
                StringBuilder key = new StringBuilder();
                // Short keys from a small alphabet: many equal names and equal starts.
                int length = random.nextInt(random.nextBoolean() ? 4 : 11);
                for (int k = 0; k < length; k++) {
                    key.append(alphabet[random.nextInt(random.nextInt(3) == 0 ? alphabet.length : 3)]);
                }
                entries[i] = entry(key.toString());
            }
            IndexEntry[] expected = entries.clone();
            java.util.Arrays.sort(expected, IndexEntry.BY_NAME);
            IndexEntry[] sorted = entries.clone();
            IndexEntry.sortByName(sorted);
            for (int i = 0; i < n; i++) {
                org.junit.jupiter.api.Assertions.assertSame(expected[i], sorted[i], "size " + n + ", position " + i);
            }
        }
    }

    private static IndexEntry entry(String key) {
        return new IndexEntry(null, key, IndexEntry.prefix(key, 0), IndexEntry.prefix(key, 4), "", new String[0]);
    }
}
