package nl.werkmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The werklijst's number sort (issue 13, weekall3) leaves items exactly where the stable comparator sort left them:
 * by day, then kind, and items of equal day and kind in the order they came (items differing only in their
 * candidate or placement are told apart by identity, so a tie put the other way round fails).
 */
class DueOrderTest {

    private static final WorkItem.Kind[] KINDS = WorkItem.Kind.values();

    @Test
    void sameOrderAsTheStableComparatorSortWithManyTies() {
        Random random = new Random(13);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(3_000);
            List<WorkItem> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                // Few days and kinds: most items share their day and kind with others.
                LocalDate due = LocalDate.of(2026, 12, 6).plusDays(random.nextInt(40) - 20);
                items.add(new WorkItem(KINDS[random.nextInt(KINDS.length)], due, "c" + random.nextInt(5),
                        "p" + i, null, "Zonder coach"));
            }
            assertSameOrder(items);
        }
    }

    @Test
    void daysFarOutsideAnyCaseloadStillSortByTheComparator() {
        List<WorkItem> items = new ArrayList<>();
        for (LocalDate due : List.of(LocalDate.MAX, LocalDate.of(2026, 1, 1), LocalDate.MIN, LocalDate.of(20266, 1, 1),
                LocalDate.of(1, 1, 1), LocalDate.of(2026, 1, 1))) {
            items.add(new WorkItem(WorkItem.Kind.AANVRAAG, due, "c", "p" + items.size(), null, "Zonder coach"));
        }
        assertSameOrder(items);
    }

    @Test
    void theInputIsLeftAsItWas() {
        List<WorkItem> items = new ArrayList<>(List.of(
                new WorkItem(WorkItem.Kind.WIJZIGING, LocalDate.of(2026, 2, 1), "c", "p1", null, "x"),
                new WorkItem(WorkItem.Kind.AANVRAAG, LocalDate.of(2026, 1, 1), "c", "p2", null, "x")));
        List<WorkItem> before = List.copyOf(items);
        List<WorkItem> sorted = DueOrder.sorted(items);
        assertEquals(before, items);
        assertNotSame(items, sorted);
        assertEquals(List.of(before.get(1), before.get(0)), sorted);
    }

    private static void assertSameOrder(List<WorkItem> items) {
        List<WorkItem> expected = new ArrayList<>(items);
        expected.sort(DueOrder.BY_DUE_THEN_KIND);
        List<WorkItem> actual = DueOrder.sorted(items);
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            // Identity: equal records in another order would hide a tie put the wrong way round.
            assertSame(expected.get(i), actual.get(i), i);
        }
    }

    private static void assertSame(WorkItem expected, WorkItem actual, int at) {
        org.junit.jupiter.api.Assertions.assertSame(expected, actual, "at " + at);
    }
}
