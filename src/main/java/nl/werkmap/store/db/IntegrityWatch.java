package nl.werkmap.store.db;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.werkmap.store.StoreException;

/**
 * The verdict of a quick_check that was put off until after the caseload is on screen (see
 * {@link IntegrityCheck.Policy#DAILY_AFTER_OPEN}): on 150,000 candidates the check reads a 5 GB file for about 7 s,
 * which a coach would otherwise wait for at the first unlock of every day.
 *
 * <p>Reading may go on while the check runs; writing may not: every write waits for the verdict, so nothing is
 * ever written into a damaged file. Once the check failed, every write is refused with the same Dutch message that
 * says what to do. A write that comes before anyone started the check runs it itself, so a forgotten start can
 * slow a write but never let one through unchecked.
 */
public final class IntegrityWatch {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrityWatch.class);

    /** Where a watch stands. */
    public enum State {
        /** Checked before the open, or not due today: nothing to wait for. */
        INTACT,
        /** Due, not yet finished: writes wait. */
        PENDING,
        /** The check found damage: writes are refused. */
        DAMAGED
    }

    private static final IntegrityWatch INTACT = new IntegrityWatch(null, () -> { });

    private final Path file;
    private final Runnable onPassed;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CompletableFuture<Void> verdict = new CompletableFuture<>();
    private volatile boolean passed;
    /** A write waits for the verdict, or is coming: the check gives way to no one any more. */
    private volatile boolean writeWaiting;
    private volatile GiveWay giveWay = GiveWay.NEVER;
    /** Told when a write has to wait for the verdict. */
    private volatile Runnable writeWaits = () -> { };

    private IntegrityWatch(Path file, Runnable onPassed) {
        this.file = file;
        this.onPassed = onPassed;
        if (file == null) {
            passed = true;
            started.set(true);
            verdict.complete(null);
        }
    }

    /** Nothing is owed: the file was checked before it was opened, or was checked earlier today. */
    public static IntegrityWatch intact() {
        return INTACT;
    }

    /**
     * A check still owed for {@code file}; {@code onPassed} records the pass (it may write: the verdict is in by
     * then).
     */
    public static IntegrityWatch pending(Path file, Runnable onPassed) {
        return new IntegrityWatch(Objects.requireNonNull(file, "file"), Objects.requireNonNull(onPassed, "onPassed"));
    }

    public State state() {
        if (!verdict.isDone()) {
            return State.PENDING;
        }
        return verdict.isCompletedExceptionally() ? State.DAMAGED : State.INTACT;
    }

    /** Completes with nothing when the file is intact, exceptionally with the {@link StoreException} when not. */
    public CompletableFuture<Void> verdict() {
        return verdict;
    }

    /**
     * Starts the check on its own low-priority daemon thread, so it never holds up a lane of the app; does nothing
     * if it has started already. The returned future is {@link #verdict()}.
     */
    public CompletableFuture<Void> startInBackground() {
        return startInBackground(GiveWay.NEVER);
    }

    /**
     * As {@link #startInBackground()}, the check giving way to the coach through {@code giveWay} (the priority set
     * on the thread is a hint Linux ignores) until a write waits for its verdict.
     */
    public CompletableFuture<Void> startInBackground(GiveWay giveWay) {
        Objects.requireNonNull(giveWay, "giveWay");
        if (started.compareAndSet(false, true)) {
            this.giveWay = giveWay;
            Thread thread = new Thread(this::check, "werkmap-integrity-check");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
        return verdict;
    }

    /**
     * A write is coming (the coach opened a form to fill in): from now on the check gives way to no one, so it is
     * done, or nearly, by the time the coach saves, instead of that save waiting for all of it (at 150,000
     * candidates the check held back while the coach clicked around still had seconds to go). Does not wait.
     */
    public void writeComing() {
        writeWaiting = true;
    }

    /**
     * {@code told} runs on the writing thread whenever a write has to wait for the verdict, so the window can say
     * why a save takes a moment (at 150,000 candidates a save soon after the day's first unlock waited one to three
     * seconds for the check). Nothing is ever owed by a watch made {@link #intact()}: it keeps no {@code told}.
     */
    public void whenWriteWaits(Runnable told) {
        Objects.requireNonNull(told, "told");
        if (file != null) {
            writeWaits = told;
        }
    }

    /**
     * For a write: returns once the file is known intact, running the check on this thread if nobody started it.
     *
     * @throws StoreException with the damage message if the check failed or cannot run
     */
    public void requireIntact() {
        if (passed) {
            return;
        }
        writeWaiting = true;
        try {
            writeWaits.run();
        } catch (RuntimeException e) {
            // Only the word about the wait is lost; the write waits for the verdict all the same.
            LOG.warn("Melden dat opslaan wacht mislukt", e);
        }
        if (started.compareAndSet(false, true)) {
            LOG.info("Een schrijfactie wacht op de controle van {}, die nog niet was gestart", file);
            check();
        }
        try {
            verdict.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof StoreException refused) {
                // A fresh exception per write, so its stack shows this write; the message is the check's.
                throw new StoreException(refused.getMessage(), refused);
            }
            throw e;
        }
    }

    private void check() {
        StoreException failure = null;
        try {
            List<String> problems = IntegrityCheck.problems(file, giveWay, () -> writeWaiting);
            if (!problems.isEmpty()) {
                failure = IntegrityCheck.damagedAfterOpen(file, new IllegalStateException(String.join("; ", problems)));
            }
        } catch (SQLException e) {
            failure = IntegrityCheck.isDamage(e) ? IntegrityCheck.damagedAfterOpen(file, e) : SqliteFailures.translate(file, e);
        } catch (RuntimeException e) {
            failure = new StoreException("Werkmap kon niet nagaan of het caseloadbestand " + file + " heel is ("
                    + e.getMessage() + "). Sluit Werkmap en open het opnieuw; er is niets opgeslagen.", e);
        }
        if (failure != null) {
            verdict.completeExceptionally(failure);
            return;
        }
        // Writes may go ahead from here on, this thread's own record of the pass first; the verdict completes
        // after that record, so whoever waits on it sees the day marked as checked.
        passed = true;
        try {
            onPassed.run();
        } catch (RuntimeException e) {
            // Only the day's "checked" mark was lost: the next open checks again. The file itself is fine.
            LOG.warn("De controle van {} is geslaagd, maar kon niet worden genoteerd", file, e);
        } finally {
            verdict.complete(null);
        }
    }
}
