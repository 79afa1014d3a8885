package nl.werkmap.store.changelog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The first sync's shortcuts in the apply give what the code they replaced gave: a packed received write written
 * as ASCII bytes equals the text form's encoding, and the per-row field stamps answer as a HashMap with the same
 * puts and newest-merges did.
 */
class ApplyShortcutsTest {

    private static final String[] NAMES = {"deleted", "first_name", "starts_at", "x", "", "naam_ü", "a\nb", "é",
            "went_well", "concerns", "hours_accounted", "state", "coach_id", "deleted2"};
    private static final String[] DELETED_VALUES = {"true", "false", "", "tr\u00fce", "\u0000", "\uD83D\uDE00"};

    @Test
    void packedAsAsciiEqualsTheTextForm() {
        Random random = new Random(13);
        for (int i = 0; i < 4_000; i++) {
            List<RemoteChange> write = new ArrayList<>();
            int n = random.nextInt(25);
            for (int f = 0; f < n; f++) {
                String name = NAMES[random.nextInt(NAMES.length)];
                byte[] value;
                int pick = random.nextInt(DELETED_VALUES.length + 2);
                if (pick == DELETED_VALUES.length) {
                    value = null;
                } else if (pick == DELETED_VALUES.length + 1) {
                    value = new byte[random.nextInt(4)];
                    random.nextBytes(value); // also bytes that are no UTF-8
                } else {
                    value = DELETED_VALUES[pick].getBytes(StandardCharsets.UTF_8);
                }
                write.add(new RemoteChange("candidate", "id", name, value, false, "h", "d"));
            }
            assertArrayEquals(ReceivedWrite.packText(written(write)), ReceivedWrite.pack(written(write)), write.toString());
        }
    }

    /** The fields of a write as the packer reads them. */
    static ReceivedWrite.Written written(List<RemoteChange> write) {
        return new ReceivedWrite.Written() {
            @Override
            public int count() {
                return write.size();
            }

            @Override
            public String field(int k) {
                return write.get(k).field();
            }

            @Override
            public byte[] value(int k) {
                return write.get(k).value();
            }
        };
    }

    /**
     * A plain value carried as text is the same value as its UTF-8, the form it replaced: the same stored bytes and
     * the same text for the column, also for text UTF-8 cannot carry (an unpaired surrogate becomes '?' both ways).
     */
    @Test
    void aValueCarriedAsTextIsItsUtf8() {
        String[] texts = {null, "", "Zwolle", "ü é ß", "\uD83D\uDE00 emoji", "\uD800 alone", "end \uDBFF", "\uDC00",
                "\uDE00\uD83D swapped", "\u0000", "a\nb"};
        for (String text : texts) {
            RemoteChange c = RemoteChange.ofText("candidate", "id", "city", text, "h", "d");
            byte[] utf8 = text == null ? null : text.getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(utf8, c.value(), text);
            assertEquals(utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8), c.text(), text);
            assertEquals(new RemoteChange("candidate", "id", "city", utf8, false, "h", "d").text(), c.text(), text);
            // A row write carries it the same way: the same stored bytes and text.
            RemoteRow row = new RemoteRow("candidate", "id", "h", "d", new String[] {"city"},
                    new Object[] {RemoteRow.plain(text)}, new boolean[] {false});
            assertArrayEquals(utf8, row.value(0), text);
            assertEquals(c.text(), row.text(0), text);
            assertEquals(c.plainText() != null, row.value(0) != null && RemoteRow.plain(text) instanceof String,
                    text);
        }
        assertEquals("Zwolle", RemoteChange.ofText("c", "i", "f", "Zwolle", "h", "d").plainText());
        assertEquals(null, RemoteChange.ofText("c", "i", "f", "\uD800", "h", "d").plainText());
    }

    /**
     * A plain value for a text column goes in as its text, unconverted: what jOOQ's conversion to the column's type
     * gave, for every text column of every entity table and texts of any kind.
     */
    @Test
    void aTextColumnsValueIsItsTextAsJooqConvertedIt() {
        String[] texts = {null, "", "Zwolle", " 12 ", "12.5", "1e3", "true", "2026-01-05", "ü é ß",
                "\uD83D\uDE00", "\u0000", "a\nb", "NULL", "-0", "0x1F"};
        int checked = 0;
        for (EntityColumns.Target column : entityColumns()) {
            if (!column.text()) {
                continue;
            }
            for (String text : texts) {
                RemoteChange c = RemoteChange.ofText(table(column), "id", column.name(), text, "h", "d");
                Object converted = column.type().convert(text);
                assertEquals(converted, EntityColumns.sqlValue(column, RemoteRow.of(List.of(c)).get(0), 0),
                        column.field() + " " + text);
                checked++;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(checked > 1_000, "text columns checked: " + checked);
    }

    /**
     * A plain value for a BOOLEAN, INTEGER or DOUBLE column goes in as what jOOQ's conversion gave (or fails as it
     * failed), also for texts the door check would refuse, for every such column of every entity table.
     */
    @Test
    void aTypedColumnsValueIsWhatJooqConvertedItTo() {
        List<String> texts = new ArrayList<>(List.of("", "true", "false", "1", "0", "TRUE", "False", "yes", "no",
                "y", "on", "off", "-0", "-", "--1", "+1", " 1", "1 ", "01", "007", "-007", "1.0", "1e3", "0x1F",
                "123456789", "-123456789", "999999999", "1234567890", "2147483647", "2147483648", "-2147483648",
                "-2147483649", "12.5", "NaN", "Infinity", "\u0661", "\uFF11", "1\u0000", "null", "NULL", "2"));
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            StringBuilder digits = new StringBuilder(random.nextBoolean() ? "-" : "");
            int n = random.nextInt(12);
            for (int d = 0; d < n; d++) {
                digits.append((char) ('0' + random.nextInt(10)));
            }
            texts.add(digits.toString());
            // Decimals as hours and money come, and near misses: a point at any place, digits up to 22 a side.
            StringBuilder decimal = new StringBuilder(random.nextInt(4) == 0 ? "-" : "");
            int whole = random.nextInt(23);
            int fraction = random.nextInt(23);
            for (int d = 0; d < whole; d++) {
                decimal.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextInt(5) > 0) {
                decimal.append('.');
            }
            for (int d = 0; d < fraction; d++) {
                decimal.append((char) ('0' + random.nextInt(10)));
            }
            texts.add(decimal.toString());
        }
        texts.addAll(List.of("1.", ".5", "-.5", "-", "1e", "1e+3", "1E-3", "0.1", "0.30000000000000004", "1..2",
                "12,5", "9007199254740993", "0.000000000000000000001", "99999999999999999999.99999999999999999999",
                "-0.0", "00.50", "1.5 ", "\u0661.5"));
        texts.add(null);
        int checked = 0;
        for (EntityColumns.Target column : entityColumns()) {
            if (column.text() || column.blob()) {
                continue;
            }
            for (String text : texts) {
                RemoteRow write = RemoteRow.of(List.of(RemoteChange.ofText(table(column), "id", column.name(), text,
                        "h", "d"))).get(0);
                Object expected;
                try {
                    expected = column.type().convert(text);
                } catch (RuntimeException e) {
                    expected = e.getClass();
                }
                Object got;
                try {
                    got = EntityColumns.sqlValue(column, write, 0);
                } catch (RuntimeException e) {
                    got = e.getClass();
                }
                assertEquals(expected, got, column.field() + " '" + text + "'");
                if (expected != null) {
                    assertEquals(expected.getClass(), got.getClass(), column.field() + " '" + text + "'");
                }
                checked++;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(checked > 10_000, "typed columns checked: " + checked);
    }

    /** Every column of every entity table (a table with a deleted flag), as the applier looks it up. */
    private static List<EntityColumns.Target> entityColumns() {
        List<EntityColumns.Target> columns = new ArrayList<>();
        for (org.jooq.Table<?> table : nl.werkmap.store.jooq.DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            if (table.field("deleted") == null) {
                continue;
            }
            for (org.jooq.Field<?> f : table.fields()) {
                @SuppressWarnings("unchecked")
                org.jooq.Field<Object> field = (org.jooq.Field<Object>) f;
                columns.add(EntityColumns.target(field));
            }
        }
        return columns;
    }

    /** The entity table of a column. */
    private static String table(EntityColumns.Target column) {
        return ((org.jooq.TableField<?, ?>) column.field()).getTable().getName();
    }

    @Test
    void fieldStampsAnswerAsAHashMap() {
        Random random = new Random(46);
        for (int round = 0; round < 400; round++) {
            FieldStamps stamps = new FieldStamps(random.nextInt(30));
            Map<String, String> reference = new HashMap<>();
            for (int op = 0; op < 80; op++) {
                // Fresh String objects, as fields read from a bundle are.
                String field = new String("f" + random.nextInt(60));
                String stamp = "0000" + random.nextInt(10);
                switch (random.nextInt(3)) {
                    case 0 -> {
                        stamps.put(field, stamp);
                        reference.put(field, stamp);
                    }
                    case 1 -> {
                        stamps.newest(field, stamp);
                        reference.merge(field, stamp, (a, b) -> a.compareTo(b) >= 0 ? a : b);
                    }
                    default -> assertEquals(reference.get(field), stamps.get(field));
                }
            }
            for (int f = 0; f < 60; f++) {
                assertEquals(reference.get("f" + f), stamps.get("f" + f));
            }
        }
    }
}
