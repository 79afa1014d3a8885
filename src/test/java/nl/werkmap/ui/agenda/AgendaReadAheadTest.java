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

import org.junit.jupiter.api.BeforeAll;
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
 * Issue 13: the Agenda's week read ahead is shown at its opening without a read of its own, only while nothing was
 * written since; an opening while the read ahead runs waits for it instead of reading the same rows beside it; a
 * week read for the screen is kept the same way. The bulk lane is a queue the test runs one job at a time, so "no
 * read" is "no job".
 */
class AgendaReadAheadTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** A Friday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM);

    @TempDir
    static Path dir;
    private static CaseloadStore store;
    private static WeekAgenda.Week whole;

    private final Deque<Runnable> lane = new ArrayDeque<>();
    private final Messages dutch = Messages.forLocale(Locale.forLanguageTag("nl-NL"));

    @BeforeAll
    static void caseload() {
        store = CaseloadStore.open(dir.resolve("werkmap.db"), TestVault.sealer());
        DemoCaseload.generate(store, 300, 11, TODAY, done -> { });
        whole = new WeekAgenda(CLOCK).load(store, null);
        assertTrue(whole.olderOverdue() > 0 && !whole.todayLines().isEmpty(), "a week with lines and a count");
    }

    @org.junit.jupiter.api.AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aWeekReadAheadIsShownAtTheOpeningWithoutARead() {
        AgendaViewModel vm = viewModel(store);
        vm.readAhead(() -> { });
        assertEquals(1, lane.size(), "one job reads the lists and the count");
        assertFalse(vm.weekKept());
        runNext();
        assertTrue(vm.weekKept());
        vm.readAhead(() -> { });
        assertTrue(lane.isEmpty(), "kept: not read ahead again");

        vm.reload();
        assertTrue(lane.isEmpty(), "shown from the week read ahead, nothing read");
        assertShowsWhole(vm);
    }

    @Test
    void aWriteAfterTheReadAheadMakesTheOpeningReadAgain() {
        AgendaViewModel vm = viewModel(store);
        vm.readAhead(() -> { });
        runNext();
        store.writeOwnTables(dsl -> null);
        assertFalse(vm.weekKept(), "a write ended since the read");

        vm.reload();
        assertEquals(1, lane.size(), "the lists are read again");
        runNext();
        runNext();
        assertShowsWhole(vm);
        assertTrue(vm.weekKept(), "the week read for the screen is kept in turn");
        vm.reload();
        assertTrue(lane.isEmpty(), "shown again without a read");
    }

    @Test
    void anOpeningWhileTheReadAheadRunsWaitsForIt() {
        AgendaViewModel vm = viewModel(store);
        vm.readAhead(() -> { });
        vm.reload();
        assertEquals(1, lane.size(), "no second read beside the one ahead");
        assertTrue(vm.today.isEmpty(), "nothing shown yet");
        runNext();
        assertTrue(lane.isEmpty());
        assertShowsWhole(vm);
    }

    @Test
    void aWriteDuringTheReadAheadMakesTheWaitingOpeningReadItself() {
        AgendaViewModel vm = viewModel(store);
        vm.readAhead(() -> { });
        vm.reload();
        // The write ends while the read ahead waits in the lane: what it reads may be older than the write.
        store.writeOwnTables(dsl -> null);
        runNext();
        assertFalse(vm.weekKept());
        assertEquals(1, lane.size(), "the opening reads for itself");
        runNext();
        runNext();
        assertShowsWhole(vm);
    }

    @Test
    void anotherScopeIsNotServedFromTheWeekOfEveryone() {
        AgendaViewModel vm = viewModel(store);
        vm.readAhead(() -> { });
        runNext();
        vm.olderShown.set(true);
        assertFalse(vm.weekKept(), "kept with the older items counted, not listed");
        vm.reload();
        assertEquals(1, lane.size());
        runNext();
        assertEquals(new WeekAgenda(CLOCK).load(store, null, true).todayLines(), vm.today);
        assertEquals(dutch.text("agenda.older.hide"), vm.older.get());
    }

    @Test
    void theWeekKeptAheadGoesInTheListsBeforeTheOpeningAndIsNotPutInAgainThen() {
        AgendaViewModel vm = viewModel(store);
        int[] after = new int[1];
        vm.readAhead(() -> after[0]++);
        vm.showKept();
        assertTrue(vm.today.isEmpty(), "nothing kept yet: nothing shown");
        assertEquals(0, after[0]);
        runNext();
        assertEquals(1, after[0], "told once the week is kept");
        vm.readAhead(() -> after[0]++);
        assertEquals(2, after[0], "kept already: told at once");
        assertTrue(lane.isEmpty(), "and not read again");

        // The page made ahead is laid out with the kept week, while another page shows.
        vm.showKept();
        assertShowsWhole(vm);
        int[] changes = new int[1];
        vm.today.addListener((javafx.collections.ListChangeListener<WeekAgenda.Line>) c -> changes[0]++);
        vm.week.addListener((javafx.collections.ListChangeListener<WeekAgenda.Line>) c -> changes[0]++);
        vm.reload();
        assertTrue(lane.isEmpty(), "the opening reads nothing");
        assertEquals(0, changes[0], "the lines in place are not put in again: no cell is filled anew");
        assertShowsWhole(vm);

        store.writeOwnTables(dsl -> null);
        vm.showKept();
        assertEquals(0, changes[0], "a write since: the kept week no longer serves, nothing shown from it");
        vm.reload();
        runNext();
        runNext();
        assertTrue(changes[0] > 0, "read anew after the write: the new lines are put in");
    }

    @Test
    void aFailedReadAheadLeavesTheOpeningToReadAndSayWhy(@TempDir Path other) {
        CaseloadStore closing = CaseloadStore.open(other.resolve("werkmap.db"), TestVault.sealer());
        AgendaViewModel vm = viewModel(closing);
        vm.readAhead(() -> { });
        vm.reload();
        closing.close();
        runNext();
        assertEquals(1, lane.size(), "the waiting opening reads for itself");
        runNext();
        assertTrue(vm.message.get().startsWith(dutch.format("agenda.loadFailed", "").strip()), vm.message.get());
        assertFalse(vm.weekKept());
    }

    private void assertShowsWhole(AgendaViewModel vm) {
        assertEquals(whole.todayLines(), vm.today);
        assertEquals(whole.rest(), vm.week);
        assertFalse(vm.olderCounting.get());
        assertEquals(dutch.format("agenda.older.show", whole.olderOverdue()), vm.older.get());
    }

    private AgendaViewModel viewModel(CaseloadStore s) {
        Background background = new Background(Runnable::run, lane::add, Runnable::run);
        CurrentCoachModel who = new CurrentCoachModel(dutch, background, () -> s);
        return new AgendaViewModel(dutch, background, () -> s, new QuietNavigator(), who, CLOCK);
    }

    private void runNext() {
        lane.removeFirst().run();
    }
}
