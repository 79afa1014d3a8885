package nl.werkmap.ui.main;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import javafx.beans.value.ObservableBooleanValue;

import nl.werkmap.ui.common.FxLater;

/**
 * When the Agenda's week is read ahead (issue 13): after an unlock, a save or a sync round, once the background lanes
 * are idle and the coach has left the window alone for {@link #QUIET}, and only while the Agenda is not the page
 * shown (it reads for itself then). At 150,000 candidates the week of everyone took seconds of a core at the first
 * opening after an unlock and 0.3-0.6 s after any write; read ahead, the Agenda shows its lists at once (and its
 * page, made at the next quiet moment, as at its hundredth opening). Asks {@link #ASK_AGAIN} after the reason, and
 * again as often until then: typing, clicking or a running job puts it off. Nothing while locked.
 * FX thread.
 */
final class WeekReadAhead {

    /** How long the window must have had no input: a coach reading or talking, not one between two clicks. */
    static final Duration QUIET = Duration.ofSeconds(1);
    private static final Duration ASK_AGAIN = Duration.ofMillis(250);

    private final ObservableBooleanValue busy;
    private final BooleanSupplier quiet;
    private final BooleanSupplier agendaShown;
    private final Runnable read;
    private final Consumer<Runnable> later;
    /** {@code -Dwerkmap.noWeekReadAhead=true} leaves the read ahead out, to compare (as {@code noScreenWarmup}). */
    private final boolean off = Boolean.getBoolean("werkmap.noWeekReadAhead");
    private boolean waiting;
    private boolean locked;

    /**
     * @param busy        whether any background job runs
     * @param quiet       whether the window has had no input for {@link #QUIET}
     * @param agendaShown whether the Agenda is the page shown
     * @param read        the next step ahead: reads the week on the bulk lane, or, once it is kept, makes the
     *                    Agenda's page with it (each step that has more to do asks for {@link #wanted()} again)
     */
    WeekReadAhead(ObservableBooleanValue busy, BooleanSupplier quiet, BooleanSupplier agendaShown, Runnable read) {
        this(busy, quiet, agendaShown, read, task -> FxLater.after(ASK_AGAIN, task));
    }

    /** As above; {@code later} runs a task on the FX thread a while from now (tests run it by hand). */
    WeekReadAhead(ObservableBooleanValue busy, BooleanSupplier quiet, BooleanSupplier agendaShown, Runnable read,
                  Consumer<Runnable> later) {
        this.busy = busy;
        this.quiet = quiet;
        this.agendaShown = agendaShown;
        this.read = read;
        this.later = later;
    }

    /** Something was written or opened: read the week ahead at the next quiet moment (once for many calls). */
    void wanted() {
        if (waiting || locked || off) {
            return;
        }
        waiting = true;
        // Never in the same moment as its reason: what that changed (the list just read after an unlock) is
        // painted first. Read at once, the unlock's last pulse at 150,000 shared the two cores with it.
        later.accept(this::ask);
    }

    /** The vault is shut: nothing is read until {@link #unlocked()}. */
    void locked() {
        locked = true;
    }

    void unlocked() {
        locked = false;
    }

    private void ask() {
        if (locked) {
            waiting = false;
            return;
        }
        if (!busy.get() && quiet.getAsBoolean()) {
            waiting = false;
            if (!agendaShown.getAsBoolean()) {
                read.run();
            }
            return;
        }
        later.accept(this::ask);
    }
}
