package nl.werkmap.security;

/**
 * Where a text holds a lone UTF-16 surrogate: the one thing a Java string can hold that UTF-8 cannot carry (Java
 * writes '?' for it), so such a text does not come back from its UTF-8 as it went in.
 */
public final class LoneSurrogates {

    private LoneSurrogates() {
    }

    /** The index of the first lone surrogate in {@code text}, or -1 when every surrogate is paired. */
    public static int firstIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }
}
