package nl.werkmap.hub.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

/** Reading a body to a limit, with a shared budget for the bytes held. */
class BoundedBodyTest {

    /** {@code size} bytes of 'A', generated; counts what was read. */
    private static final class Generated extends InputStream {
        private final long size;
        long read;

        Generated(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 'A';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            java.util.Arrays.fill(b, off, off + n, (byte) 'A');
            read += n;
            return n;
        }
    }

    @Test
    void aBodyUpToTheLimitIsReadWhole() throws IOException {
        BodyBudget budget = new BodyBudget(1 << 20);
        try (BoundedBody body = BoundedBody.read(new Generated(100_000), -1, 100_000, budget)) {
            assertEquals(100_000, body.text().length());
            assertEquals(100_000, budget.reserved(), "the buffer never grew past the limit");
        }
        assertEquals(0, budget.reserved(), "closing gives the bytes back");
    }

    @Test
    void aStreamIsCutJustPastTheLimit() {
        BodyBudget budget = new BodyBudget(1 << 20);
        Generated stream = new Generated(300L * 1024 * 1024);
        assertThrows(RequestTooLargeException.class, () -> BoundedBody.read(stream, -1, 100_000, budget));
        assertEquals(true, stream.read <= 100_000 + 64 * 1024, "read " + stream.read + " bytes");
        assertEquals(0, budget.reserved());
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
        Generated stream = new Generated(10);
        assertThrows(RequestTooLargeException.class,
                () -> BoundedBody.read(stream, 100_001, 100_000, new BodyBudget(1 << 20)));
        assertEquals(0, stream.read);
    }

    @Test
    void aBodyLongerThanItsDeclaredLengthIsStillCut() {
        BodyBudget budget = new BodyBudget(1 << 20);
        assertThrows(RequestTooLargeException.class,
                () -> BoundedBody.read(new Generated(200_000), 10, 100_000, budget));
        assertEquals(0, budget.reserved());
    }

    @Test
    void whenTheBudgetIsTakenABodyIsCountedNotKept() throws IOException {
        BodyBudget budget = new BodyBudget(150_000);
        try (BoundedBody first = BoundedBody.read(new Generated(100_000), 100_000, 100_000, budget)) {
            assertEquals(100_000, budget.reserved());
            // Within the limit but no room: busy (the device retries later); over the limit: too large, as ever.
            assertThrows(HubBusyException.class, () -> BoundedBody.read(new Generated(90_000), -1, 100_000, budget));
            assertThrows(RequestTooLargeException.class,
                    () -> BoundedBody.read(new Generated(5_000_000), -1, 100_000, budget));
            assertEquals(100_000, budget.reserved(), "the refused ones gave back what they had");
        }
        try (BoundedBody later = BoundedBody.read(new Generated(90_000), -1, 100_000, budget)) {
            assertEquals(90_000, later.text().length());
        }
    }

    @Test
    void aBodyLargerThanTheWholeBudgetIsTooLargeNotBusy() {
        BodyBudget budget = new BodyBudget(50_000);
        assertThrows(RequestTooLargeException.class, () -> BoundedBody.read(new Generated(60_000), -1, 100_000, budget));
        assertThrows(RequestTooLargeException.class,
                () -> BoundedBody.read(new Generated(60_000), 60_000, 100_000, budget));
    }

    @Test
    void anEmptyBodyIsEmptyText() throws IOException {
        try (BoundedBody body = BoundedBody.read(new ByteArrayInputStream(new byte[0]), 0, 10, new BodyBudget(10))) {
            assertEquals("", body.text());
        }
    }
}
