package nl.werkmap.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The associated data is built from cached heads and written row ids (issue 13) instead of a ByteBuffer per call:
 * byte for byte what the ByteBuffer built, also for names beyond ASCII and for the same head asked again.
 */
class AssociatedDataTest {

    @Test
    void sameBytesAsTheByteBufferBuilt() {
        String[] tables = {"candidate", "coaching_session", "", "tábla", "a|b"};
        String[] columns = {"full_name", "birth_date", "", "kolom€", "c"};
        String[] rows = {UUID.randomUUID().toString(), "", "row-42", "rij-é-😀", "x".repeat(300)};
        for (int round = 0; round < 2; round++) {
            for (String t : tables) {
                for (String c : columns) {
                    for (String r : rows) {
                        assertArrayEquals(byteBuffer(t, c, r), GcmFieldSealer.associatedData(t, c, r),
                                t + "/" + c + "/" + r);
                    }
                }
            }
        }
        assertThrows(NullPointerException.class, () -> GcmFieldSealer.associatedData("candidate", "x", null));
        assertThrows(NullPointerException.class, () -> GcmFieldSealer.associatedData(null, "x", "r"));
    }

    /** The construction before the change, as a reference. */
    private static byte[] byteBuffer(String table, String column, String rowId) {
        byte[] prefix = "werkmap/v1".getBytes(StandardCharsets.US_ASCII);
        byte[] t = table.getBytes(StandardCharsets.UTF_8);
        byte[] c = column.getBytes(StandardCharsets.UTF_8);
        byte[] r = rowId.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(prefix.length + 12 + t.length + c.length + r.length)
                .put(prefix).putInt(t.length).put(t).putInt(c.length).put(c).putInt(r.length).put(r).array();
    }
}
