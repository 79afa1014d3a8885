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
            assertArrayEquals(ReceivedWrite.packText(write), ReceivedWrite.pack(write), write.toString());
        }
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
