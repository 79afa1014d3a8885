package nl.werkmap.hub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.werkmap.hub.store.FeedRow;
import nl.werkmap.hub.store.RandomFeedRows;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.BundleJson;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.ConflictNote;
import nl.werkmap.sync.protocol.Resolution;

/**
 * The hub's byte writer gives the same payload as {@link BundleJson#write} (Gson), byte for byte, so it parses to
 * the same bundle: over a corpus of random bundles with every kind of text a field can hold (quotes, backslashes,
 * control characters, JavaScript line ends, accents, emoji, lone surrogates), nulls, tombstones, bases and every
 * optional list; and over the committed protocol vector.
 */
class DownBundleWriterTest {

    private static final String[] PIECES = {"a", "Sanne de Vries", "\"", "\\", "\n", "\r\t", "\u0000", "\u001f",
        "\u007f", "\u2028", "\u2029", "é", "ß", "€", "😀", "\ud800", "\udc00x", "<b>&amp;</b>", "=", "'", "/", " ",
        "日本", "\u00a0", "0"};

    @Test
    void randomBundlesAreWrittenByteForByteAsGsonWritesThem() {
        Random random = new Random(13);
        for (int n = 0; n < 400; n++) {
            Bundle bundle = randomBundle(random);
            byte[] old = BundleJson.write(bundle);
            byte[] written = DownBundleWriter.write(bundle);
            assertArrayEquals(old, written, () -> new String(old, StandardCharsets.UTF_8) + "\n"
                    + new String(written, StandardCharsets.UTF_8));
        }
    }

    @Test
    void feedRowsAreWrittenByteForByteAsTheirChanges() {
        // Rows of a first fetch go into the JSON without changes made of them; stored values are the journal's
        // UTF-8, also bytes no decoder accepts, which must come out as the driver's text of them would.
        Random random = new Random(23);
        for (int n = 0; n < 600; n++) {
            List<FeedRow> rows = RandomFeedRows.rows(random, 8);
            Bundle frame = random.nextBoolean() ? downBundle(random, List.of()) : randomBundle(random);
            frame = new Bundle(frame.format(), frame.version(), frame.kind(), frame.bundleId(), frame.deviceId(),
                    frame.municipality(), frame.recipient(), frame.seqFrom(), frame.seqTo(), frame.createdAt(),
                    List.of(), frame.hubEncryptionKey(), frame.transferredAway(), frame.conflicts(),
                    frame.resolutions(), frame.erased());
            List<Change> changes = rows.stream().flatMap(row -> row.changes().stream()).toList();
            Bundle whole = new Bundle(frame.format(), frame.version(), frame.kind(), frame.bundleId(),
                    frame.deviceId(), frame.municipality(), frame.recipient(), frame.seqFrom(), frame.seqTo(),
                    frame.createdAt(), changes, frame.hubEncryptionKey(), frame.transferredAway(), frame.conflicts(),
                    frame.resolutions(), frame.erased());
            byte[] old = DownBundleWriter.write(whole);
            byte[] written = DownBundleWriter.write(frame, rows);
            assertArrayEquals(old, written, () -> firstDifference(old, written));
            assertArrayEquals(BundleJson.write(whole), written);
        }
    }

    private static String firstDifference(byte[] a, byte[] b) {
        int i = java.util.Arrays.mismatch(a, b);
        int from = Math.max(0, i - 60);
        return "first difference at byte " + i + ":\n" + new String(a, from, Math.min(a.length, i + 40) - from,
                StandardCharsets.UTF_8) + "\n" + new String(b, from, Math.min(b.length, i + 40) - from,
                StandardCharsets.UTF_8);
    }

    @Test
    void aWrittenDownBundleReadsBackAsTheSameBundle() {
        Random random = new Random(7);
        for (int n = 0; n < 100; n++) {
            Bundle bundle = downBundle(random, validChanges(random));
            assertEquals(BundleJson.read(BundleJson.write(bundle)), BundleJson.read(DownBundleWriter.write(bundle)));
        }
    }

    @Test
    void theCommittedDownVectorIsWrittenAgainToTheSameBytes() throws IOException {
        byte[] payload;
        try (InputStream in = getClass().getResourceAsStream("/sync-vectors/down-payload.json")) {
            payload = in.readAllBytes();
        }
        Bundle bundle = BundleJson.read(payload);
        assertArrayEquals(BundleJson.write(bundle), DownBundleWriter.write(bundle));
    }

    private static Bundle randomBundle(Random random) {
        List<Change> changes = new ArrayList<>();
        int count = random.nextInt(12);
        for (int i = 0; i < count; i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            int fieldCount = random.nextInt(5);
            for (int f = 0; f < fieldCount; f++) {
                fields.put(text(random), random.nextInt(5) == 0 ? null : text(random));
            }
            Map<String, String> bases = null;
            if (random.nextBoolean() && !fields.isEmpty()) {
                bases = new LinkedHashMap<>();
                for (String field : fields.keySet()) {
                    bases.put(field, text(random));
                }
            }
            changes.add(new Change(text(random), text(random), fields, text(random), random.nextInt(4) == 0,
                    random.nextBoolean() ? null : text(random), bases));
        }
        List<ConflictNote> conflicts = random.nextInt(3) == 0 ? List.of(new ConflictNote(text(random), text(random),
                text(random), random.nextBoolean() ? null : text(random), text(random), text(random), text(random),
                random.nextBoolean())) : null;
        List<Resolution> resolutions = random.nextInt(3) == 0 ? List.of(Resolution.keep(text(random), text(random),
                text(random), text(random))) : null;
        return new Bundle(text(random), random.nextInt(), random.nextBoolean() ? Bundle.DOWN : text(random),
                text(random), text(random), text(random), text(random), random.nextLong(), random.nextLong(),
                text(random), changes, random.nextBoolean() ? null : text(random), strings(random), conflicts,
                resolutions, strings(random));
    }

    private static List<String> strings(Random random) {
        if (random.nextBoolean()) {
            return null;
        }
        List<String> list = new ArrayList<>();
        for (int i = random.nextInt(4); i >= 0; i--) {
            list.add(text(random));
        }
        return list;
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    /** Changes a reader accepts: names and stamps of the right form, values anything. */
    private static List<Change> validChanges(Random random) {
        List<Change> changes = new ArrayList<>();
        for (int i = random.nextInt(20); i >= 0; i--) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("full_name", text(random));
            fields.put("notes", random.nextBoolean() ? null : text(random));
            changes.add(new Change("candidate", UUID.randomUUID().toString(), fields, "000001733390000-0000"
                    + random.nextInt(10), random.nextInt(5) == 0, "device-" + random.nextInt(3)));
        }
        return changes;
    }

    private static Bundle downBundle(Random random, List<Change> changes) {
        return Bundle.down(UUID.randomUUID().toString(), Hub.HUB_ID, "gemeente-a", "device-1", 0, 9,
                "2026-12-05T07:00:00Z", changes, random.nextBoolean() ? null : "{\"kty\":\"EC\"}",
                random.nextBoolean() ? List.of(UUID.randomUUID().toString()) : List.of(),
                random.nextBoolean() ? List.of(new ConflictNote("candidate", UUID.randomUUID().toString(), "notes",
                        text(random), "000001733390000-00001", "device-2", "000001733390000-00002", false))
                        : List.of());
    }
}
