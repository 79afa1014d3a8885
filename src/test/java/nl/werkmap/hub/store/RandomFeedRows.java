package nl.werkmap.hub.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random {@link FeedRow}s for the tests of what the hub does with them (written into a bundle, cut into bundles):
 * every kind of text a value can hold, as text and as stored UTF-8, including bytes that are not UTF-8 at all
 * (overlong forms, surrogates, cut-off and stray continuation bytes), cleared values, several writes, tombstones.
 */
public final class RandomFeedRows {

    private static final String[] PIECES = {"a", "Sanne de Vries", "\"", "\\", "\n", "\r\t", "\u0000", "\u001f",
        "\u007f", "\u2028", "\u2029", "é", "ß", "€", "😀", "\ud800", "\udc00x", "<b>&amp;</b>", "=", "'", "/", " ",
        "日本", "\u00a0", "0", "\u2027", "\u202a", "\u0800", "\uffff", "\ud7ff", "\ue000"};
    private static final int[][] ODD_BYTES = {{0xC0, 0xAF}, {0xC1, 0xBF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80},
        {0xED, 0x9F, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF4, 0x8F, 0xBF, 0xBF}, {0xF0, 0x8F, 0xBF, 0xBF},
        {0xF0, 0x90, 0x80, 0x80}, {0xF5, 0x80}, {0xFF}, {0x80}, {0xBF}, {0xE2, 0x80}, {0xE2}, {0xF0, 0x9F, 0x98},
        {0xE2, 0x80, 0xA8}, {0xE2, 0x80, 0xA9}, {0xE2, 0x80, 0xAA}, {0xC2, 0x80}, {0xDF, 0xBF}, {0xEF, 0xBF, 0xBF}};
    private static final String[] ENTITIES = {"candidate", "coaching_session", "employer", "plan_goal"};

    private RandomFeedRows() {
    }

    /** Up to {@code max} random rows. */
    public static List<FeedRow> rows(Random random, int max) {
        return rows(random, max, false);
    }

    /**
     * As {@link #rows(Random, int)}; {@code stampedByOrigin}: most writes are stamped as the hub's journal stamps
     * them, a clock, a dash and the writer's id (random text, odd bytes now and then), which a compact change writes
     * in two parts; names, ids and stamps of odd text are rarer, so most bundles are valid.
     */
    public static List<FeedRow> rows(Random random, int max, boolean stampedByOrigin) {
        List<FeedRow> rows = new ArrayList<>();
        int count = random.nextInt(max + 1);
        for (int i = 0; i < count; i++) {
            rows.add(row(random, stampedByOrigin));
        }
        return rows;
    }

    private static FeedRow row(Random random, boolean stampedByOrigin) {
        List<FeedRow.Write> writes = new ArrayList<>();
        boolean tombstone = random.nextInt(4) == 0;
        int writeCount = tombstone ? random.nextInt(3) : 1 + random.nextInt(3);
        for (int w = 0; w < writeCount; w++) {
            byte[] hlc = utf8(random.nextInt(stampedByOrigin ? 90 : 9) == 0 ? text(random)
                    : (stampedByOrigin ? "00000173339000" : "00017333900") + w + "-0000" + random.nextInt(10));
            byte[] origin = random.nextInt(12) == 0 ? null : !stampedByOrigin ? utf8(text(random))
                    : random.nextInt(7) == 0 ? oddBytes(random)
                    : utf8(random.nextBoolean() ? "device-" + random.nextInt(4) : text(random));
            if (stampedByOrigin && origin != null && random.nextInt(5) > 0) {
                java.io.ByteArrayOutputStream stamp = new java.io.ByteArrayOutputStream();
                stamp.writeBytes(hlc);
                stamp.write('-');
                stamp.writeBytes(origin);
                hlc = stamp.toByteArray();
            }
            FeedRow.Write write = new FeedRow.Write(hlc, origin);
            int fields = 1 + random.nextInt(20); // past the sixteen a write starts with
            java.util.Set<String> names = new java.util.HashSet<>(); // a row's field is one journal row: never twice
            for (int f = 0; f < fields; f++) {
                String name = random.nextInt(stampedByOrigin ? 60 : 6) == 0 ? text(random)
                        : stampedByOrigin ? "field_" + (char) ('a' + f) : "field_" + f;
                if (names.add(name)) {
                    put(write, name, value(random), random);
                }
            }
            writes.add(write);
        }
        String entity = ENTITIES[random.nextInt(ENTITIES.length)];
        String id = random.nextInt(stampedByOrigin ? 80 : 8) == 0 ? text(random)
                : java.util.UUID.randomUUID().toString();
        return new FeedRow(entity, id, writes, tombstone ? (stampedByOrigin ? "000001733399999-00001" : "000173339999-00001") : null,
                tombstone && random.nextInt(5) > 0 ? "device-" + random.nextInt(3) : null);
    }

    /**
     * A field of {@code write}; bytes now and then as part of a larger array (as a first fetch holds a row's packed
     * fields), between bytes that would change the text if they were taken with it: a lead byte before, continuation
     * bytes, a quote or a NUL after.
     */
    private static void put(FeedRow.Write write, String name, Object value, Random random) {
        if (!(value instanceof byte[] bytes) || random.nextBoolean()) {
            write.put(name, value);
            return;
        }
        byte[] before = random.nextBoolean() ? new byte[] {(byte) 0xE2} : new byte[] {'1', ','};
        byte[] after = random.nextBoolean() ? new byte[] {(byte) 0x80, (byte) 0xA8} : new byte[] {'"', 0};
        byte[] shared = new byte[before.length + bytes.length + after.length];
        System.arraycopy(before, 0, shared, 0, before.length);
        System.arraycopy(bytes, 0, shared, before.length, bytes.length);
        System.arraycopy(after, 0, shared, before.length + bytes.length, after.length);
        write.put(name, shared, before.length, bytes.length);
    }

    private static Object value(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> null;
            case 1 -> text(random);
            case 2 -> oddBytes(random);
            default -> utf8(text(random));
        };
    }

    /** UTF-8 of random text, with now and then bytes no UTF-8 decoder accepts as they are. */
    private static byte[] oddBytes(Random random) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int pieces = random.nextInt(5);
        for (int i = 0; i < pieces; i++) {
            if (random.nextBoolean()) {
                for (int b : ODD_BYTES[random.nextInt(ODD_BYTES.length)]) {
                    out.write(b);
                }
            } else {
                out.writeBytes(utf8(text(random)));
            }
        }
        return out.toByteArray();
    }

    static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(6);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
