package nl.werkmap.store.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * One FieldStamps serves row after row of a merge ({@link FieldStamps#clear}): after a clear it answers as a new one
 * would, whatever the rows before it held, small rows after large ones and the other way round.
 */
class FieldStampsTest {

    @Test
    void aClearedTableForgetsEveryField() {
        FieldStamps stamps = new FieldStamps(2);
        for (int i = 0; i < 40; i++) {
            stamps.put("f" + i, "s" + i);
        }
        stamps.clear(3);
        for (int i = 0; i < 40; i++) {
            assertNull(stamps.get("f" + i));
        }
    }

    @Test
    void rowAfterRowAnswersAsAFreshTablePerRow() {
        Random random = new Random(13);
        FieldStamps reused = new FieldStamps(24);
        for (int row = 0; row < 2_000; row++) {
            int fields = 1 + random.nextInt(row % 50 == 0 ? 80 : 25);
            reused.clear(fields);
            FieldStamps fresh = new FieldStamps(fields);
            Map<String, String> model = new HashMap<>();
            for (int op = 0; op < fields * 2; op++) {
                String field = "veld" + random.nextInt(fields + 3);
                String stamp = String.format("%015d", random.nextInt(1_000));
                if (random.nextBoolean()) {
                    reused.put(field, stamp);
                    fresh.put(field, stamp);
                    model.put(field, stamp);
                } else {
                    reused.newest(field, stamp);
                    fresh.newest(field, stamp);
                    model.merge(field, stamp, (a, b) -> a.compareTo(b) < 0 ? b : a);
                }
            }
            for (int f = 0; f < fields + 3; f++) {
                String field = "veld" + f;
                assertEquals(model.get(field), reused.get(field), field);
                assertEquals(model.get(field), fresh.get(field), field);
            }
        }
    }
}
