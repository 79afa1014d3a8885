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
import java.util.concurrent.CompletableFuture;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.werkmap.store.db.CaseloadFileCheck;
import nl.werkmap.store.db.Database;

/**
 * The caseload list's lines read from SQLite ahead, while the coach types the passphrase: the same statements as
 * {@link CaseloadQuery}'s read, the names still sealed (nothing is opened, and no key is needed, to read them). At
 * 150,000 candidates that read was the longest step after "Ontgrendelen" (about 1.5 s on two cores, issue 13); the
 * unlock now only opens the names and builds the rows.
 *
 * <p>The lines are used only if they are still what the file holds: read for the same day, from the same file, and
 * with no change committed to it since, by anyone (a migration, an erasure finished at opening, a sync, another
 * program). SQLite's {@code PRAGMA data_version} on the read's own connection, kept open until then, tells that.
 * Otherwise the list is read as before. The connection is only read through ({@code query_only}) and holds no
 * transaction between the read and that check, so the opening's migration and its backup copy work as without it.
 */
public final class ListReadAhead implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ListReadAhead.class);

    /** The lines of a whole list as read on {@code day}, with what the rows are built from besides them. */
    record Lines(LocalDate day, Map<String, String> coachNames, Map<String, List<Record>> proefplaatsingen,
                 DayTable days, List<CandidateLine> lines) {
    }

    private final Path file;
    private final CompletableFuture<Lines> read = new CompletableFuture<>();
    private Connection connection;
    private Object fileKey;
    private long version;
    private boolean taken;
    private boolean served;

    private ListReadAhead(Path file) {
        this.file = file.toAbsolutePath();
    }

    /** Starts reading on a thread of its own; nothing is read if {@code dbFile} is no caseload yet. */
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
        try {
            read.complete(readLines(today));
        } catch (SQLException | IOException | RuntimeException e) {
            // The unlock reads the list itself, and reports what goes wrong there.
            LOG.debug("Vooruitlezen van de caseload overgeslagen", e);
            closeQuietly();
            read.complete(null);
        }
    }

    private Lines readLines(LocalDate today) throws SQLException, IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        // No connection is kept to a file that is no caseload: the unlock may put such a file aside.
        CaseloadFileCheck.check(file);
        synchronized (this) {
            connection = Database.connectQueryOnly(file);
            fileKey = fileKey(file);
        }
        version = dataVersion(connection);
        connection.setAutoCommit(false);
        try {
            DSLContext dsl = DSL.using(connection, SQLDialect.SQLITE);
            DayTable days = new DayTable();
            Map<String, String> coachNames = CaseloadQuery.coachNames(dsl);
            Map<String, List<Record>> proefplaatsingen = CaseloadQuery.proefplaatsingen(dsl);
            List<CandidateLine> lines = new ArrayList<>();
            CaseloadQuery.eachLine(connection, today, new CandidateLine.Reader(days), lines::add);
            return new Lines(today, coachNames, proefplaatsingen, days, lines);
        } finally {
            // No transaction is held after the read: a checkpoint or a migration at opening must not wait for it.
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    /**
     * Waits until the read is done (it may still run when the coach types fast). Called before the caseload is
     * opened, so the opening never finds this read halfway.
     */
    public void settle() {
        read.join();
    }

    /**
     * The lines read ahead, if they are for {@code today} and the file has not changed since; null otherwise. Once:
     * the connection is closed after this, and later calls give null.
     */
    synchronized Lines take(LocalDate today) {
        Lines lines = read.join();
        if (taken) {
            return null;
        }
        taken = true;
        try {
            if (lines == null || !lines.day().equals(today) || !Objects.equals(fileKey, fileKey(file))
                    || dataVersion(connection) != version) {
                return null;
            }
            served = true;
            return lines;
        } catch (SQLException | IOException e) {
            LOG.debug("Vooruitgelezen caseload niet te controleren; opnieuw gelezen", e);
            return null;
        } finally {
            closeQuietly();
        }
    }

    /** Whether {@link #take} gave the lines (tests). */
    synchronized boolean served() {
        return served;
    }

    /** Lets go of the read and its connection, used or not. */
    @Override
    public void close() {
        read.join();
        synchronized (this) {
            taken = true;
            closeQuietly();
        }
    }

    private synchronized void closeQuietly() {
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
