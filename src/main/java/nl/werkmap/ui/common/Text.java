package nl.werkmap.ui.common;

import java.util.ArrayList;
import java.util.List;

/** Small conversions between form text and record values. */
public final class Text {

    private Text() {
    }

    /** Trimmed text, or null when nothing was typed. */
    public static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** "zorg, logistiek" → [zorg, logistiek]. */
    public static List<String> list(String text) {
        List<String> items = new ArrayList<>();
        if (text != null) {
            for (String part : text.split("[,;]")) {
                if (!part.isBlank()) {
                    items.add(part.strip());
                }
            }
        }
        return items;
    }

    public static String join(List<String> items) {
        return String.join(", ", items);
    }

    /** A decimal the Dutch way or the English way: "12,5" and "12.5" both mean twelve and a half. */
    public static Double decimal(String text) throws NumberFormatException {
        String value = orNull(text);
        return value == null ? null : Double.valueOf(value.replace(',', '.'));
    }

    public static String decimal(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value).replace('.', ',');
    }
}
