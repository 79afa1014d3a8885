package nl.werkmap.sync.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body as an input stream that the HTTP client fills ahead of the reader, up to {@code ahead} bytes. The
 * JDK's own {@code BodyHandlers.ofInputStream} asks the connection for one buffer (16 KB) only after the reader took
 * the one before: while the reader opened a bundle (CPU work of a few hundred milliseconds), nothing came in, and a
 * first sync of 200 MB took twice as long as reading the body whole. Here the client keeps reading while the reader
 * works, and stops asking (so the hub waits, TCP holds it back) when {@code ahead} bytes wait unread: memory stays
 * bounded at about {@code ahead} plus what the reader holds.
 *
 * <p>A body that breaks off (the connection cut, the hub's stream ended short) makes {@link #read} throw an
 * {@link IOException} once the bytes before the break are read; closing the stream early cancels the rest.
 */
final class BodyStream extends InputStream implements HttpResponse.BodySubscriber<InputStream> {

    /** Buffers asked for at most at once; the client delivers one buffer of up to 16 KB each. */
    private static final int MAX_DEMAND = 32;

    private final long ahead;
    private final CompletableFuture<InputStream> body = new CompletableFuture<>();
    private final ArrayDeque<ByteBuffer> queue = new ArrayDeque<>();
    private Flow.Subscription subscription;
    private long queued;
    private int demand;
    private boolean complete;
    private Throwable failure;
    private boolean closed;
    private ByteBuffer current;
    /** Held while calling the subscription, so calls on it never overlap. */
    private final Object requesting = new Object();

    BodyStream(long ahead) {
        this.ahead = ahead;
        body.complete(this);
    }

    @Override
    public CompletionStage<InputStream> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        boolean cancel;
        synchronized (this) {
            cancel = closed || subscription != null;
            if (!cancel) {
                subscription = s;
            }
        }
        if (cancel) {
            s.cancel();
            return;
        }
        askMore();
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        synchronized (this) {
            demand--;
            if (!closed) {
                for (ByteBuffer b : buffers) {
                    if (b.hasRemaining()) {
                        queue.add(b);
                        queued += b.remaining();
                    }
                }
            }
            notifyAll();
        }
        askMore();
    }

    @Override
    public synchronized void onError(Throwable e) {
        failure = e;
        notifyAll();
    }

    @Override
    public synchronized void onComplete() {
        complete = true;
        notifyAll();
    }

    /**
     * Asks the client for more buffers while fewer than {@code ahead} bytes wait. The reader and the client's thread
     * both ask; {@link #requesting} makes their calls on the subscription one at a time (Reactive Streams rule 2.7),
     * while this stream's own lock is not held during the call (the client may deliver within it).
     */
    private void askMore() {
        synchronized (requesting) {
            Flow.Subscription s;
            int more;
            synchronized (this) {
                s = subscription;
                if (s == null || closed || complete || failure != null) {
                    return;
                }
                more = queued < ahead ? MAX_DEMAND - demand : 0;
                if (more <= 0) {
                    return;
                }
                demand += more;
            }
            s.request(more);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] into, int from, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (current == null || !current.hasRemaining()) {
            current = next();
            if (current == null) {
                return -1;
            }
        }
        int n = Math.min(length, current.remaining());
        current.get(into, from, n);
        return n;
    }

    /** The next buffer, waiting for it; null at the end of the body; the failure when the body broke off. */
    private ByteBuffer next() throws IOException {
        ByteBuffer taken;
        synchronized (this) {
            while (queue.isEmpty() && !complete && failure == null && !closed) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("Het lezen van het antwoord van de hub is onderbroken.");
                }
            }
            if (closed) {
                throw new IOException("stream closed");
            }
            taken = queue.poll();
            if (taken == null) {
                if (failure != null) {
                    throw failure instanceof IOException io ? new IOException(io.getMessage(), io)
                            : new IOException(String.valueOf(failure.getMessage()), failure);
                }
                return null;
            }
            queued -= taken.remaining();
        }
        askMore();
        return taken;
    }

    @Override
    public synchronized int available() {
        return (current == null ? 0 : current.remaining()) + (int) Math.min(Integer.MAX_VALUE, queued);
    }

    /** Stops reading; what the client has not delivered yet is cancelled. */
    @Override
    public void close() {
        Flow.Subscription s;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
            queued = 0;
            s = complete || failure != null ? null : subscription;
            notifyAll();
        }
        if (s != null) {
            synchronized (requesting) {
                s.cancel();
            }
        }
    }
}
