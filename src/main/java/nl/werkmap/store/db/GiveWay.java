package nl.werkmap.store.db;

import java.util.function.BooleanSupplier;

/**
 * How work nobody waits for (the day's integrity check of a 5 GB caseload, about half a minute of a core) gives way
 * to the coach: called between steps of that work, it may hold the work back while the coach is typing or clicking,
 * so the list follows each key without sharing the cores with it. Thread priorities cannot do this: Linux ignores
 * them for a Java thread.
 */
@FunctionalInterface
public interface GiveWay {

    /** Never holds the work back (the check before an open, tests). */
    GiveWay NEVER = hurry -> { };

    /**
     * Returns when the work may go on: at once, or after a pause while the coach is busy. Returns early as soon as
     * {@code hurry} holds (someone now waits for the work's result). A pause ends at the latest after a bound of the
     * implementation's, so the work always moves on.
     */
    void giveWay(BooleanSupplier hurry) throws InterruptedException;
}
