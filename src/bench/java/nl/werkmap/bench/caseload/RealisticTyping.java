package nl.werkmap.bench.caseload;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How a coach types in the search box, as keystrokes: a first name begun, a typo put right with backspace, part of
 * the surname, a few letters taken back and typed again, the box cleared (select all, delete), then a second name.
 * Coaches type without accents ("ozturk"), so the names are typed folded. A sequence that only ever adds letters
 * would let every keystroke narrow the previous result, which flatters any search.
 */
public final class RealisticTyping {

    /** One keystroke. */
    public enum Kind {
        TYPE, BACKSPACE, CLEAR
    }

    /**
     * @param kind what was pressed
     * @param letter the character typed, for {@link Kind#TYPE}
     * @param boxAfter the text in the box after this keystroke
     */
    public record Key(Kind kind, char letter, String boxAfter) {
    }

    private RealisticTyping() {
    }

    /** {@code rounds} rounds of two names each, picked from {@code fullNames} with a fixed seed. */
    public static List<Key> keys(List<String> fullNames, int rounds) {
        Random random = new Random(42);
        List<Key> keys = new ArrayList<>();
        StringBuilder box = new StringBuilder();
        for (int round = 0; round < rounds; round++) {
            String first = typed(fullNames.get(random.nextInt(fullNames.size())));
            String second = typed(fullNames.get(random.nextInt(fullNames.size())));
            String[] words = first.split(" ");
            String given = words[0];
            String surname = words[words.length - 1];
            int typo = Math.min(given.length(), 1 + random.nextInt(3));
            type(keys, box, given.substring(0, typo));
            type(keys, box, "q");
            back(keys, box, 1);
            type(keys, box, given.substring(typo) + " ");
            int part = Math.min(surname.length(), 2 + random.nextInt(3));
            type(keys, box, surname.substring(0, part));
            int taken = Math.min(part, 2);
            back(keys, box, taken);
            type(keys, box, surname.substring(part - taken, Math.min(surname.length(), part + 1)));
            clear(keys, box);
            String[] other = second.split(" ");
            String otherSurname = other[other.length - 1];
            type(keys, box, otherSurname.substring(0, Math.min(otherSurname.length(), 3 + random.nextInt(3))));
            back(keys, box, 1 + random.nextInt(2));
            type(keys, box, " " + other[0].substring(0, Math.min(other[0].length(), 2)));
            clear(keys, box);
        }
        return keys;
    }

    private static String typed(String name) {
        String lower = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{Mn}", "").replace('ı', 'i');
        return lower.replaceAll("[^a-z ]", "").trim().replaceAll(" +", " ");
    }

    private static void type(List<Key> keys, StringBuilder box, String text) {
        for (char c : text.toCharArray()) {
            box.append(c);
            keys.add(new Key(Kind.TYPE, c, box.toString()));
        }
    }

    private static void back(List<Key> keys, StringBuilder box, int count) {
        for (int i = 0; i < count && box.length() > 0; i++) {
            box.setLength(box.length() - 1);
            keys.add(new Key(Kind.BACKSPACE, '\b', box.toString()));
        }
    }

    private static void clear(List<Key> keys, StringBuilder box) {
        box.setLength(0);
        keys.add(new Key(Kind.CLEAR, '\0', ""));
    }
}
