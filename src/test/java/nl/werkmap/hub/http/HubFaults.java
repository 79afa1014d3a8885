package nl.werkmap.hub.http;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fault injection for tests, as {@link RequestHooks}: the next N requests fail with HTTP 500 before doing anything,
 * or do their work and then answer 500 (a lost acknowledgement), or are delayed. Lives in test code only; the
 * production hub runs with {@link RequestHooks#NONE}.
 */
public final class HubFaults implements RequestHooks {

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

    @Override
    public void beforeRequest() throws InterruptedException {
        long delay = delayMillis.get();
        if (delay > 0) {
            Thread.sleep(delay); // a slow hub, as the client's timeout sees it
        }
        if (failBefore.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            throw new IllegalStateException("ingestelde storing (test)");
        }
    }

    @Override
    public void afterReceive() {
        if (loseAck.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            throw new IllegalStateException("ingestelde storing na verwerken (test)");
        }
    }
}
