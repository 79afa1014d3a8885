package nl.werkmap.bench.sync;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.werkmap.sync.protocol.Change;

/**
 * The floor for applying changes: the same rows bulk-inserted into a plain SQLite file, one table per entity with a
 * text column per field, one prepared statement per table, one transaction, WAL as the app's files use. No merge,
 * no change log, no clocks: what storing those rows costs at the least.
 */
final class PlainInsert {

    private PlainInsert() {
    }

    /** Inserts {@code changes} into a new file {@code db}; returns the nanoseconds taken, table creation included. */
    static long insert(Path db, List<Change> changes) throws SQLException {
        Map<String, List<Change>> byEntity = new LinkedHashMap<>();
        for (Change c : changes) {
            byEntity.computeIfAbsent(c.entity(), k -> new ArrayList<>()).add(c);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
            }
            long t0 = System.nanoTime();
            connection.setAutoCommit(false);
            for (Map.Entry<String, List<Change>> entity : byEntity.entrySet()) {
                Set<String> columns = new LinkedHashSet<>();
                entity.getValue().forEach(c -> columns.addAll(c.fields().keySet()));
                List<String> fields = List.copyOf(columns);
                StringBuilder create = new StringBuilder("CREATE TABLE IF NOT EXISTS \"" + entity.getKey()
                        + "\" (id TEXT PRIMARY KEY");
                StringBuilder insert = new StringBuilder("INSERT OR REPLACE INTO \"" + entity.getKey() + "\" (id");
                StringBuilder marks = new StringBuilder("?");
                for (String f : fields) {
                    create.append(", \"").append(f).append("\" TEXT");
                    insert.append(", \"").append(f).append('"');
                    marks.append(", ?");
                }
                try (Statement s = connection.createStatement()) {
                    s.execute(create.append(')').toString());
                }
                try (PreparedStatement p = connection.prepareStatement(
                        insert.append(") VALUES (").append(marks).append(')').toString())) {
                    for (Change c : entity.getValue()) {
                        p.setString(1, c.id());
                        for (int i = 0; i < fields.size(); i++) {
                            p.setString(i + 2, c.fields().get(fields.get(i)));
                        }
                        p.addBatch();
                    }
                    p.executeBatch();
                }
            }
            connection.commit();
            return System.nanoTime() - t0;
        }
    }
}
