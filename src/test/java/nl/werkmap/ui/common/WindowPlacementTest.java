package nl.werkmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A remembered window place is restored only if it still fits the screen and is not smaller than the minimum. */
class WindowPlacementTest {

    @Test
    void aPlaceInsideTheScreenFits() {
        assertTrue(new WindowPlacement(10, 10, 1200, 700, false).fitsIn(0, 0, 1366, 728));
    }

    @Test
    void aPlaceOnAMonitorThatIsGoneDoesNotFit() {
        assertFalse(new WindowPlacement(1900, 10, 1200, 700, false).fitsIn(0, 0, 1366, 728));
    }

    @Test
    void theOldDefaultSizeIsTooSmallToRestoreOnlyBelowTheMinimum() {
        assertFalse(new WindowPlacement(0, 0, 800, 500, false).fitsIn(0, 0, 1366, 728));
        assertTrue(new WindowPlacement(0, 0, 1024, 640, false).fitsIn(0, 0, 1366, 728));
    }
}
