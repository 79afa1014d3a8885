package nl.werkmap.sync.client;

import java.net.SocketTimeoutException;
import java.time.Duration;

/** An answer's body stopped coming: the reader waited {@link #idle()} for its next byte, the connection still open. */
final class AnswerStalledException extends SocketTimeoutException {

    private static final long serialVersionUID = 1L;

    private final transient Duration idle;

    AnswerStalledException(Duration idle) {
        super("no bytes of the answer for " + idle.toMillis() + " ms");
        this.idle = idle;
    }

    Duration idle() {
        return idle;
    }
}
