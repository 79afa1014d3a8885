package nl.werkmap.sync.schema;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.FieldMap;
import nl.werkmap.sync.protocol.ConflictNote;
import nl.werkmap.sync.protocol.ContentRefusedException;
import nl.werkmap.sync.protocol.RefusalCode;
import nl.werkmap.sync.protocol.Resolution;

/**
 * The door check on content, the same at the hub (up-bundles) and on a device (down-bundles): every record type,
 * field, id and value in a bundle must fit the caseload schema ({@link CaseloadSchema}) before anything of it is
 * applied. The first misfit refuses the whole bundle with its own code; nothing is applied. Runs after the envelope
 * and payload checks ({@code BundleJson}), so names already match {@code [a-z_]{1,64}} and stamps parse.
 */
public final class ContentCheck {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,20}(\\.[0-9]{1,20})?([eE][-+]?[0-9]{1,3})?");
    private static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9:.]{5,18}(Z|[+-][0-9]{2}:[0-9]{2})?)?");

    private ContentCheck() {
    }

    /**
     * Checks every change, conflict note and decision of {@code bundle}.
     *
     * @throws ContentRefusedException with UNKNOWN_ENTITY, UNKNOWN_FIELD, BAD_ID, BAD_VALUE or VALUE_TOO_LARGE
     */
    public static void check(Bundle bundle) {
        for (Change change : bundle.changes()) {
            check(change);
        }
        for (ConflictNote note : bundle.conflictsOrNone()) {
            ColumnKind kind = field(note.entity(), note.field());
            id(note.id(), note.entity());
            value(note.entity(), note.field(), kind, note.value(), false);
        }
        for (Resolution resolution : bundle.resolutionsOrNone()) {
            field(resolution.entity(), resolution.field());
            id(resolution.id(), resolution.entity());
        }
    }

    /** Checks one change: its record type, id, and every field and value. */
    public static void check(Change change) {
        entity(change.entity());
        id(change.id(), change.entity());
        FieldMap fields = FieldMap.of(change.fields()); // read by place: no entry object per field
        for (int i = 0; i < fields.size(); i++) {
            ColumnKind kind = field(change.entity(), fields.name(i));
            value(change.entity(), fields.name(i), kind, fields.value(i), true);
        }
    }

    private static void entity(String entity) {
        if (!CaseloadSchema.knownEntity(entity)) {
            throw refused(RefusalCode.UNKNOWN_ENTITY, "onbekend soort gegeven '" + shown(entity) + "'");
        }
    }

    private static ColumnKind field(String entity, String field) {
        entity(entity);
        ColumnKind kind = CaseloadSchema.kind(entity, field);
        if (kind == null) {
            throw refused(RefusalCode.UNKNOWN_FIELD, "onbekend veld '" + shown(field) + "' bij " + entity);
        }
        return kind;
    }

    private static void id(String id, String entity) {
        if (id == null || !isUuid(id)) {
            throw refused(RefusalCode.BAD_ID, "het id '" + shown(id) + "' van een " + entity + " is geen UUID");
        }
    }

    private static void value(String entity, String field, ColumnKind kind, String value, boolean change) {
        if (value == null) {
            if (change && CaseloadSchema.required(entity, field)) {
                throw refused(RefusalCode.BAD_VALUE, entity + "." + field + " mag niet leeg worden gemaakt");
            }
            return;
        }
        if (value.length() > kind.maxLength()) {
            throw refused(RefusalCode.VALUE_TOO_LARGE, entity + "." + field + " is " + value.length()
                    + " tekens lang, meer dan de " + kind.maxLength() + " die zo'n veld mag hebben");
        }
        boolean fits = switch (kind) {
            case REFERENCE -> isUuid(value);
            case DATE -> isDate(value);
            case INTEGER -> isInteger(value);
            case DECIMAL -> isDecimal(value);
            case BOOLEAN -> value.equals("true") || value.equals("false") || value.equals("1") || value.equals("0");
            case TEXT, SEALED -> true;
        };
        if (!fits) {
            throw refused(kind == ColumnKind.REFERENCE ? RefusalCode.BAD_ID : RefusalCode.BAD_VALUE,
                    entity + "." + field + " verwacht " + expected(kind) + ", niet '" + shown(value) + "'");
        }
    }

    /**
     * A UUID in its canonical text form, as {@code UUID.toString()} writes it (any version): lower-case hex with its
     * four hyphens, {@code [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}. Checked by hand: a first
     * sync checks some 190,000 ids and as many references, and a regex match each showed.
     */
    static boolean isUuid(String value) {
        if (value.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                    : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** {@code -?[0-9]{1,10}}, checked by hand. */
    static boolean isWhole(String value) {
        int from = value.startsWith("-") ? 1 : 0;
        int digits = value.length() - from;
        return digits >= 1 && digits <= 10 && digits(value, from, value.length());
    }

    private static boolean isInteger(String value) {
        if (!isWhole(value)) {
            return false;
        }
        long parsed = Long.parseLong(value);
        return parsed >= Integer.MIN_VALUE && parsed <= Integer.MAX_VALUE;
    }

    private static boolean isDecimal(String value) {
        return quickDecimal(value) || parsedDecimal(value);
    }

    /**
     * True for the decimals a first sync brings by the hundred thousand, {@code -?[0-9]{1,20}(\.[0-9]{1,20})?}
     * (hours, money), checked by hand: each such value also fits {@link #DECIMAL} and is finite (below 10^20), so
     * {@link #parsedDecimal} says true too. False for every other form, which is then left to that check (an
     * exponent, or too many digits: the regular expression decides).
     */
    static boolean quickDecimal(String value) {
        int from = !value.isEmpty() && value.charAt(0) == '-' ? 1 : 0;
        int point = value.indexOf('.', from);
        int wholeEnd = point < 0 ? value.length() : point;
        int whole = wholeEnd - from;
        if (whole < 1 || whole > 20 || !digits(value, from, wholeEnd)) {
            return false;
        }
        if (point < 0) {
            return true;
        }
        int fraction = value.length() - point - 1;
        return fraction >= 1 && fraction <= 20 && digits(value, point + 1, value.length());
    }

    /** {@link #DECIMAL}'s shape and a finite value: every form a decimal field may take. */
    static boolean parsedDecimal(String value) {
        return DECIMAL.matcher(value).matches() && Double.isFinite(Double.parseDouble(value));
    }

    /** The ISO forms a date field may take; any one of them will do. */
    private static final java.util.function.Function<String, ?> DAY = LocalDate::parse;
    private static final java.util.function.Function<String, ?> MOMENT = LocalDateTime::parse;
    private static final java.util.function.Function<String, ?> MOMENT_AT_OFFSET = OffsetDateTime::parse;
    private static final List<java.util.function.Function<String, ?>> DAY_FIRST = List.of(DAY, MOMENT,
            MOMENT_AT_OFFSET);
    private static final List<java.util.function.Function<String, ?>> MOMENT_FIRST = List.of(MOMENT,
            MOMENT_AT_OFFSET, DAY);
    private static final List<java.util.function.Function<String, ?>> OFFSET_FIRST = List.of(MOMENT_AT_OFFSET,
            MOMENT, DAY);

    private static boolean isDate(String value) {
        Boolean quick = quickDate(value);
        return quick != null ? quick : parsedDate(value);
    }

    /**
     * The answer of {@link #parsedDate} for the forms a first sync brings by the hundred thousand, {@code yyyy-MM-dd},
     * {@code yyyy-MM-ddTHH:mm} and {@code yyyy-MM-ddTHH:mm:ss}, worked out by hand (a real calendar day, hours 0-23,
     * minutes and seconds 0-59, as java.time's strict ISO parsers take them); null for every other form.
     */
    static Boolean quickDate(String value) {
        int length = value.length();
        if ((length != 10 && length != 16 && length != 19) || !digits(value, 0, 4) || value.charAt(4) != '-'
                || !digits(value, 5, 7) || value.charAt(7) != '-' || !digits(value, 8, 10)) {
            return null;
        }
        if (length > 10 && (value.charAt(10) != 'T' || !digits(value, 11, 13) || value.charAt(13) != ':'
                || !digits(value, 14, 16) || (length == 19 && (value.charAt(16) != ':' || !digits(value, 17, 19))))) {
            return null;
        }
        int year = number(value, 0, 4);
        int month = number(value, 5, 7);
        int day = number(value, 8, 10);
        if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return false;
        }
        return length == 10 || (number(value, 11, 13) <= 23 && number(value, 14, 16) <= 59
                && (length == 16 || number(value, 17, 19) <= 59));
    }

    private static boolean digits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + value.charAt(i) - '0';
        }
        return n;
    }

    /** The shape, then java.time's ISO forms one after the other: every form a date field may take. */
    static boolean parsedDate(String value) {
        if (!DATE_SHAPE.matcher(value).matches()) {
            return false;
        }
        // Every form is still tried, so the same values pass; the likely one goes first, because a failed parse
        // throws, and a first sync checks hundreds of thousands of moments that the day form refused first.
        char last = value.charAt(value.length() - 1);
        List<java.util.function.Function<String, ?>> forms = value.indexOf('T') < 0 ? DAY_FIRST
                : last >= '0' && last <= '9' && value.indexOf('+', 10) < 0 && value.indexOf('-', 10) < 0
                ? MOMENT_FIRST : OFFSET_FIRST;
        for (java.util.function.Function<String, ?> parser : forms) {
            try {
                parser.apply(value);
                return true;
            } catch (DateTimeParseException notThisForm) {
                // try the next ISO form
            }
        }
        return false;
    }

    private static String expected(ColumnKind kind) {
        return switch (kind) {
            case REFERENCE -> "een UUID";
            case DATE -> "een datum (jjjj-mm-dd) of moment (jjjj-mm-ddTuu:mm)";
            case INTEGER -> "een geheel getal";
            case DECIMAL -> "een getal";
            case BOOLEAN -> "true of false";
            case TEXT, SEALED -> "tekst";
        };
    }

    /** A value as the message may show it: short, and without control characters (messages end up in logs). */
    private static String shown(String value) {
        if (value == null) {
            return "null";
        }
        String clipped = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        StringBuilder out = new StringBuilder(clipped.length());
        clipped.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }

    private static ContentRefusedException refused(RefusalCode code, String detail) {
        return new ContentRefusedException(code, "De bundel is geweigerd: " + detail + ". Er is niets overgenomen."
                + " Werk Werkmap bij; blijft dit gebeuren, meld het dan aan de beheerder van de gemeente.");
    }
}
