package nl.werkmap.hub.http;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test hook for fault injection: the next N requests fail with HTTP 500 before doing anything, or do their work and
 * then answer 500 (a lost acknowledgement), or are delayed. Off unless a test turns it on; the CLI never does.
 */
public final class HubFaults {

    private final AtomicInteger failBefore = new AtomicInteger();
    private final AtomicInteger loseAck = new AtomicInteger();
    private final AtomicLong delayMillis = new AtomicLong();

    public void failNextRequests(int count) {
        failBefore.set(count);
    }

    public void loseNextAcknowledgements(int count) {
        loseAck.set(count);
    }

    public void delayEveryRequest(long millis) {
        delayMillis.set(millis);
    }

    boolean takeFailBefore() {
        return failBefore.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    boolean takeLoseAck() {
        return loseAck.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    long delay() {
        return delayMillis.get();
    }
}
