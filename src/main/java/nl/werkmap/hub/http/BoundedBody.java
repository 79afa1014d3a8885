package nl.werkmap.hub.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a request body as a stream and stops at a limit, for a declared length and a chunked body alike: a length
 * over the limit is refused before a byte is read, and a stream is cut the moment it passes the limit. The buffer
 * never grows past the limit, and only as far as the shared {@link BodyBudget} allows; a body that does not fit in
 * the budget is read to its end without being kept (to tell "too large" from "busy") and refused. Close it when the
 * request is done to return its bytes to the budget.
 */
final class BoundedBody implements AutoCloseable {

    private static final int CHUNK = 64 * 1024;

    private final BodyBudget budget;
    private long reserved;
    private byte[] buffer;
    private int length;

    private BoundedBody(BodyBudget budget) {
        this.budget = budget;
    }

    /**
     * @throws RequestTooLargeException when the declared or the streamed length passes {@code limit}
     * @throws HubBusyException when the body was within the limit but the budget had no room for it
     */
    static BoundedBody read(InputStream in, long declaredLength, long requestedLimit, BodyBudget budget)
            throws IOException {
        // A body the whole budget could not hold is never accepted: too large for good, not "busy, try again".
        long limit = Math.min(requestedLimit, budget.capacity());
        if (declaredLength > limit) {
            throw new RequestTooLargeException(limit);
        }
        BoundedBody body = new BoundedBody(budget);
        try {
            body.fill(in, declaredLength, limit);
            return body;
        } catch (IOException | RuntimeException e) {
            body.close();
            throw e;
        }
    }

    private void fill(InputStream in, long declaredLength, long limit) throws IOException {
        boolean keeping = grow(Math.max(1, Math.min(limit, declaredLength >= 0 ? declaredLength : CHUNK)));
        byte[] scratch = null;
        long total = 0;
        while (true) {
            if (keeping && length == buffer.length && buffer.length < limit) {
                keeping = grow(Math.min(limit, Math.max(buffer.length * 2L, CHUNK)));
            }
            int n;
            boolean intoBuffer = keeping && length < buffer.length;
            if (intoBuffer) {
                n = in.read(buffer, length, Math.min(buffer.length - length, CHUNK));
            } else {
                // Not kept: counted only, to refuse it as too large the moment it passes the limit (or, kept up to
                // the limit already, to see whether anything follows).
                scratch = scratch == null ? new byte[CHUNK] : scratch;
                n = in.read(scratch, 0, CHUNK);
            }
            if (n < 0) {
                break;
            }
            total += n;
            if (total > limit) {
                throw new RequestTooLargeException(limit);
            }
            if (intoBuffer) {
                length += n;
            }
        }
        if (!keeping) {
            throw new HubBusyException();
        }
    }

    /** Grows the buffer to {@code size} if the budget allows; otherwise drops it (the body is no longer kept). */
    private boolean grow(long size) {
        long more = size - (buffer == null ? 0 : buffer.length);
        if (more <= 0) {
            return buffer != null;
        }
        if (!budget.tryReserve(more)) {
            release();
            return false;
        }
        reserved += more;
        buffer = buffer == null ? new byte[(int) size] : Arrays.copyOf(buffer, (int) size);
        return true;
    }

    /**
     * The body as text (a bundle is ASCII, an enrolment UTF-8 JSON), once: the bytes are dropped and their
     * reservation then stands for the text until {@link #close()}.
     */
    String text() {
        if (buffer == null) {
            throw new IllegalStateException("The body was read already");
        }
        String text = new String(buffer, 0, length, StandardCharsets.UTF_8);
        buffer = null;
        return text;
    }

    private void release() {
        buffer = null;
        length = 0;
        budget.release(reserved);
        reserved = 0;
    }

    @Override
    public void close() {
        release();
    }
}
