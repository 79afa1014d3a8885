package nl.werkmap.ui.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.CurrentCoachModel;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.QuietNavigator;

/**
 * Issue 13 (weekall2): the Agenda shows its lists before the older overdue items are counted (a read of twelve
 * months of its own, about 80 ms at 150,000 candidates), says it is counting meanwhile with the line greyed out,
 * then shows the same count a single load gives; a count that comes in after a newer reload began is not shown.
 * The bulk lane is a queue the test runs one job at a time.
 */
class AgendaCountAfterListsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** A Friday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM);

    private final Deque<Runnable> lane = new ArrayDeque<>();
    private final Messages dutch = Messages.forLocale(Locale.forLanguageTag("nl-NL"));

    @Test
    void listsFirstThenTheCountOfASingleLoad(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            DemoCaseload.generate(store, 300, 11, TODAY, done -> { });
            WeekAgenda.Week whole = new WeekAgenda(CLOCK).load(store, null);
            assertTrue(whole.olderOverdue() > 0, "the demo caseload has older overdue items to count");
            AgendaViewModel vm = viewModel(store);

            vm.reload();
            assertEquals(1, lane.size());
            runNext();
            assertEquals(whole.todayLines(), vm.today, "lists shown before counting");
            assertEquals(whole.rest(), vm.week);
            assertEquals(dutch.text("agenda.older.counting"), vm.older.get());
            assertTrue(vm.olderCounting.get(), "the count line cannot be used while counting");
            assertEquals(1, lane.size(), "the count is its own job after the lists");

            runNext();
            assertFalse(vm.olderCounting.get());
            assertEquals(dutch.format("agenda.older.show", whole.olderOverdue()), vm.older.get());
            assertTrue(lane.isEmpty());
        }
    }

    @Test
    void aCountOfAnEarlierReloadIsNotShown(@TempDir Path dir) {
        try (CaseloadStore store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer())) {
            DemoCaseload.generate(store, 300, 12, TODAY, done -> { });
            AgendaViewModel vm = viewModel(store);
            vm.reload();
            runNext();
            vm.olderShown.set(true);
            vm.reload();
            assertEquals(2, lane.size(), "the first count, then the second lists");
            runNext();
            assertEquals(dutch.text("agenda.older.counting"), vm.older.get(), "the first count is dropped");
            runNext();
            assertEquals(dutch.text("agenda.older.hide"), vm.older.get(), "older listed: nothing to count");
            assertFalse(vm.olderCounting.get());
            assertTrue(lane.isEmpty());
        }
    }

    private AgendaViewModel viewModel(CaseloadStore store) {
        Background background = new Background(Runnable::run, lane::add, Runnable::run);
        CurrentCoachModel who = new CurrentCoachModel(dutch, background, () -> store);
        return new AgendaViewModel(dutch, background, () -> store, new QuietNavigator(), who, CLOCK);
    }

    private void runNext() {
        lane.removeFirst().run();
    }
}
