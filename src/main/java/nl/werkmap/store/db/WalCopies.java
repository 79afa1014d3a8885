package nl.werkmap.store.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Copies the caseload's write-ahead log back into its file on a thread and connection of its own, a moment after the
 * writes, instead of inside the commit that crosses SQLite's 1,000-page mark. That copy writes and syncs pages all
 * over the file: at 150,000 candidates (a 5.5 GB file) it took some 0.7 s, once every twenty saves or so, and the
 * coach's save waited for it (issue 13). A passive copy blocks neither the writer nor a reader; one a reader kept
 * from finishing is simply done again after the next write. The last connection to close copies what is left, as
 * SQLite always does.
 *
 * <p>Writes close together share one copy: it starts once no write came for {@link #QUIET_NANOS}, and when
 * {@link #WRITES} writes or {@link #LONGEST_NANOS} have gathered, whichever first; after {@link #MOST} writes without
 * such a pause (a long sync round) it starts anyway.
 *
 * <p>Bulk writing (a first sync of a team, a demo caseload, an import) fills the log faster than that: its writes
 * come back to back, so a copy on this thread never catches up with the writer and the log cannot start again from
 * its beginning. A log of {@link #IN_COMMIT_PAGES} pages is therefore copied inside the commit that crosses that
 * mark, as SQLite does at its own 1,000: without it a 150,000-candidate demo caseload grew a log of over 20 GB
 * before its 128th write. A coach's saves never get near it (some tens of pages each, copied here after every few).
 */
final class WalCopies implements AutoCloseable {

    /** Writes that share one copy, about SQLite's 1,000 pages of ordinary saves. */
    static final int WRITES = 16;
    /** Writes after which the copy starts even while writing goes on. */
    static final int MOST = 8 * WRITES;
    /** The log's length (4 kB pages, so 256 MB) at which the commit that crosses it copies, as bulk writing does. */
    static final int IN_COMMIT_PAGES = 65_536;
    /** How long no write must come before the copy starts. */
    static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** The longest a write waits to be copied, the log quiet. */
    static final long LONGEST_NANOS = TimeUnit.SECONDS.toNanos(30);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WalCopies.class);

    /** Opens the copier's own connection to the file. */
    interface Opener {
        Connection open() throws SQLException;
    }

    /** Writes not copied yet, and when the first and the last of them ended. */
    record Gathered(int writes, long first, long last) {

        static final Gathered NONE = new Gathered(0, 0, 0);

        Gathered plus(long now) {
            return new Gathered(writes + 1, writes == 0 ? now : first, now);
        }

        /** Nanoseconds to wait before the copy may start; 0 to start now; negative when there is nothing to copy. */
        long waitAt(long now) {
            if (writes == 0) {
                return -1;
            }
            if (writes >= MOST) {
                return 0;
            }
            long quietLeft = QUIET_NANOS - (now - last);
            long gatheredLeft = writes >= WRITES ? 0 : LONGEST_NANOS - (now - first);
            return Math.max(0, Math.max(quietLeft, gatheredLeft));
        }
    }

    private final Opener opener;
    private final LongSupplier nanoTime;
    private final Object signal = new Object();
    /** Guarded by {@link #signal}. */
    private Gathered gathered = Gathered.NONE;
    /** Guarded by {@link #signal}. */
    private boolean closing;
    private Thread thread;
    private Connection connection;

    WalCopies(Opener opener) {
        this(opener, System::nanoTime);
    }

    WalCopies(Opener opener, LongSupplier nanoTime) {
        this.opener = opener;
        this.nanoTime = nanoTime;
    }

    /** After a write committed: asks for a copy later, without waiting for it. Starts the thread at the first. */
    void written() {
        synchronized (signal) {
            if (closing) {
                return;
            }
            gathered = gathered.plus(nanoTime.getAsLong());
            if (thread == null) {
                thread = new Thread(this::loop, "werkmap-wal");
                thread.setDaemon(true);
                thread.start();
            }
            signal.notifyAll();
        }
    }

    /** What the thread waits for: the writes gathered, until their copy is due; false when closing. */
    private boolean awaitDue() throws InterruptedException {
        synchronized (signal) {
            while (!closing) {
                long wait = gathered.waitAt(nanoTime.getAsLong());
                if (wait == 0) {
                    gathered = Gathered.NONE;
                    return true;
                }
                if (wait < 0) {
                    signal.wait();
                } else {
                    TimeUnit.NANOSECONDS.timedWait(signal, wait);
                }
            }
            return false;
        }
    }

    private void loop() {
        try {
            while (awaitDue()) {
                copyNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeConnection();
        }
    }

    /** Copies what the log holds into the file now, on this thread (the loop's step; tests call it directly). */
    void copyNow() {
        try {
            if (connection == null) {
                connection = opener.open();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
        } catch (SQLException e) {
            // Not a loss: the log keeps every committed page, and the next write asks again.
            LOG.warn("Het caseloadbestand bijwerken uit het logboek (WAL) lukte niet; het gebeurt later opnieuw", e);
            closeConnection();
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("De verbinding voor het bijwerken uit het logboek (WAL) sloot niet netjes", e);
            }
            connection = null;
        }
    }

    /** Stops the thread (a copy under way finishes first); the last connection's close copies what is left. */
    @Override
    public void close() {
        Thread running;
        synchronized (signal) {
            closing = true;
            running = thread;
            signal.notifyAll();
        }
        if (running == null) {
            closeConnection();
            return;
        }
        try {
            running.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
