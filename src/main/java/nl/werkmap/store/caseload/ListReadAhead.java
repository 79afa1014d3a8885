package nl.werkmap.store.caseload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.werkmap.store.db.CaseloadFileCheck;
import nl.werkmap.store.db.Database;
import nl.werkmap.store.db.SchemaMigrator;

/**
 * The caseload list's lines read from SQLite ahead, while the coach types the passphrase: the same statements as
 * {@link CaseloadQuery}'s read, the names still sealed (no key is needed to read them, and nothing is decrypted). At
 * 150,000 candidates that read was the longest step after "Ontgrendelen" (about 1.5 s on two cores, issue 13); the
 * unlock now opens the names and builds the rows of the lines already read, and of the rest as they come in when
 * the passphrase was typed faster than the read.
 *
 * <p>The lines are used only if they are still what the file holds: read for the same day, from the same file, and
 * with no change committed to it since, by anyone (an erasure finished at opening, a sync, another program).
 * SQLite's {@code PRAGMA data_version} on the read's own connection, kept open until the unlock's list read, tells
 * that; otherwise the list is read as before. A file that the opening will migrate or switch to WAL, or that is no
 * caseload, is not read at all: a migration's backup copy and that switch need the file to themselves, and the
 * opening may put a non-caseload aside. So the read may go on while the caseload opens. The connection is only read
 * through ({@code query_only}).
 */
public final class ListReadAhead implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ListReadAhead.class);
    /** Lines per chunk handed on: as many as a batch of the list's own read. */
    private static final int CHUNK = 2_000;

    /** What the rows are built from besides the lines, read before them. */
    record Start(LocalDate day, Map<String, String> coachNames, Map<String, List<Record>> proefplaatsingen,
                 DayTable days) {
    }

    private final Path file;
    private final List<List<CandidateLine>> chunks = new ArrayList<>();
    // Guarded by this.
    private Start start;
    private boolean ended;
    private boolean failed;
    private boolean taken;
    private boolean served;
    /** Let go of while still reading: the reading thread closes its connection when it ends. */
    private boolean closeAtEnd;
    private Connection connection;
    private Object fileKey;
    private long version;

    private ListReadAhead(Path file) {
        this.file = file.toAbsolutePath();
    }

    /** Starts reading on a thread of its own. */
    public static ListReadAhead start(Path dbFile, Clock clock) {
        ListReadAhead ahead = new ListReadAhead(dbFile);
        Thread thread = new Thread(() -> ahead.readFor(LocalDate.now(clock)), "werkmap-vooruitlezen");
        thread.setDaemon(true);
        thread.start();
        return ahead;
    }

    /** Reads on the calling thread (tests). */
    static ListReadAhead readNow(Path dbFile, LocalDate today) {
        ListReadAhead ahead = new ListReadAhead(dbFile);
        ahead.readFor(today);
        return ahead;
    }

    private void readFor(LocalDate today) {
        boolean broken = true;
        try {
            read(today);
            broken = false;
        } catch (SQLException | IOException | RuntimeException e) {
            // The unlock reads the list itself, and reports what goes wrong there.
            LOG.debug("Vooruitlezen van de caseload overgeslagen", e);
        } finally {
            // Whatever ends the read (an Error too): the unlock's list read waits for this, never in vain.
            end(broken);
        }
    }

    private void read(LocalDate today) throws SQLException, IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        CaseloadFileCheck.check(file);
        if (!SchemaMigrator.isCurrent(file)) {
            return;
        }
        Connection reading = Database.connectUnmapped(file);
        synchronized (this) {
            // From here a failure closes it (end).
            connection = reading;
        }
        if (!walJournal(reading)) {
            // The opening switches such a file to WAL, which needs it to itself (none should be left).
            synchronized (this) {
                closeConnection();
            }
            return;
        }
        long before = dataVersion(reading);
        synchronized (this) {
            fileKey = fileKey(file);
            version = before;
        }
        reading.setAutoCommit(false);
        try {
            DSLContext dsl = DSL.using(reading, SQLDialect.SQLITE);
            DayTable days = new DayTable();
            publish(new Start(today, CaseloadQuery.coachNames(dsl), CaseloadQuery.proefplaatsingen(dsl), days));
            CaseloadQuery.Batching chunking = new CaseloadQuery.Batching(CHUNK, this::publish);
            CaseloadQuery.eachLine(reading, today, new CandidateLine.Reader(days), chunking);
            chunking.finish();
        } finally {
            reading.commit();
            reading.setAutoCommit(true);
        }
    }

    private synchronized void publish(Start read) {
        start = read;
        notifyAll();
    }

    private synchronized void publish(List<CandidateLine> chunk) {
        if (!closeAtEnd) {
            chunks.add(chunk);
        }
        notifyAll();
    }

    private synchronized void end(boolean failure) {
        ended = true;
        failed = failure;
        if (failure || closeAtEnd) {
            letGo();
        }
        notifyAll();
    }

    /**
     * The lines read for {@code today}, chunk by chunk as the read goes on, or null if none will come (another day,
     * the file not read). Once: later calls give null.
     */
    synchronized Lines take(LocalDate today) {
        while (start == null && !ended) {
            waitHere();
        }
        if (taken || start == null || !start.day().equals(today)) {
            close();
            return null;
        }
        taken = true;
        return new Lines(start);
    }

    /** The lines of one {@link #take}, and at the end whether the file still holds them. */
    final class Lines {

        private final Start start;
        private int next;

        private Lines(Start start) {
            this.start = start;
        }

        Start start() {
            return start;
        }

        /** The next chunk, waiting for it if it is still being read; null after the last. */
        List<CandidateLine> next() {
            synchronized (ListReadAhead.this) {
                while (next == chunks.size() && !ended) {
                    waitHere();
                }
                return next < chunks.size() ? chunks.get(next++) : null;
            }
        }

        /**
         * After the last chunk: whether the read went to its end and nothing was committed to the same file since it
         * began. Closes the connection.
         */
        boolean current() {
            synchronized (ListReadAhead.this) {
                while (!ended) {
                    waitHere();
                }
                try {
                    served = !failed && connection != null && Objects.equals(fileKey, fileKey(file))
                            && dataVersion(connection) == version;
                } catch (SQLException | IOException e) {
                    LOG.debug("Vooruitgelezen caseload niet te controleren; opnieuw gelezen", e);
                    served = false;
                } finally {
                    closeConnection();
                }
                return served;
            }
        }
    }

    /** Whether the lines were used (tests). */
    synchronized boolean served() {
        return served;
    }

    /**
     * Lets go of the read and its connection, used or not, without waiting: a read still going closes its connection
     * when it ends (another thread must not close it under a running statement).
     */
    @Override
    public synchronized void close() {
        taken = true;
        if (ended) {
            letGo();
        } else {
            closeAtEnd = true;
        }
    }

    /** The connection closed and the lines dropped: a list read after them must not have to find room beside them. */
    private void letGo() {
        closeConnection();
        chunks.clear();
    }

    private void waitHere() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Onderbroken tijdens het vooruitlezen van de caseload", e);
        }
    }

    private void closeConnection() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Verbinding voor vooruitlezen niet netjes gesloten", e);
        }
        connection = null;
    }

    private static boolean walJournal(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            return rs.next() && "wal".equalsIgnoreCase(rs.getString(1));
        }
    }

    /** Changes whenever another connection commits to the file (SQLite's own counter, per connection). */
    private static long dataVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The file itself (inode or its like): a file put aside and made anew at the same path is another one. */
    private static Object fileKey(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return attributes.fileKey() != null ? attributes.fileKey() : attributes.creationTime();
    }
}
