package nl.werkmap.report.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.werkmap.report.table.SmallCellPolicy.Mark;

/** The audit on hand-marked tables, checked against the independent {@link Attacker}. */
class CycleSearchTest {

    private static final Mark S = Mark.SHOWN;
    private static final Mark L = Mark.SMALL;
    private static final Mark X = Mark.COMPLEMENT;

    /**
     * What the old equation-by-equation rule published for {{0,0},{3,8}}: every equation looked safe on its own, but
     * the "x" in the top row sits in a row whose published total is 0, so it is 0, and then the column gives the 8.
     */
    @Test
    void aHiddenZeroInARowWithTotalZeroIsPinnedAndTheAuditSaysSo() {
        long[][] v = {{0, 0, 0}, {3, 8, 11}, {3, 8, 11}};
        Mark[][] m = {{S, X, S}, {L, X, S}, {L, S, S}};
        CycleSearch audit = new CycleSearch(new TableNetwork(2, 2, true, true), v, m);
        assertArrayEquals(new int[] {0, 1}, audit.firstPinned());
        assertEquals(4, new Attacker(protection(v, m, 2, 2), true, true).recoverable().size(),
                "the attacker recovers the zero, the 8 and, through them, the 3 and its total");
    }

    @Test
    void aRectangleOfHiddenCellsWithRoomToMoveIsNotPinned() {
        long[][] v = {{12, 3, 9, 24}, {8, 10, 14, 32}, {6, 11, 2, 19}, {26, 24, 25, 75}};
        Mark[][] m = {{S, L, X, S}, {S, S, S, S}, {S, X, L, S}, {S, S, S, S}};
        CycleSearch audit = new CycleSearch(new TableNetwork(3, 3, true, true), v, m);
        assertNull(audit.firstPinned());
        assertTrue(new Attacker(protection(v, m, 3, 3), true, true).recoverable().isEmpty());
    }

    @Test
    void twoSmallCellsThatCanOnlyMoveAgainstEachOtherArePinned() {
        // 1 + 1 with a published total 2: each "<5" would have to go below 1 for the other to rise.
        long[][] v = {{1, 1, 10, 12}};
        Mark[][] m = {{L, L, S, S}};
        CycleSearch audit = new CycleSearch(new TableNetwork(1, 3, true, false), v, m);
        assertArrayEquals(new int[] {0, 0}, audit.firstPinned());
        assertEquals(2, new Attacker(protection(v, m, 1, 3), true, false).recoverable().size());
    }

    @Test
    void theCheapestCycleHidesTheSmallestCountOfItsRowNotTheTotal() {
        long[][] v = {{3, 7, 20, 30}};
        Mark[][] m = {{L, S, S, S}};
        CycleSearch search = new CycleSearch(new TableNetwork(1, 3, true, false), v, m);
        List<int[]> hide = search.cheapestCycle(0, 0, true);
        assertEquals(1, hide.size());
        assertArrayEquals(new int[] {0, 1}, hide.get(0));
    }

    @Test
    void withoutTotalsNothingIsPinned() {
        long[][] v = {{3, 0, 9}};
        Mark[][] m = {{L, S, S}};
        assertNull(new CycleSearch(new TableNetwork(1, 3, false, false), v, m).firstPinned());
    }

    private static Protection protection(long[][] v, Mark[][] m, int rows, int cols) {
        return new Protection(v, m, rows, cols, v[0].length > cols, v.length > rows);
    }
}
