package nl.werkmap.hub.http;

/**
 * The bytes of request bodies the hub holds in memory at once, over all requests. A body reserves what its buffer
 * grows to and gives it back when its request is done; what does not fit is never buffered.
 */
final class BodyBudget {

    private final long capacity;
    private long reserved;

    BodyBudget(long capacity) {
        this.capacity = capacity;
    }

    long capacity() {
        return capacity;
    }

    synchronized boolean tryReserve(long bytes) {
        if (bytes > capacity - reserved) {
            return false;
        }
        reserved += bytes;
        return true;
    }

    synchronized void release(long bytes) {
        reserved = Math.max(0, reserved - bytes);
    }

    synchronized long reserved() {
        return reserved;
    }
}
