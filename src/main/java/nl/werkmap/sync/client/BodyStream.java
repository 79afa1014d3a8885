package nl.werkmap.sync.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * A response body as an input stream that the HTTP client fills ahead of the reader, up to {@code ahead} bytes. The
 * JDK's own {@code BodyHandlers.ofInputStream} asks the connection for one buffer (16 KB) only after the reader took
 * the one before: while the reader opened a bundle (CPU work of a few hundred milliseconds), nothing came in, and a
 * first sync of 200 MB took twice as long as reading the body whole. Here the client keeps reading while the reader
 * works, and stops asking (so the hub waits, TCP holds it back) when {@code ahead} bytes wait unread: memory stays
 * bounded at about {@code ahead} plus what the reader holds.
 *
 * <p>A body that breaks off (the connection cut, the hub's stream ended short) makes {@link #read} throw an
 * {@link IOException} once the bytes before the break are read; closing the stream early cancels the rest. A body
 * that stops coming (the hub or the way to it hangs, the connection stays open) makes {@link #read} throw an
 * {@link AnswerStalledException} once the reader has waited {@code idle} for its next byte, and cancels the rest:
 * the HTTP client's own timeout ends at the headers, so without this a stalled answer would hold the reader forever.
 * Time the reader spends elsewhere does not count (the hub may be held back then, because this stream stopped
 * asking), only its wait for bytes.
 */
final class BodyStream extends InputStream implements HttpResponse.BodySubscriber<InputStream> {

    /** Buffers asked for at most at once; the client delivers one buffer of up to 16 KB each. */
    private static final int MAX_DEMAND = 32;

    private final long ahead;
    private final Duration idle;
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

    /**
     * @param ahead bytes the client may deliver ahead of the reader
     * @param idle  the longest the reader waits for its next byte before the body counts as stalled
     */
    BodyStream(long ahead, Duration idle) {
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("idle must be positive: " + idle);
        }
        this.ahead = ahead;
        this.idle = idle;
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

    /**
     * The HTTP client reported the body's break elsewhere (from {@code send}): the body ends with {@code e} after
     * what came in, unless its end or a failure was already delivered here.
     */
    synchronized void brokeOff(Throwable e) {
        if (!complete && failure == null) {
            failure = e;
            notifyAll();
        }
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

    /**
     * The next buffer, waiting for it at most {@code idle}; null at the end of the body; the failure when the body
     * broke off; {@link AnswerStalledException} (and the rest cancelled) when nothing came in that long.
     */
    private ByteBuffer next() throws IOException {
        ByteBuffer taken;
        boolean stalled;
        synchronized (this) {
            stalled = waitForBytes();
            if (closed) {
                throw new IOException("stream closed");
            }
            taken = queue.poll();
            if (taken == null && failure != null) {
                throw failure instanceof IOException io ? new IOException(io.getMessage(), io)
                        : new IOException(String.valueOf(failure.getMessage()), failure);
            }
            if (taken != null) {
                queued -= taken.remaining();
            }
        }
        if (taken == null) {
            if (stalled) {
                close(); // the rest is cancelled (the connection is not used again); later reads fail as closed
                throw new AnswerStalledException(idle);
            }
            return null;
        }
        askMore();
        return taken;
    }

    /**
     * Waits (holding this lock) until a buffer, the end, a failure or a close is in, or {@code idle} has passed;
     * returns whether it is still waiting for bytes then (the body stalled).
     */
    private boolean waitForBytes() throws IOException {
        long from = System.nanoTime();
        long limit = saturatedNanos(idle);
        while (queue.isEmpty() && !complete && failure == null && !closed) {
            long left = limit - (System.nanoTime() - from);
            if (left <= 0) {
                return true;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("Het lezen van het antwoord van de hub is onderbroken.");
            }
        }
        return false;
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
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
