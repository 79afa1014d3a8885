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

    @Test
    void linesOfZerosStayPublishedAndNoZeroIsEverHidden() {
        long[][] cells = {{0, 0, 0, 0}, {0, 0, 2, 4}, {0, 1, 1, 3}};
        Protection p = policy.protect(cells, true, true);
        assertTrue(new Attacker(p, true, true).recoverable().isEmpty());
        for (int i = 0; i <= 3; i++) {
            for (int j = 0; j <= 4; j++) {
                if (p.value(i, j) == 0) {
                    assertEquals(Mark.SHOWN, p.mark(i, j), "zero at " + i + "," + j);
                }
            }
        }
    }

    @Test
    void aSingleSmallCellInALineGetsItsPartnerInThatLine() {
        Protection p = policy.protect(new long[][] {{3, 8, 9}, {6, 7, 10}}, true, true);
        assertEquals(Mark.SMALL, p.mark(0, 0));
        assertEquals(Mark.COMPLEMENT, p.mark(0, 1), "8 is the cheapest partner in the row");
        assertEquals(4, hiddenCount(p, 3, 4), "a rectangle: two in the row, two in the row below");
        assertTrue(new Attacker(p, true, true).recoverable().isEmpty());
        for (int i = 0; i < 2; i++) {
            assertEquals(Mark.SHOWN, p.rowTotalMark(i));
        }
        for (int j = 0; j < 3; j++) {
            assertEquals(Mark.SHOWN, p.columnTotalMark(j));
        }
    }

    @Test
    void smallCellsThatCanOnlyMoveAgainstEachOtherAreWidenedWhenNothingElseIsLeft() {
        Protection p = policy.protect(new long[][] {{1, 1, 1, 1}}, true, true);
        assertTrue(new Attacker(p, true, true).recoverable().isEmpty());
        assertEquals(10, hiddenCount(p, 2, 5), "every number is below 5 or a total of them");
        assertTrue(count(p, 2, 5, Mark.COMPLEMENT) > 0,
                "a 1 can only rise, its neighbours cannot fall and the totals of 4 cannot rise: some are widened");
    }

    @Test
    void aOneCellTableWhoseTotalsAreAllTheGrandTotal() {
        Protection small = policy.protect(new long[][] {{3}}, true, true);
        assertEquals(Mark.SMALL, small.grandTotalMark());
        assertTrue(new Attacker(small, true, true).recoverable().isEmpty());
        Protection big = policy.protect(new long[][] {{7}}, true, true);
        assertEquals(0, hiddenCount(big, 2, 2));
    }

    @Test
    void aOneRowTableWithBothTotalsHidesInTheTotalRowToo() {
        Protection p = policy.protect(new long[][] {{3, 50, 9}}, true, true);
        assertTrue(new Attacker(p, true, true).recoverable().isEmpty());
        assertEquals(Mark.COMPLEMENT, p.mark(0, 2), "9 is the cheapest partner of 3");
    }

    @Test
    void withoutTotalsOnlyTheSmallCountsAreHidden() {
        Protection p = policy.protect(new long[][] {{3, 0, 9}, {1, 6, 0}}, false, false);
        assertEquals(2, hiddenCount(p, 2, 3));
    }

    /** Hidden numbers in the extended table, totals included: {@code rows} x {@code cols} of them. */
    private static int hiddenCount(Protection p, int rows, int cols) {
        return count(p, rows, cols, Mark.SMALL) + count(p, rows, cols, Mark.COMPLEMENT);
    }

    private static int count(Protection p, int rows, int cols, Mark mark) {
        int n = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                n += p.mark(i, j) == mark ? 1 : 0;
            }
        }
        return n;
    }
}
