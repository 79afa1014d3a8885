package nl.werkmap.report.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

import nl.werkmap.report.table.SmallCellPolicy.Mark;

/**
 * A total that another table had to hide (the number of school leavers, of active candidates, of outflow) is
 * hidden here from the start and protected like any hidden number: no hidden number, that total included, can be
 * worked out from what this table publishes.
 */
class SharedTotalPropertyTest {

    @Property(tries = 300)
    void aSharedTotalHiddenFromTheStartCannotBeWorkedOut(@ForAll("tables") long[][] cells,
                                                          @ForAll @IntRange(min = 0, max = 1) int layout) {
        boolean rowTotals = layout == 1;
        int rows = cells.length;
        int cols = cells[0].length;
        // The shared total: the grand total of a two-way table, every column total of a one-way one.
        Protection p = new SmallCellPolicy().protect(cells, cols, rowTotals, true,
                (i, j) -> i == rows && (!rowTotals || j == cols));
        List<int[]> pinned = new Attacker(p, rowTotals, true).recoverable();
        assertTrue(pinned.isEmpty(), () -> "recoverable " + pinned.stream().map(Arrays::toString)
                .collect(Collectors.joining(",")) + " in " + Arrays.deepToString(cells) + " layout " + layout);
        for (int j = 0; j < (rowTotals ? 1 : cols); j++) {
            int col = rowTotals ? cols : j;
            if (p.value(rows, col) > 0) {
                assertTrue(p.mark(rows, col) != Mark.SHOWN, "the shared total stays hidden");
            }
        }
    }

    /** Found by the generated-caseload property: the 12-month column all shown, its total hidden for the other table. */
    @Example
    void aHiddenTotalOverShownNumbersGetsACompanion() {
        long[][] situation = {{0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 0}, {3, 5}};
        Protection p = new SmallCellPolicy().protect(situation, 2, false, true, (i, j) -> i == 6);
        assertEquals(Mark.COMPLEMENT, p.mark(5, 1), "the 5 is hidden with the total it would give away");
        assertTrue(new Attacker(p, false, true).recoverable().isEmpty());
    }

    @Provide
    Arbitrary<long[][]> tables() {
        Arbitrary<Long> cell = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0L)),
                Tuple.of(3, Arbitraries.longs().between(1, 4)), Tuple.of(4, Arbitraries.longs().between(5, 12)));
        return Arbitraries.integers().between(1, 3).flatMap(rows -> Arbitraries.integers().between(1, 3).flatMap(cols ->
                cell.array(long[].class).ofSize(cols).array(long[][].class).ofSize(rows)));
    }
}
