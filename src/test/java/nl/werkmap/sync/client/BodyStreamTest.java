package nl.werkmap.sync.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Flow;

import org.junit.jupiter.api.Test;

/**
 * The body stream asks the HTTP client for more only while fewer than its read-ahead bytes wait unread (so memory is
 * bounded whatever the hub sends), asks again as the reader takes them, gives the bytes in order, and after a break
 * gives the bytes before it, then the failure.
 */
class BodyStreamTest {

    private static final int PIECE = 16 * 1024;

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
        BodyStream body = new BodyStream(ahead);
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
        BodyStream body = new BodyStream(1 << 20);
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

        BodyStream early = new BodyStream(1 << 20);
        Client other = new Client();
        other.body = early;
        other.pieces = 1;
        early.onSubscribe(other);
        early.close();
        assertTrue(other.cancelled, "closing before the end cancels the rest");
    }
}
