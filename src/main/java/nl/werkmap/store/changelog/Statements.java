package nl.werkmap.store.changelog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The prepared statements of one run of remote change lists on one connection, by their SQL: each is prepared once
 * per run instead of once per list. A first sync writes dozens of bundles of the same tables with the same few row
 * shapes, and preparing an insert compiles the table's triggers and foreign-key checks into it each time. Closed
 * with the run; not for use by more than one thread.
 */
final class Statements implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Statements(Connection connection) {
        this.connection = connection;
    }

    /** The statement for {@code sql}, prepared the first time it is asked for; its batch and parameters are empty. */
    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement s = prepared.get(sql);
        if (s == null) {
            s = connection.prepareStatement(sql);
            prepared.put(sql, s);
        } else {
            s.clearParameters();
        }
        return s;
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement s : prepared.values()) {
            try {
                s.close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        prepared.clear();
        if (first != null) {
            throw first;
        }
    }
}
