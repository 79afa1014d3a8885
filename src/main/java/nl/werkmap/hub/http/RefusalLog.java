package nl.werkmap.hub.http;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs refused requests for the administrator in bounded form: one line each with status, code, method, path,
 * address and message, every field cut short and stripped of line breaks and control characters (a client chooses
 * path and message text; it must not forge log lines nor fill the disk), never a body. A flood logs at most a burst
 * and then a steady few lines a minute; the next line logged says how many were left out.
 */
final class RefusalLog {

    static final int MAX_FIELD = 120;
    private static final Logger LOG = LoggerFactory.getLogger(RefusalLog.class);

    private final TokenBuckets lines;
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong skippedFaults = new AtomicLong();
    private final Sink sink;
    private final ErrorSink errorSink;

    interface Sink {
        void line(String text);
    }

    interface ErrorSink {
        void line(String text, Throwable fault);
    }

    RefusalLog(Clock clock) {
        this(clock, LOG::warn, LOG::error);
    }

    RefusalLog(Clock clock, Sink sink, ErrorSink errorSink) {
        this.lines = new TokenBuckets(new RateLimit(20, 0.2), clock, 2);
        this.sink = sink;
        this.errorSink = errorSink;
    }

    /**
     * A request the hub could not serve (database, keys, a fault): logged with its stack trace, for the
     * administrator, but as bounded as refusals: while the database is down every request fails alike.
     */
    void fault(String what, String path, Throwable fault) {
        if (lines.take("fault").isPresent()) {
            skippedFaults.incrementAndGet();
            return;
        }
        long left = skippedFaults.getAndSet(0);
        errorSink.line(what + " " + bounded(path) + (left > 0 ? " (" + left + " eerdere fouten niet gelogd)" : ""),
                fault);
    }

    void refused(int status, String code, String method, String path, String address, String message) {
        if (lines.take("log").isPresent()) {
            skipped.incrementAndGet();
            return;
        }
        long left = skipped.getAndSet(0);
        sink.line("Geweigerd " + status + " " + bounded(code) + ": " + bounded(method) + " " + bounded(path) + " van "
                + bounded(address) + " - " + bounded(message)
                + (left > 0 ? " (" + left + " eerdere weigeringen niet gelogd)" : ""));
    }

    /** Cut to {@value #MAX_FIELD} characters; anything but printable text becomes '?'. */
    static String bounded(String text) {
        if (text == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_FIELD + 1));
        for (int i = 0; i < text.length() && out.length() < MAX_FIELD; i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR || Character.isSurrogate(c) ? '?' : c);
        }
        if (text.length() > MAX_FIELD) {
            out.append('…');
        }
        return out.toString();
    }
}
