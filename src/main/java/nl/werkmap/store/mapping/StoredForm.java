package nl.werkmap.store.mapping;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * The agreed stored forms (see V1__caseload.sql): ids as UUID text, enums by constant name, dates as ISO-8601
 * text, lists as ';'-separated text, and for the change log every plain value as its UTF-8 text.
 */
public final class StoredForm {

    static final String LIST_SEPARATOR = ";";

    private StoredForm() {
    }

    /** A domain value as SQL stores it: String, Integer, Long, Double, Boolean, or null. */
    static Object sqlValue(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof UUID || value instanceof java.time.temporal.Temporal) {
            return value.toString();
        }
        if (value instanceof Collection<?> c) {
            if (c.isEmpty()) {
                return null;
            }
            StringJoiner joined = new StringJoiner(LIST_SEPARATOR);
            for (Object element : c) {
                joined.add(String.valueOf(sqlValue(element)));
            }
            return joined.toString();
        }
        throw new IllegalArgumentException("No stored form for " + value.getClass().getName());
    }

    /** The text form of an SQL value: what the change log carries and what a sealed column seals. */
    public static String text(Object sqlValue) {
        if (sqlValue == null) {
            return null;
        }
        if (sqlValue instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            // 12.0 and 12 are the same hours; one text form keeps "unchanged" unchanged.
            return Long.toString(d.longValue());
        }
        return sqlValue.toString();
    }

    public static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    public static String fromUtf8(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
