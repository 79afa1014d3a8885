package nl.werkmap.report.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.werkmap.report.table.SmallCellPolicy.Mark;

class SmallCellPolicyTest {

    private final SmallCellPolicy policy = new SmallCellPolicy();

    @Test
    void countsOneToFourAreHiddenZeroAndFiveAreShown() {
        assertEquals(Mark.SHOWN, SmallCellPolicy.single(0));
        assertEquals(Mark.SMALL, SmallCellPolicy.single(1));
        assertEquals(Mark.SMALL, SmallCellPolicy.single(4));
        assertEquals(Mark.SHOWN, SmallCellPolicy.single(5));
        assertEquals("<5", ReportCell.count(3).display());
        assertEquals("1.234", ReportCell.count(1234).display());
    }

    @Test
    void aLoneSmallCellInARowGetsAComplementSoTheRowTotalGivesNothingAway() {
        Protection p = policy.protect(new long[][] {{3, 7, 20}}, true, false);
        assertEquals(Mark.SMALL, p.mark(0, 0));
        assertEquals(Mark.COMPLEMENT, p.mark(0, 1), "the smallest cell of 5 or more is hidden with it");
        assertEquals(Mark.SHOWN, p.mark(0, 2));
        assertEquals(Mark.SHOWN, p.rowTotalMark(0));
        assertTrue(new Attacker(p, true, false).recoverable().isEmpty());
    }

    @Test
    void twoOnesAreNotSafeTogetherBecauseTheirSumCanOnlyBeSplitOneWay() {
        Protection p = policy.protect(new long[][] {{1, 1, 10}}, true, false);
        assertNotEquals(Mark.SHOWN, p.mark(0, 2), "1+1=2 pins both cells, so a third must go");
        assertTrue(new Attacker(p, true, false).recoverable().isEmpty());
    }

    @Test
    void aRowWithOnlySmallCellsAndZerosHidesItsTotal() {
        Protection p = policy.protect(new long[][] {{2, 0, 0}, {6, 7, 8}}, true, true);
        assertTrue(new Attacker(p, true, true).recoverable().isEmpty());
        assertEquals(Mark.SMALL, p.rowTotalMark(0), "2 is itself small");
    }

    @Test
    void aCrossTableWithTotalsIsProtectedInBothDirections() {
        long[][] cells = {{12, 3, 9}, {8, 10, 14}, {6, 11, 2}};
        Protection p = policy.protect(cells, true, true);
        assertEquals(Mark.SMALL, p.mark(0, 1));
        assertEquals(Mark.SMALL, p.mark(2, 2));
        assertTrue(new Attacker(p, true, true).recoverable().isEmpty());
        assertEquals(75, p.grandTotal());
    }

    @Test
    void aColumnOfCoachesWithOneSmallCountHidesASecondCoach() {
        Protection p = policy.protect(new long[][] {{40}, {2}, {55}, {0}}, false, true);
        assertEquals(Mark.SMALL, p.mark(1, 0));
        assertEquals(Mark.COMPLEMENT, p.mark(0, 0));
        assertEquals(Mark.SHOWN, p.mark(3, 0), "a zero is only hidden when no larger cell can do");
        assertEquals(Mark.SHOWN, p.columnTotalMark(0));
    }
}
