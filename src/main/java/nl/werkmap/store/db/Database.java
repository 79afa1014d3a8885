package nl.werkmap.store.db;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;

import nl.werkmap.security.PrivateFiles;
import nl.werkmap.store.StoreException;

/**
 * The open SQLite file: one write connection behind a lock (SQLite has one writer; queuing in Java gives clearer
 * errors than SQLITE_BUSY) and a few read connections, which in WAL mode read a consistent snapshot while a write
 * is under way. Every write runs in one transaction: it commits whole or not at all.
 */
public final class Database implements AutoCloseable {

    private static final int READERS = 3;
    private static final int BUSY_TIMEOUT_MS = 10_000;
    /**
     * Read connections map the file instead of copying every page into their own cache: a team summary walks
     * hundreds of megabytes of index pages, and reading them through the mapping costs about a fifth less CPU
     * (measured on 150,000 candidates). It is an upper bound, so small files map only what they have.
     */
    private static final long READ_MMAP_BYTES = 1L << 31;

    private final Path file;
    private final Connection writeConnection;
    private final DSLContext writer;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final List<Connection> all = new ArrayList<>();
    private volatile IntegrityWatch integrity = IntegrityWatch.intact();
    /** Writes ended (committed or rolled back) through {@link #write}: see {@link #writeStamp()}. */
    private final AtomicLong writesEnded = new AtomicLong();
    /** Copies the log into the file after writes, so no commit of the coach's waits for that copy. */
    private final WalCopies walCopies;

    private Database(Path file, int inCommitPages) throws SQLException {
        this.file = file;
        writeConnection = connect(file, false);
        all.add(writeConnection);
        try (Statement s = writeConnection.createStatement()) {
            // The copy from the log into the file is WalCopies' work, not the commit's, up to a log as long as only
            // bulk writing makes (see there).
            s.execute("PRAGMA wal_autocheckpoint = " + inCommitPages);
        }
        walCopies = new WalCopies(() -> connect(file, false));
        writer = DSL.using(writeConnection, SQLDialect.SQLITE, settings());
        for (int i = 0; i < READERS; i++) {
            Connection reader = connect(file, true);
            all.add(reader);
            readers.add(reader);
        }
    }

    /** Opens an already migrated file with the runtime pragmas: WAL, foreign keys, busy timeout, NORMAL sync. */
    public static Database open(Path file) {
        return open(file, WalCopies.IN_COMMIT_PAGES);
    }

    /** {@link #open(Path)} with the log copied inside a commit from {@code inCommitPages} pages on (tests). */
    static Database open(Path file, int inCommitPages) {
        Database database;
        try {
            database = new Database(file, inCommitPages);
        } catch (SQLException e) {
            throw SqliteFailures.translate(file, e);
        }
        try {
            // The WAL and shared-memory files now exist; an older Werkmap may have left them (or the file) wider.
            PrivateFiles.tightenDatabase(file);
        } catch (IOException e) {
            database.close();
            throw new StoreException("Werkmap kan de caseload " + file + " niet afschermen voor andere gebruikers ("
                    + e.getMessage() + "). Er is niets veranderd. Controleer of het bestand van jouw account is en"
                    + " probeer het opnieuw.", e);
        }
        return database;
    }

    /** A plain connection for Flyway, backups and checks, without the runtime settings. */
    public static Connection connectPlain(Path file) throws SQLException {
        return new SQLiteConfig().createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /**
     * A connection with a reader's settings (query only) but the file mapping off, as {@link #readUnmapped} reads:
     * for walking the caseload list before the caseload is opened. Closed last, it leaves the folder as an open and
     * close of the caseload does.
     */
    public static Connection connectUnmapped(Path file) throws SQLException {
        Connection connection = connect(file, true);
        try {
            mmap(connection, 0);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setCacheSize(-16_000);
        if (!readOnly) {
            // WAL is a property of the file, set once by the writer; readers only look.
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        }
        Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        if (readOnly) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA query_only = true");
                s.execute("PRAGMA mmap_size = " + READ_MMAP_BYTES);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }
        return connection;
    }

    private static Settings settings() {
        return new Settings().withExecuteLogging(false).withRenderSchema(false);
    }

    public Path file() {
        return file;
    }

    /** From now on every write first waits for {@code watch}'s verdict, and is refused if the file is damaged. */
    public void holdWritesFor(IntegrityWatch watch) {
        this.integrity = watch;
    }

    /** The integrity check writes wait for; {@link IntegrityWatch#intact()} if none is owed. */
    public IntegrityWatch integrity() {
        return integrity;
    }

    /**
     * Runs {@code work} in one write transaction, after every earlier write has finished. A failure rolls the
     * whole transaction back; database failures come out as a Dutch {@link StoreException}.
     */
    public <T> T write(Function<DSLContext, T> work) {
        return write(work, true);
    }

    /**
     * As {@link #write}, for the file's own bookkeeping that no record read shows (the day the file last passed its
     * check): the {@link #writeStamp()} stays, so what screens read ahead stays theirs. That mark is written once a
     * day, just after an unlock, and used to throw away the Agenda's week and "Sessie vastleggen"'s reads read
     * ahead in the meantime.
     */
    public <T> T writeBookkeeping(Function<DSLContext, T> work) {
        return write(work, false);
    }

    private <T> T write(Function<DSLContext, T> work, boolean seen) {
        // Outside the lock: the check can take seconds, and it may need to record its own pass.
        integrity.requireIntact();
        writeLock.lock();
        try {
            T result = writer.transactionResult(configuration -> work.apply(configuration.dsl()));
            walCopies.written();
            return result;
        } catch (RuntimeException e) {
            throw SqliteFailures.translateIfDatabase(file, e);
        } finally {
            if (seen) {
                writesEnded.incrementAndGet();
            }
            writeLock.unlock();
        }
    }

    /**
     * Moves on after every write but the file's bookkeeping ({@link #writeBookkeeping}), counted once it has ended,
     * so a read started after taking the stamp may already see the write; the stamp then moves all the same. Equal
     * stamps mean no write of a record ended in between: what was read ahead for a screen is still what the file
     * holds (issue 13, "Sessie vastleggen" read before it opens, the Agenda's week).
     */
    public long writeStamp() {
        return writesEnded.get();
    }

    /**
     * Moves on when another connection commits to the file: another process (a sync from the command line) or
     * another open of the same file. This database's own writes go through its write connection and move {@link
     * #writeStamp()} instead; together the two say whether the file holds anything a screen did not read. SQLite's
     * {@code data_version} of the write connection, read under the write lock (a write running is waited for).
     */
    public long othersWrites() {
        writeLock.lock();
        try (Statement s = writeConnection.createStatement();
             java.sql.ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw SqliteFailures.translate(file, e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} in a read transaction on its own snapshot, beside a write that may be running. */
    public <T> T read(Function<DSLContext, T> work) {
        Connection connection = borrow();
        try {
            DSLContext dsl = DSL.using(connection, SQLDialect.SQLITE, settings());
            return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
        } catch (RuntimeException e) {
            throw SqliteFailures.translateIfDatabase(file, e);
        } finally {
            readers.add(connection);
        }
    }

    /**
     * As {@link #read}, with the connection's file mapping off for the read: for a read that walks a large table once
     * in page order, such as the caseload list at unlock. Measured on the 150,000-candidate caseload (issue 13,
     * unlockcold): the list's statement alone, only stepped, took 2.6–3.0 s wall and 0.8 s CPU on a cold file through
     * the mapping, against 0.6–1.1 s and 0.2 s without it (about the sqlite3 shell's time); warm, in a fresh
     * connection, 200 against 150 ms CPU. Most likely the kernel reads ahead for SQLite's plain reads of a scan and
     * far less around page faults in a mapping. The mapping is set back afterwards, for the reads that gain from it.
     */
    public <T> T readUnmapped(Function<DSLContext, T> work) {
        Connection connection = borrow();
        try {
            mmap(connection, 0);
            try {
                DSLContext dsl = DSL.using(connection, SQLDialect.SQLITE, settings());
                return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
            } finally {
                mmap(connection, READ_MMAP_BYTES);
            }
        } catch (SQLException e) {
            throw SqliteFailures.translate(file, e);
        } catch (RuntimeException e) {
            throw SqliteFailures.translateIfDatabase(file, e);
        } finally {
            readers.add(connection);
        }
    }

    private static void mmap(Connection connection, long bytes) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA mmap_size = " + bytes);
        }
    }

    private Connection borrow() {
        try {
            return readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Het lezen van de caseload is afgebroken. Probeer het opnieuw.", e);
        }
    }

    @Override
    public void close() {
        walCopies.close();
        writeLock.lock();
        try {
            SQLException first = null;
            for (Connection c : all) {
                try {
                    c.close();
                } catch (SQLException e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
            if (first != null) {
                throw SqliteFailures.translate(file, first);
            }
        } finally {
            writeLock.unlock();
        }
    }
}
