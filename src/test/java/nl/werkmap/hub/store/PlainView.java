package nl.werkmap.hub.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * For tests that compare master states with plain SQL: writes every sealed value back as plain text in the same
 * database (opened with the caseload's keys), so queries on {@code value} and {@code losing_value} see them again.
 * Test code only; a hub never does this.
 */
public final class PlainView {

    private PlainView() {
    }

    public static void unseal(HubDatabase db, MasterSealing sealing) {
        db.write(dsl -> dsl.connectionResult(connection -> {
            try (MasterSealing.Session keys = sealing.session(connection)) {
                List<String[]> fields = new ArrayList<>();
                try (PreparedStatement q = connection.prepareStatement("SELECT f.entity, f.entity_id, f.field,"
                        + " f.sealed_value, r.candidate_id FROM master_field f JOIN master_row r ON r.entity = f.entity"
                        + " AND r.entity_id = f.entity_id WHERE f.sealed_value IS NOT NULL");
                     ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        fields.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getString(5)});
                    }
                }
                try (PreparedStatement u = connection.prepareStatement("UPDATE master_field SET value = ?,"
                        + " sealed_value = NULL WHERE entity = ? AND entity_id = ? AND field = ?")) {
                    for (String[] f : fields) {
                        u.setString(1, keys.open(f[4], f[0], f[1], f[2], f[3]));
                        u.setString(2, f[0]);
                        u.setString(3, f[1]);
                        u.setString(4, f[2]);
                        u.executeUpdate();
                    }
                }
                List<String[]> losses = new ArrayList<>();
                try (PreparedStatement q = connection.prepareStatement("SELECT entity, entity_id, field, losing_hlc,"
                        + " losing_sealed, losing_subject FROM hub_conflict WHERE losing_sealed IS NOT NULL");
                     ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        losses.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getString(5), r.getString(6)});
                    }
                }
                try (PreparedStatement u = connection.prepareStatement("UPDATE hub_conflict SET losing_value = ?,"
                        + " losing_sealed = NULL WHERE entity = ? AND entity_id = ? AND field = ? AND losing_hlc = ?")) {
                    for (String[] l : losses) {
                        u.setString(1, keys.open(l[5], "hub_conflict", l[1] + '@' + l[3], l[0] + '.' + l[2], l[4]));
                        u.setString(2, l[0]);
                        u.setString(3, l[1]);
                        u.setString(4, l[2]);
                        u.setString(5, l[3]);
                        u.executeUpdate();
                    }
                }
                return null;
            }
        }));
    }
}
