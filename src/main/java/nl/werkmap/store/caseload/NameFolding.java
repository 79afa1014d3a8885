package nl.werkmap.store.caseload;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Folds names and typed text to lower-case letters without accents, so "jansen" finds "Jänsen" and "ozturk" finds
 * "Öztürk". Words split on anything that is not a letter or digit ("El-Amrani" is "el" and "amrani").
 */
final class NameFolding {

    private NameFolding() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 128;
        }
        if (ascii) {
            return lower;
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(switch (c) {
                    case 'ß' -> "ss";
                    case 'ø' -> "o";
                    case 'ł' -> "l";
                    case 'æ' -> "ae";
                    case 'ı' -> "i";
                    default -> String.valueOf(c);
                });
            }
        }
        return out.toString();
    }

    static List<String> words(String text) {
        return split(fold(text));
    }

    /** The words of text that is already folded ({@link #fold}): {@code words(t)} is {@code split(fold(t))}. */
    static List<String> split(String folded) {
        List<String> words = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean wordChar = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words;
    }
}
