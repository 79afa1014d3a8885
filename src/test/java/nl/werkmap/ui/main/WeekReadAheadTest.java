package nl.werkmap.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the Agenda's week is read ahead only when the lanes are idle, the window quiet and the Agenda not shown;
 * until then it asks again later; many reasons while it waits give one read; nothing while locked. "Later" is a
 * queue the test runs.
 */
class WeekReadAheadTest {

    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    private boolean quiet = true;
    private boolean agendaShown;
    private int reads;
    private final Deque<Runnable> later = new ArrayDeque<>();
    private final WeekReadAhead ahead = new WeekReadAhead(busy, () -> quiet, () -> agendaShown, () -> reads++,
            later::add);

    @Test
    void readsAtTheFirstQuestionAfterItsReasonWhenIdleAndQuiet() {
        ahead.wanted();
        assertEquals(0, reads, "not in the same moment as its reason: what that changed is painted first");
        assertEquals(1, later.size());
        later.removeFirst().run();
        assertEquals(1, reads);
        assertTrue(later.isEmpty());
    }

    @Test
    void waitsWhileAJobRunsOrTheCoachWorksThenReadsOnce() {
        busy.set(true);
        ahead.wanted();
        ahead.wanted();
        assertEquals(0, reads);
        assertEquals(1, later.size(), "one question waiting, however many reasons");
        busy.set(false);
        quiet = false;
        later.removeFirst().run();
        assertEquals(0, reads, "the coach is typing");
        assertEquals(1, later.size());
        quiet = true;
        later.removeFirst().run();
        assertEquals(1, reads);
        assertTrue(later.isEmpty(), "done asking");
        ahead.wanted();
        later.removeFirst().run();
        assertEquals(2, reads, "a new reason reads again (the view model reads nothing when its week is kept)");
    }

    @Test
    void readsNothingWhileTheAgendaShows() {
        agendaShown = true;
        ahead.wanted();
        later.removeFirst().run();
        assertEquals(0, reads, "the Agenda reads for itself");
        assertTrue(later.isEmpty());
    }

    @Test
    void readsNothingWhileLocked() {
        busy.set(true);
        ahead.wanted();
        ahead.locked();
        busy.set(false);
        later.removeFirst().run();
        ahead.wanted();
        assertEquals(0, reads);
        assertTrue(later.isEmpty());
        ahead.unlocked();
        ahead.wanted();
        later.removeFirst().run();
        assertEquals(1, reads);
    }
}
