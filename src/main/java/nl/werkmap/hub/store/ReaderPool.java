package nl.werkmap.hub.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A fixed number of open read connections, lent out one per thread, each read in one transaction (one snapshot) that
 * ends when the outermost read of the thread ends. A thread that reads inside its own read gets the connection it
 * already holds back, so nested reads never wait on themselves and share the snapshot. Connections are opened lazily, checked
 * after an error and replaced when the database dropped them (PostgreSQL restarts; SQLite never does).
 */
final class ReaderPool implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReaderPool.class);

    /** Every reader stayed taken for {@link #WAIT_SECONDS}: the hub is busy, not broken. */
    static final class AllBusy extends SQLException {
        private static final long serialVersionUID = 1L;

        AllBusy(String message) {
            super(message);
        }
    }

    /** Opens one connection set up for reading. */
    interface Opener {
        Connection open() throws SQLException;
    }

    /** How long a read waits for a free connection; see {@link HubDatabase#LONG_READ_WAIT_SECONDS}. */
    static final long WAIT_SECONDS = 10;

    private final Opener opener;
    private final BlockingQueue<Slot> idle;
    private final List<Slot> all = new ArrayList<>();
    private final ThreadLocal<Slot> held = new ThreadLocal<>();
    private volatile boolean closed;

    ReaderPool(int size, Opener opener) {
        this.opener = opener;
        this.idle = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            Slot slot = new Slot();
            all.add(slot);
            idle.add(slot);
        }
    }

    /** Runs {@code work} on a read connection of this thread. */
    <T> T withConnection(SqlWork<T> work) throws SQLException {
        Slot mine = held.get();
        if (mine != null) {
            return work.apply(mine.connection);
        }
        Slot slot = borrow();
        held.set(slot);
        boolean failed = true;
        try {
            T result = work.apply(slot.connection);
            failed = false;
            return result;
        } finally {
            held.remove();
            giveBack(slot, !endSnapshot(slot) || failed);
        }
    }

    /**
     * Ends the read transaction of the outermost read, so the next one sees what was committed since. A read's
     * result stays good when this fails (nothing was written); the connection is then checked before reuse.
     */
    private static boolean endSnapshot(Slot slot) {
        try {
            if (slot.connection != null) {
                slot.connection.rollback();
            }
            return true;
        } catch (SQLException e) {
            LOG.warn("Een leesverbinding van de hub kon haar transactie niet afsluiten; ze wordt gecontroleerd", e);
            return false;
        }
    }

    private Slot borrow() throws SQLException {
        if (closed) {
            throw new SQLException("De hub-database is gesloten.");
        }
        Slot slot;
        try {
            slot = idle.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Onderbroken tijdens het wachten op een databaseverbinding.", e);
        }
        if (slot == null) {
            throw new AllBusy("Alle leesverbindingen van de hub zijn al " + WAIT_SECONDS + " seconden bezet.");
        }
        try {
            if (slot.connection == null) {
                slot.connection = opener.open();
            }
            return slot;
        } catch (SQLException | RuntimeException e) {
            idle.add(slot);
            throw e;
        }
    }

    private void giveBack(Slot slot, boolean failed) {
        if (failed && slot.connection != null && !isValid(slot.connection)) {
            closeQuietly(slot);
        }
        idle.add(slot);
    }

    private static boolean isValid(Connection connection) {
        try {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Drops a broken connection; the next borrower opens a new one. Closing a connection the server already dropped
     * fails as well, and that failure adds nothing to the one the read itself reported.
     */
    private static void closeQuietly(Slot slot) {
        Connection broken = slot.connection;
        slot.connection = null;
        try {
            broken.close();
        } catch (SQLException e) {
            LOG.debug("Een kapotte leesverbinding liet zich niet netjes sluiten", e);
        }
    }

    @Override
    public void close() throws SQLException {
        closed = true;
        SQLException first = null;
        for (Slot slot : all) {
            if (slot.connection != null) {
                try {
                    slot.connection.close();
                } catch (SQLException e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
                slot.connection = null;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Work on a JDBC connection. */
    interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private static final class Slot {
        Connection connection;
    }
}
