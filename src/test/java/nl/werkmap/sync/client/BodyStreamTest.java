package nl.werkmap.sync.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The body stream asks the HTTP client for more only while fewer than its read-ahead bytes wait unread (so memory is
 * bounded whatever the hub sends), asks again as the reader takes them, gives the bytes in order, and after a break
 * gives the bytes before it, then the failure. A body that stops coming fails the read once the reader has waited
 * the idle limit, after the bytes before it, and cancels the rest.
 */
class BodyStreamTest {

    private static final int PIECE = 16 * 1024;
    /** An idle limit no test here reaches. */
    private static final Duration LONG = Duration.ofMinutes(10);

    /** A client that delivers one piece per request, on the caller's thread, while it has pieces. */
    private static final class Client implements Flow.Subscription {
        BodyStream body;
        long requested;
        int delivered;
        int pieces;
        boolean cancelled;

        @Override
        public void request(long n) {
            requested += n;
            while (requested > 0 && delivered < pieces) {
                requested--;
                byte[] bytes = new byte[PIECE];
                java.util.Arrays.fill(bytes, (byte) delivered);
                delivered++;
                body.onNext(List.of(ByteBuffer.wrap(bytes)));
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Test
    void itStopsAskingOnceTheReadAheadWaitsUnreadAndAsksAgainAsTheReaderTakes() throws IOException {
        long ahead = 4L * PIECE;
        BodyStream body = new BodyStream(ahead, LONG);
        Client client = new Client();
        client.body = body;
        client.pieces = 1_000;
        body.onSubscribe(client);
        assertTrue((long) client.delivered * PIECE <= ahead + 32L * PIECE, "bounded: " + client.delivered);
        int before = client.delivered;
        assertTrue(before < 1_000);
        byte[] first = body.readNBytes(before * PIECE);
        assertEquals(0, first[0]);
        assertEquals((byte) (before - 1), first[first.length - 1]);
        assertTrue(client.delivered > before, "asked again as the reader took the bytes");
        client.pieces = client.delivered; // the client has no more for now
        body.onComplete();
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        body.transferTo(rest);
        assertEquals((long) (client.delivered - before) * PIECE, rest.size(), "every byte once, then the end");
    }

    @Test
    void aBreakComesAfterTheBytesBeforeItAndClosingCancels() throws IOException {
        BodyStream body = new BodyStream(1 << 20, LONG);
        Client client = new Client();
        client.body = body;
        client.pieces = 2;
        body.onSubscribe(client);
        IOException cut = new IOException("verbinding verbroken");
        body.onError(cut);
        byte[] read = body.readNBytes(2 * PIECE);
        assertEquals(2 * PIECE, read.length);
        IOException thrown = assertThrows(IOException.class, body::read);
        assertSame(cut, thrown.getCause());

        BodyStream early = new BodyStream(1 << 20, LONG);
        Client other = new Client();
        other.body = early;
        other.pieces = 1;
        early.onSubscribe(other);
        early.close();
        assertTrue(other.cancelled, "closing before the end cancels the rest");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aBodyThatStopsComingFailsAfterTheIdleWaitAndCancelsTheRest() throws IOException {
        Duration idle = Duration.ofMillis(40);
        BodyStream body = new BodyStream(1 << 20, idle);
        Client client = new Client();
        client.body = body;
        client.pieces = 2; // then the client has nothing more, and never completes: a stalled answer
        body.onSubscribe(client);
        assertEquals(2 * PIECE, body.readNBytes(2 * PIECE).length, "the bytes before the stall are read");
        long from = System.nanoTime();
        AnswerStalledException stalled = assertThrows(AnswerStalledException.class, body::read);
        long waited = System.nanoTime() - from;
        assertTrue(waited >= idle.toNanos(), "waited the idle limit first: " + waited / 1_000 + " µs");
        assertEquals(idle, stalled.idle());
        assertTrue(client.cancelled, "the rest is cancelled, so the connection is not used again");
        assertThrows(IOException.class, body::read, "and it stays failed");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theEndOrABreakThatComesWhileTheReaderWaitsIsNotAStall() throws Exception {
        for (boolean cut : new boolean[] {false, true}) {
            BodyStream body = new BodyStream(1 << 20, LONG);
            Client client = new Client();
            client.body = body;
            body.onSubscribe(client);
            Thread reader = Thread.currentThread();
            Thread hub = new Thread(() -> {
                while (reader.getState() != Thread.State.TIMED_WAITING) {
                    Thread.onSpinWait();
                }
                if (cut) {
                    body.onError(new IOException("verbinding verbroken"));
                } else {
                    body.onComplete();
                }
            });
            hub.start();
            if (cut) {
                IOException e = assertThrows(IOException.class, body::read);
                assertTrue(!(e instanceof AnswerStalledException), e.toString());
            } else {
                assertEquals(-1, body.read());
            }
            hub.join();
        }
    }
}
