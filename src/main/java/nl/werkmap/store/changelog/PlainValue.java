package nl.werkmap.store.changelog;

import org.jooq.DataType;

/**
 * A received plain value's text as its column's Java type, as jOOQ's {@code DataType.convert} gives it, with the
 * forms a bundle brings worked out here: {@code true}/{@code false}/{@code 1}/{@code 0} for a BOOLEAN column, a
 * whole number of up to nine digits for an INTEGER column (the door check lets nothing else through for those) and
 * a plain decimal ({@code -?[0-9]{1,20}(\.[0-9]{1,20})?}, as hours come) for a DOUBLE column. Anything else goes to
 * jOOQ as before.
 *
 * <p>Why: a first sync converts some hundreds of thousands of such values, and jOOQ's converter is one very large
 * generic method; in a fresh JVM its compilations alone (tiers 2, 3 and 4) took some 0.3-0.6 s of compiler time
 * during a 5,000-candidate team's first sync, beside the conversions themselves.
 */
final class PlainValue {

    /** Digits of the longest whole number taken here: any nine fit in an int. */
    private static final int MAX_DIGITS = 9;
    /** Digits before and after the point of the longest plain decimal taken here (the door check's quick form). */
    private static final int MAX_DECIMAL_DIGITS = 20;

    private PlainValue() {
    }

    /** {@code text} as {@code type}'s Java type; null for null. */
    static Object as(DataType<Object> type, String text) {
        if (text != null) {
            Class<?> to = type.getType();
            if (to == Boolean.class) {
                Boolean value = bool(text);
                if (value != null) {
                    return value;
                }
            } else if (to == Integer.class) {
                Integer value = whole(text);
                if (value != null) {
                    return value;
                }
            } else if (to == Double.class && plainDecimal(text)) {
                return Double.valueOf(text);
            }
        }
        return type.convert(text);
    }

    private static Boolean bool(String text) {
        if (text.equals("true") || text.equals("1")) {
            return Boolean.TRUE;
        }
        if (text.equals("false") || text.equals("0")) {
            return Boolean.FALSE;
        }
        return null;
    }

    /** An optional minus, one to twenty digits, and optionally a point and one to twenty digits. */
    private static boolean plainDecimal(String text) {
        int from = !text.isEmpty() && text.charAt(0) == '-' ? 1 : 0;
        int point = text.indexOf('.', from);
        int wholeEnd = point < 0 ? text.length() : point;
        if (!digits(text, from, wholeEnd)) {
            return false;
        }
        return point < 0 || digits(text, point + 1, text.length());
    }

    /** One to twenty ASCII digits from {@code from} to {@code to}. */
    private static boolean digits(String text, int from, int to) {
        if (to - from < 1 || to - from > MAX_DECIMAL_DIGITS) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** An optional minus and one to nine digits; null for anything else. */
    private static Integer whole(String text) {
        int start = !text.isEmpty() && text.charAt(0) == '-' ? 1 : 0;
        int digits = text.length() - start;
        if (digits < 1 || digits > MAX_DIGITS) {
            return null;
        }
        int value = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            value = value * 10 + (c - '0');
        }
        return start == 1 ? -value : value;
    }
}
