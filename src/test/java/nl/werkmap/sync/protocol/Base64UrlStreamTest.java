package nl.werkmap.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link Base64UrlStream} writes what the JDK's wrapping base64url encoder (no padding) writes, whatever the sizes of
 * the writes (single bytes, pieces across its 6 KB groups, one large write) and the total length; and it leaves the
 * stream under it open, as the envelope needs.
 */
class Base64UrlStreamTest {

    @Test
    void writesWhatTheJdksWrappingEncoderWrites() throws IOException {
        Random random = new Random(46);
        int[] lengths = {0, 1, 2, 3, 4, 5, 6_143, 6_144, 6_145, 12_288, 12_290, 100_001, 1_000_000};
        for (int length : lengths) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            for (int style = 0; style < 3; style++) {
                ByteArrayOutputStream ours = new ByteArrayOutputStream();
                ByteArrayOutputStream jdks = new ByteArrayOutputStream();
                java.io.OutputStream pair = new Base64UrlStream(ours);
                java.io.OutputStream reference = Base64.getUrlEncoder().withoutPadding().wrap(jdks);
                int at = 0;
                while (at < length) {
                    int n = switch (style) {
                        case 0 -> length - at;
                        case 1 -> Math.min(length - at, 1 + random.nextInt(9_000));
                        default -> 1;
                    };
                    if (n == 1 && style == 2) {
                        pair.write(data[at]);
                        reference.write(data[at]);
                    } else {
                        pair.write(data, at, n);
                        reference.write(data, at, n);
                    }
                    at += n;
                }
                pair.close();
                reference.close();
                assertArrayEquals(jdks.toByteArray(), ours.toByteArray(), length + " bytes, style " + style);
                assertArrayEquals(Base64.getUrlEncoder().withoutPadding().encode(data), ours.toByteArray());
            }
        }
    }

    @Test
    void closingLeavesTheStreamUnderItOpenAndRefusesMore() throws IOException {
        int[] closes = {0};
        ByteArrayOutputStream under = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closes[0]++;
            }
        };
        Base64UrlStream stream = new Base64UrlStream(under);
        stream.write(new byte[] {1, 2, 3, 4});
        stream.close();
        stream.close();
        assertEquals(0, closes[0]);
        assertEquals("AQIDBA", under.toString(java.nio.charset.StandardCharsets.US_ASCII));
        assertThrows(IOException.class, () -> stream.write(new byte[] {5}));
    }
}
