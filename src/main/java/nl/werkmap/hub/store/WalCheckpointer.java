package nl.werkmap.hub.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Copies the SQLite write-ahead log back into the database file on its own thread and connection, after the writer
 * committed. SQLite would otherwise do this inside the commit that crosses the log's size limit, so a large bundle
 * waited for its pages to be written (and synced) twice before the hub could acknowledge it. The acknowledgement
 * does not need the copy: with {@code synchronous=FULL} the log itself is synced at every commit, so an acknowledged
 * bundle survives a power cut either way. A passive checkpoint never blocks the writer or a reader; one that could
 * not finish (a reader still on old pages) is simply repeated after the next commit.
 */
final class WalCheckpointer implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WalCheckpointer.class);

    /** Opens the checkpointer's own connection. */
    interface Opener {
        Connection open() throws SQLException;
    }

    /** Commits closer together than this share one checkpoint, so a burst of small bundles does not sync per bundle. */
    private static final long PAUSE_MS = 200;

    private final Opener opener;
    private final Thread thread;
    private final Object signal = new Object();
    /** Guarded by {@link #signal}. */
    private boolean pending;
    /** Guarded by {@link #signal}. */
    private boolean closing;
    private Connection connection;

    WalCheckpointer(Opener opener) {
        this.opener = opener;
        this.thread = new Thread(this::loop, "hub-wal-checkpoint");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Called after every commit: asks for a checkpoint soon, without waiting for it. */
    void committed() {
        synchronized (signal) {
            pending = true;
            signal.notifyAll();
        }
    }

    private void loop() {
        while (awaitWork()) {
            try {
                if (connection == null) {
                    connection = opener.open();
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
                }
                pause();
            } catch (SQLException e) {
                // Not fatal: the log keeps every committed page and the next commit asks again.
                LOG.warn("Het bijwerken van het hub-databasebestand uit het logboek (WAL) lukte niet; volgende keer"
                        + " opnieuw", e);
                closeConnection();
            }
        }
        closeConnection();
    }

    private void pause() {
        long until = System.currentTimeMillis() + PAUSE_MS;
        synchronized (signal) {
            for (long left = PAUSE_MS; !closing && left > 0; left = until - System.currentTimeMillis()) {
                try {
                    signal.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private boolean awaitWork() {
        synchronized (signal) {
            while (!pending && !closing) {
                try {
                    signal.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            boolean work = pending && !closing;
            pending = false;
            return work;
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("Verbinding van de WAL-checkpoint sloot niet netjes", e);
            }
            connection = null;
        }
    }

    /** Stops the thread; the writer's own close checkpoints what is left. */
    @Override
    public void close() {
        synchronized (signal) {
            closing = true;
            signal.notifyAll();
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
