package nl.werkmap.ui.caseload;

import java.util.List;

/**
 * What the caseload screen's warm-up types into its search box: as a coach searches, a first name letter by letter
 * with a slip put right, a space and the start of the surname, then the box cleared for the next name. A key is a
 * character: a letter or space is typed, {@link #BACKSPACE} deletes one, {@link #CLEAR} empties the box.
 */
final class WarmupTyping {

    static final char BACKSPACE = '\b';
    static final char CLEAR = '\u007f';

    private WarmupTyping() {
    }

    /** {@code count} keys over the given names (taken in turn, spread over the list); the same every time. */
    static String keys(List<String> names, int count) {
        StringBuilder keys = new StringBuilder(count + 16);
        for (int n = 0; keys.length() < count; n++) {
            String name = names.get((int) ((n * 7919L) % names.size())).toLowerCase(java.util.Locale.ROOT);
            String[] words = name.split(" ");
            String first = words[0];
            String last = words[words.length - 1];
            int typed = Math.min(first.length(), 2 + n % 4);
            keys.append(first, 0, typed);
            if (typed >= 3) {
                // A slip: one letter back and typed again.
                keys.append(BACKSPACE).append(first.charAt(typed - 1));
            }
            keys.append(' ').append(last, 0, Math.min(last.length(), 1 + n % 3));
            keys.append(CLEAR);
        }
        keys.setLength(count);
        return keys.toString();
    }
}
