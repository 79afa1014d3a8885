package nl.werkmap.security;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Objects that hold one key's material (initialised ciphers, tables derived from it), kept for reuse and wiped when
 * the key is destroyed. They belong to the key ({@link AesKey}), not to the threads: a per-thread cache would keep
 * the key in every worker thread after the vault locks. Here {@link #drop()} takes every idle object away, wipes it
 * and forgets it; one in use when that happens is wiped the same way when it is given back. After that nothing in
 * this package refers to an object that ever held the key.
 *
 * <p>A few slots, picked by thread id, each holding at most one idle object: borrowing is one atomic swap, and
 * threads rarely meet in a slot. A thread that finds its slot empty makes a new one.
 */
abstract class KeyPool<T> {

    private static final int SLOTS = Integer.highestOneBit(Math.max(1, Runtime.getRuntime().availableProcessors())) * 4;

    private final AtomicReferenceArray<T> slots = new AtomicReferenceArray<>(SLOTS);
    private volatile boolean dropped;

    /** A new object for the pool. */
    abstract T create();

    /** Wipes what {@code item} holds of the key. */
    abstract void wipe(T item);

    /** An object for this thread's use until {@link #giveBack}. */
    T borrow() {
        T idle = slots.getAndSet(slot(), null);
        return idle != null ? idle : create();
    }

    /** Returns a borrowed object for reuse, or wipes and forgets it when the key was destroyed meanwhile. */
    void giveBack(T item) {
        int slot = slot();
        if (dropped || !slots.compareAndSet(slot, null, item)) {
            if (dropped) {
                wipe(item);
            }
            return;
        }
        if (dropped) { // drop() ran between the check and the put: take it out again
            T again = slots.getAndSet(slot, null);
            if (again != null) {
                wipe(again);
            }
        }
    }

    /** Wipes and forgets every idle object; objects in use follow when they are given back. */
    void drop() {
        dropped = true;
        for (int i = 0; i < SLOTS; i++) {
            T idle = slots.getAndSet(i, null);
            if (idle != null) {
                wipe(idle);
            }
        }
    }

    private static int slot() {
        return (int) Thread.currentThread().getId() & (SLOTS - 1);
    }
}
