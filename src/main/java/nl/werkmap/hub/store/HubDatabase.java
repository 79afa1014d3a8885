package nl.werkmap.hub.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The hub's own database: SQLite by default, PostgreSQL when the URL says so. Migrated by Flyway from
 * {@code db/hub}; queried through jOOQ's DSL without generated code, so one code path serves both dialects (the
 * dialect only changes how jOOQ renders, e.g. upserts). Writes go through one lock: the journal position must be
 * handed out and committed in order, and SQLite has one writer anyway.
 */
public final class HubDatabase {

    private final String url;
    private final String user;
    private final String password;
    private final SQLDialect dialect;
    private final ReentrantLock writeLock = new ReentrantLock(true);

    private HubDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.dialect = url.startsWith("jdbc:postgresql:") ? SQLDialect.POSTGRES : SQLDialect.SQLITE;
    }

    /** Opens and migrates; {@code url} is {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://...}. */
    public static HubDatabase open(String url, String user, String password) {
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("De hub ondersteunt alleen SQLite en PostgreSQL, niet " + url);
        }
        HubDatabase database = new HubDatabase(url, user, password);
        if (database.dialect == SQLDialect.SQLITE) {
            // WAL is a property of the file: set once here, not on every connection (that needs the write lock).
            database.exclusive(dsl -> dsl.fetch("PRAGMA journal_mode=WAL"));
        }
        Flyway.configure(HubDatabase.class.getClassLoader())
                .dataSource(url, user, password)
                .locations("classpath:db/hub")
                .load()
                .migrate();
        return database;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    public String url() {
        return url;
    }

    public <T> T read(Function<DSLContext, T> work) {
        try (Connection connection = connect()) {
            return work.apply(DSL.using(connection, dialect));
        } catch (SQLException e) {
            throw new HubStoreException("De hub-database is niet bereikbaar: " + e.getMessage(), e);
        }
    }

    /** One transaction, one writer at a time. */
    public <T> T write(Function<DSLContext, T> work) {
        writeLock.lock();
        try (Connection connection = connect()) {
            return DSL.using(connection, dialect).transactionResult(cfg -> work.apply(cfg.dsl()));
        } catch (SQLException e) {
            throw new HubStoreException("De hub-database is niet bereikbaar: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Behind the writer lock but outside a transaction, for statements such as SQLite's VACUUM INTO. */
    public <T> T exclusive(Function<DSLContext, T> work) {
        writeLock.lock();
        try (Connection connection = connect()) {
            return work.apply(DSL.using(connection, dialect));
        } catch (SQLException e) {
            throw new HubStoreException("De hub-database is niet bereikbaar: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        if (dialect == SQLDialect.SQLITE) {
            properties.setProperty("busy_timeout", "10000");
            properties.setProperty("foreign_keys", "true");
        }
        return DriverManager.getConnection(url, properties);
    }
}
