package nl.werkmap.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import nl.werkmap.sync.protocol.MalformedBundleException;

/**
 * Compact changes (envelope form 2, sync-protocol.md §2.1) bind to the very same bundle as the change objects of
 * form 1: over random feed rows with every kind of text and bytes a field, an id or a writer's id can hold, writes
 * stamped by their writer or not, tombstones (which stay objects), and over random changes; the compact payload is
 * shorter; a compact change that is not of its form is refused, never read as something else.
 */
class CompactChangesEquivalenceTest {

    @Test
    void feedRowsWrittenCompactReadAsTheSameBundle() {
        Random random = new Random(31);
        int compactWrites = 0;
        for (int n = 0; n < 1_500; n++) {
            List<FeedRow> rows = RandomFeedRows.rows(random, 12, true);
            Bundle frame = frame(List.of());
            byte[] objects = DownBundleWriter.write(frame, rows);
            byte[] compact = DownBundleWriter.write(frame, rows, true);
            Bundle expected = read(objects);
            if (expected == null) {
                assertThrows(MalformedBundleException.class, () -> BundleJson.read(compact));
                continue;
            }
            assertEquals(expected, BundleJson.read(compact), () -> new String(compact, StandardCharsets.UTF_8));
            compactWrites += count(compact);
        }
        assertTrue(compactWrites > 1_000, compactWrites + " compact changes read");
    }

    @Test
    void changesWrittenCompactReadAsTheSameBundle() {
        Random random = new Random(37);
        for (int n = 0; n < 1_000; n++) {
            List<Change> changes = new ArrayList<>();
            for (FeedRow row : RandomFeedRows.rows(random, 10, true)) {
                changes.addAll(row.changes());
            }
            Bundle bundle = frame(changes);
            byte[] objects = DownBundleWriter.write(bundle);
            byte[] compact = DownBundleWriter.write(bundle, true);
            Bundle expected = read(objects);
            if (expected == null) {
                assertThrows(MalformedBundleException.class, () -> BundleJson.read(compact));
                continue;
            }
            assertEquals(expected, BundleJson.read(compact));
        }
    }

    @Test
    void aTeamLikeBundleIsAboutHalfAsLong() {
        List<Change> changes = new ArrayList<>();
        String writer = UUID.randomUUID().toString();
        for (int i = 0; i < 2_000; i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("candidate_id", UUID.randomUUID().toString());
            fields.put("description", "Solliciteert wekelijks op twee vacatures " + i);
            fields.put("status", "LOPEND");
            fields.put("target_date", "2026-03-01");
            fields.put("period", "2026-H1");
            changes.add(new Change("plan_goal", UUID.randomUUID().toString(), fields,
                    "0001796511" + (10_000 + i) + "-00000-" + writer, false, writer));
        }
        Bundle bundle = frame(changes);
        byte[] objects = DownBundleWriter.write(bundle);
        byte[] compact = DownBundleWriter.write(bundle, true);
        assertEquals(BundleJson.read(objects), BundleJson.read(compact));
        double ratio = compact.length / (double) objects.length;
        assertTrue(ratio < 0.65, "compact / objects = " + ratio);
    }

    @Test
    void compactChangesNotOfTheirFormAreRefused() {
        String good = "[\"candidate\",\"" + UUID.randomUUID() + "\",\"000001733390000-00001\",\"device-1\","
                + "[\"full_name\",\"Sanne\"]]";
        assertEquals("000001733390000-00001-device-1",
                BundleJson.read(payload(good)).changes().get(0).hlc());
        for (String bad : List.of(
                "[0,\"id\",\"000001733390000-00001\",\"device-1\",[]]", // an index before any name
                "[\"candidate\",\"id\",\"000001733390000-00001\",5,[]]", // an index past the table
                "[\"candidate\",\"id\",\"000001733390000-00001\",\"d\",[\"a\",\"x\",2,\"y\"]]", // a field twice
                "[\"candidate\",\"id\",\"000001733390000-00001\",\"d\",[\"a\"]]", // a field without value
                "[\"candidate\",\"id\",\"000001733390000-00001\",\"d\"]", // no fields
                "[\"candidate\",\"id\",null,\"d\",[]]", // no clock
                "[\"candidate\",null,\"000001733390000-00001\",\"d\",[]]", // no id
                "[\"candidate\",\"id\",\"000001733390000-00001\",null,[]]", // no writer
                "[\"candidate\",\"id\",\"000001733390000-00001\",\"d\",[],true]", // a sixth element
                "[\"candidate\",\"id\",\"000001733390000-00001\",\"d\",[\"a\",1]]", // a number as value
                "[\"candidate\",\"id\",\"000001733390000-00001\",-1,[]]",
                "[\"candidate\",\"id\",\"000001733390000-00001\",\"d\",{}]")) {
            assertThrows(MalformedBundleException.class, () -> BundleJson.read(payload(bad)), bad);
        }
    }

    private static byte[] payload(String change) {
        String frame = new String(DownBundleWriter.write(frame(List.of())), StandardCharsets.UTF_8);
        return frame.replace("\"changes\":[]", "\"changes\":[" + change + "]").getBytes(StandardCharsets.UTF_8);
    }

    private static int count(byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8);
        int count = 0;
        for (int i = text.indexOf("[["); i >= 0; i = text.indexOf("[[", i + 1)) {
            count++;
        }
        for (int i = text.indexOf(",["); i >= 0; i = text.indexOf(",[", i + 1)) {
            count++;
        }
        return count;
    }

    /** The bundle of form 1's payload, or null when the reader refuses it (a random id or stamp of odd text). */
    private static Bundle read(byte[] payload) {
        try {
            return BundleJson.read(payload);
        } catch (MalformedBundleException refused) {
            return null;
        }
    }

    private static Bundle frame(List<Change> changes) {
        return Bundle.down(UUID.randomUUID().toString(), Hub.HUB_ID, "gemeente-a", "device-1", 0, 9,
                "2026-12-05T07:00:00Z", changes, "{}");
    }
}
