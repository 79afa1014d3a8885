package nl.werkmap.report.table;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever the table, no hidden number can be worked out from what is published (totals included). */
class SmallCellPropertyTest {

    @Property(tries = 800)
    void noHiddenCellCanBeRecoveredFromThePublishedTotals(@ForAll("tables") long[][] cells,
                                                          @ForAll @IntRange(min = 0, max = 2) int layout) {
        boolean rowTotals = layout != 1;
        boolean columnTotals = layout != 0;
        Protection p = new SmallCellPolicy().protect(cells, rowTotals, columnTotals);
        List<int[]> pinned = new Attacker(p, rowTotals, columnTotals).recoverable();
        assertTrue(pinned.isEmpty(), () -> "recoverable " + pinned.stream().map(Arrays::toString)
                .collect(Collectors.joining(",")) + " in " + Arrays.deepToString(cells) + " layout " + layout);
    }

    /** Found by the property above: a row of zeros whose total 0 pinned every hidden cell in it. */
    @net.jqwik.api.Example
    void aRowOfZerosDoesNotGiveHiddenCellsAway() {
        long[][] cells = {{0, 0, 0, 0}, {0, 0, 2, 4}, {0, 1, 1, 3}};
        Protection p = new SmallCellPolicy().protect(cells, true, true);
        List<int[]> pinned = new Attacker(p, true, true).recoverable();
        assertTrue(pinned.isEmpty(), () -> "recoverable " + pinned.stream().map(Arrays::toString)
                .collect(Collectors.joining(",")));
    }

    @Property(tries = 300)
    void everyCountFromOneToFourIsHidden(@ForAll("tables") long[][] cells) {
        Protection p = new SmallCellPolicy().protect(cells, true, true);
        for (int i = 0; i < cells.length; i++) {
            for (int j = 0; j < cells[i].length; j++) {
                if (SmallCellPolicy.isSmall(cells[i][j])) {
                    assertTrue(p.cell(i, j).hidden());
                }
            }
        }
    }

    @Provide
    Arbitrary<long[][]> tables() {
        Arbitrary<Long> cell = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(1, 4)),
                net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(5, 12)));
        return Arbitraries.integers().between(1, 3).flatMap(rows -> Arbitraries.integers().between(1, 4).flatMap(cols ->
                cell.array(long[].class).ofSize(cols).array(long[][].class).ofSize(rows)));
    }
}
