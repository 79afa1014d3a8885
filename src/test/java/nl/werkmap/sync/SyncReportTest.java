package nl.werkmap.sync;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which rounds make the window read its lists again: those that brought changes, conflicts or transfers. */
class SyncReportTest {

    @Test
    void aRoundThatOnlySentOrFailedBroughtNothing() {
        assertFalse(new SyncReport(3, 0, 0, 0, null).broughtSomething(), "sent only: the marks show it");
        assertFalse(new SyncReport(0, 2, 0, 0, null).broughtSomething(), "bundles with nothing new in them");
        assertFalse(new SyncReport(0, 0, 0, 0, "De hub is niet bereikbaar").broughtSomething());
    }

    @Test
    void changesConflictsAndTransfersAreSomething() {
        assertTrue(new SyncReport(0, 1, 4, 0, null).broughtSomething());
        assertTrue(new SyncReport(0, 1, 0, 1, null).broughtSomething());
        assertTrue(new SyncReport(0, 1, 0, 0, 2, null).broughtSomething());
    }
}
