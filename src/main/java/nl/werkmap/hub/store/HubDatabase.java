package nl.werkmap.hub.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import nl.werkmap.security.PrivateFiles;

/**
 * The hub's own database: SQLite by default, PostgreSQL when the URL says so. Migrated by Flyway from
 * {@code db/hub}; queried through jOOQ's DSL without generated code, so one code path serves both dialects.
 *
 * <p>Connections: one long-lived writer connection, used by one thread at a time behind a fair lock, because the
 * journal position must be handed out and committed in order (and SQLite has one writer anyway, so taking turns in
 * the process is cheaper than meeting SQLITE_BUSY in the file). Next to it a small {@link ReaderPool}: with WAL a
 * SQLite reader never waits for the writer, and on PostgreSQL the same few connections serve as the pool. Each read
 * runs in one read-only transaction, so several queries in one read see the same snapshot.
 *
 * <p>Other processes on the same database (a second {@code hub serve} behind a load balancer, or {@code hub import}
 * next to a running hub) take turns too: on PostgreSQL each write transaction first takes a transaction-level
 * advisory lock ({@link #WRITE_TURN}), on SQLite the writer begins {@code IMMEDIATE}, taking the file's write lock at
 * the start. Either way no other writer can read the journal position (or a row it is about to merge) between this
 * transaction's first statement and its commit, so positions are handed out and committed in order.
 */
public final class HubDatabase implements AutoCloseable {

    static final int READERS = Math.max(2, Math.min(8, 2 * Runtime.getRuntime().availableProcessors()));
    /**
     * How many {@link #longRead}s may hold a reader at once: half the readers, so the other half is always there for
     * every other read however many devices make their first sync at the same time.
     */
    static final int LONG_READS = Math.max(1, READERS / 2);
    /**
     * How long a long read waits for its turn. With a reader's own wait ({@link ReaderPool#WAIT_SECONDS}) it stays
     * below the laptop's timeout for the answer's headers ({@code HubClients.TIMEOUT}, 30 s): a busy hub says so
     * ("probeert het later vanzelf opnieuw", 503 with Retry-After) before the laptop gives up waiting on its own and
     * the hub streams a first sync to a connection nobody reads.
     */
    static final long LONG_READ_WAIT_SECONDS = 15;
    private static final int BUSY_TIMEOUT_MS = 10_000;
    /**
     * The PostgreSQL advisory lock key every hub writer holds for one transaction ("Werkmap" in ASCII). Advisory
     * locks are per database, so hubs of other municipalities on the same server do not wait for each other.
     */
    static final long WRITE_TURN = 0x5765726b6d6170L;

    private final String url;
    private final String user;
    private final String password;
    private final SQLDialect dialect;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final ThreadLocal<DSLContext> ongoingWrite = new ThreadLocal<>();
    private final ReaderPool readers;
    private final Semaphore longReads = new Semaphore(LONG_READS, true);
    /** {@link #LONG_READ_WAIT_SECONDS}; shorter in tests. */
    private volatile java.time.Duration longReadWait = java.time.Duration.ofSeconds(LONG_READ_WAIT_SECONDS);
    /** SQLite only: copies the write-ahead log into the file after commits, off the writer's path. */
    private final WalCheckpointer checkpointer;
    /** Only touched with {@link #writeLock} held. */
    private Connection writer;

    private HubDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.dialect = url.startsWith("jdbc:postgresql:") ? SQLDialect.POSTGRES : SQLDialect.SQLITE;
        this.readers = new ReaderPool(READERS, this::openReader);
        this.checkpointer = dialect == SQLDialect.SQLITE ? new WalCheckpointer(() -> connect(false)) : null;
    }

    /** Opens and migrates; {@code url} is {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://...}. */
    public static HubDatabase open(String url, String user, String password) {
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("De hub ondersteunt alleen SQLite en PostgreSQL, niet " + url);
        }
        Path file = sqliteFile(url);
        if (file != null) {
            makePrivate(file, false);
        }
        HubDatabase database = new HubDatabase(url, user, password);
        // The writer is opened first: on SQLite it switches the file to WAL before Flyway or any reader touches it.
        try {
            database.exclusive(dsl -> null);
            Flyway.configure(HubDatabase.class.getClassLoader())
                    .dataSource(url, user, password)
                    .locations("classpath:db/hub")
                    .load()
                    .migrate();
            if (file != null) {
                // The WAL and shared-memory files exist now; an older hub may have left them wider.
                makePrivate(file, true);
            }
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** The file of a {@code jdbc:sqlite:FILE} URL; null for PostgreSQL, in-memory or URI-style SQLite URLs. */
    static Path sqliteFile(String url) {
        if (!url.startsWith("jdbc:sqlite:")) {
            return null;
        }
        String rest = url.substring("jdbc:sqlite:".length());
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        if (rest.isEmpty() || rest.startsWith(":") || rest.startsWith("file:")) {
            return null;
        }
        return Path.of(rest);
    }

    /**
     * The hub's database holds every coach's caseload and its sealed keys: the file is made 0600 before SQLite
     * creates it (SQLite gives -wal and -shm the main file's mode), and an existing one is tightened.
     */
    private static void makePrivate(Path file, boolean opened) {
        try {
            if (opened) {
                PrivateFiles.tightenDatabase(file);
            } else {
                Path folder = file.toAbsolutePath().getParent();
                if (folder != null && !Files.isDirectory(folder)) {
                    PrivateFiles.createFolder(folder);
                }
                PrivateFiles.createFile(file);
            }
        } catch (IOException e) {
            throw new HubStoreException("De hub-database " + file + " kan niet worden afgeschermd voor andere"
                    + " gebruikers (" + e.getMessage() + "). Controleer of het bestand en de map van het account van"
                    + " de hub zijn, en start de hub opnieuw.", e);
        }
    }

    public SQLDialect dialect() {
        return dialect;
    }

    public String url() {
        return url;
    }

    /** Read-only work in one snapshot, on a pooled connection; may run while another thread writes. */
    public <T> T read(Function<DSLContext, T> work) {
        try {
            return readers.withConnection(connection -> work.apply(DSL.using(connection, dialect)));
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    /**
     * As {@link #read}, for a read that lasts as long as a device takes to receive what it reads: a first fetch is
     * read while its bundles go out, so it holds its reader (and its snapshot) for as long as the device takes, a
     * quarter of a minute for a team of 5,000. At most {@link #LONG_READS} run at once; the next waits its turn (at
     * most {@link #LONG_READ_WAIT_SECONDS}), so several devices making their first sync together can
     * never take every reader from the hub's other reads. More at once would not be quicker: they share the
     * machine's cores.
     */
    public <T> T longRead(Function<DSLContext, T> work) {
        boolean turn;
        try {
            turn = longReads.tryAcquire(longReadWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubStoreException("Onderbroken tijdens het wachten op een beurt voor een lange leesopdracht.", e);
        }
        if (!turn) {
            throw new HubStoreBusyException("Er lopen al " + LONG_READS + " eerste synchronisaties op de hub; deze"
                    + " wachtte " + longReadWait.toSeconds() + " seconden op zijn beurt. Werkmap probeert het later"
                    + " vanzelf opnieuw.", null);
        }
        try {
            return read(work);
        } finally {
            longReads.release();
        }
    }

    /** Makes a long read wait shorter for its turn (tests). */
    void longReadWait(java.time.Duration wait) {
        this.longReadWait = wait;
    }

    /** How many long reads wait for their turn (tests). */
    int longReadsWaiting() {
        return longReads.getQueueLength();
    }

    /**
     * One transaction on the writer connection, one writer at a time. A write started inside another write of the
     * same thread joins it, so the two commit or roll back together.
     */
    public <T> T write(Function<DSLContext, T> work) {
        DSLContext joined = ongoingWrite.get();
        if (joined != null) {
            return work.apply(joined);
        }
        T result = withWriter(connection -> DSL.using(connection, dialect).transactionResult(cfg -> {
            if (dialect == SQLDialect.POSTGRES) {
                // One round trip per transaction, not per statement; released by COMMIT or ROLLBACK.
                cfg.dsl().fetch("SELECT pg_advisory_xact_lock(?)", WRITE_TURN);
            }
            ongoingWrite.set(cfg.dsl());
            try {
                return work.apply(cfg.dsl());
            } finally {
                ongoingWrite.remove();
            }
        }));
        if (checkpointer != null) {
            checkpointer.committed();
        }
        return result;
    }

    /** Behind the writer lock but outside a transaction, for statements such as SQLite's VACUUM INTO. */
    public <T> T exclusive(Function<DSLContext, T> work) {
        if (ongoingWrite.get() != null) {
            throw new IllegalStateException("exclusive() cannot run inside a write transaction");
        }
        return withWriter(connection -> work.apply(DSL.using(connection, dialect)));
    }

    private <T> T withWriter(Function<Connection, T> work) {
        writeLock.lock();
        try {
            if (writer == null) {
                writer = openWriter();
            }
            try {
                return work.apply(writer);
            } catch (RuntimeException e) {
                dropWriterIfBroken(e);
                throw e;
            }
        } catch (SQLException e) {
            throw unreachable(e);
        } finally {
            writeLock.unlock();
        }
    }

    /** A connection the server dropped (PostgreSQL restart) is replaced at the next write. */
    private void dropWriterIfBroken(RuntimeException cause) {
        try {
            if (writer != null && !writer.isValid(2)) {
                Connection broken = writer;
                writer = null;
                broken.close();
            }
        } catch (SQLException e) {
            writer = null;
            cause.addSuppressed(e);
        }
    }

    private Connection openWriter() throws SQLException {
        Connection connection = connect(true);
        if (dialect == SQLDialect.SQLITE) {
            try (Statement statement = connection.createStatement()) {
                // 16 KiB pages for a new file (an existing one keeps its size): a kept bundle is megabytes of
                // overflow pages and an apply inserts into a handful of B-trees, and both write a quarter of the
                // pages they do at 4 KiB. Measured: apply and keep of a 10,000-change bundle 20-35% faster, and
                // 50 devices sending small bundles not slower.
                statement.execute("PRAGMA page_size=16384");
                statement.execute("PRAGMA journal_mode=WAL");
                // The log is synced at every commit: a bundle the hub acknowledged survives a power cut. The copy
                // back into the file is left to the WalCheckpointer, so a commit does not wait for it.
                statement.execute("PRAGMA synchronous=FULL");
                statement.execute("PRAGMA wal_autocheckpoint=0");
                // 64 MiB of page cache instead of 2: a 10,000-change apply touches tens of thousands of index pages.
                statement.execute("PRAGMA cache_size=-65536");
            }
        }
        return connection;
    }

    private Connection openReader() throws SQLException {
        Connection connection = connect(false);
        if (dialect == SQLDialect.POSTGRES) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
        }
        connection.setAutoCommit(false);
        return connection;
    }

    /** {@code writer}: on SQLite, transactions begin IMMEDIATE, so a write holds the file's lock from its start. */
    private Connection connect(boolean writer) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        if (dialect == SQLDialect.SQLITE) {
            properties.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MS));
            properties.setProperty("foreign_keys", "true");
            if (writer) {
                properties.setProperty("transaction_mode", "IMMEDIATE");
            }
        } else {
            // One multi-row INSERT per batch instead of a round trip per row: what makes a 10,000-change apply fast.
            properties.setProperty("reWriteBatchedInserts", "true");
        }
        return DriverManager.getConnection(url, properties);
    }

    private static HubStoreException unreachable(SQLException e) {
        if (e instanceof ReaderPool.AllBusy) {
            return new HubStoreBusyException(e.getMessage() + " Werkmap probeert het later vanzelf opnieuw.", e);
        }
        return new HubStoreException("De hub-database is niet bereikbaar: " + e.getMessage(), e);
    }

    /** Closes the writer and every reader; the hub cannot be used afterwards. */
    @Override
    public void close() {
        SQLException failure = null;
        if (checkpointer != null) {
            checkpointer.close();
        }
        try {
            readers.close();
        } catch (SQLException e) {
            failure = e;
        }
        writeLock.lock();
        try {
            if (writer != null) {
                writer.close();
                writer = null;
            }
        } catch (SQLException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        } finally {
            writeLock.unlock();
        }
        if (failure != null) {
            throw unreachable(failure);
        }
    }
}
