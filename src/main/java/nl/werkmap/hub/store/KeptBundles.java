package nl.werkmap.hub.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.BundleJson;
import nl.werkmap.sync.protocol.Change;

/**
 * How the hub keeps a received up-bundle for audit so that erasing a candidate reaches it: not the JWE as received
 * (the hub's long-lived private key would open it, and with it every candidate in it, for as long as the hub
 * exists), but one part per candidate in {@code received_part}: the bundle as signed, with only that candidate's
 * changes, sealed under the candidate's key (rows of no candidate and the coach's decisions go to the part of
 * subject {@value MasterSealing#NO_CANDIDATE}). {@code received_bundle} keeps who sent what when, with the digest of
 * the signed payload; its {@code jwe} column stays empty for bundles kept this way. Destroying a candidate's key
 * leaves its parts unreadable, the other candidates' parts intact.
 */
final class KeptBundles {

    static final String TABLE = "received_part";

    private KeptBundles() {
    }

    /** Seals and stores the parts of {@code bundle}; {@code owner} names the candidate of each change's row. */
    static void keep(Connection connection, MasterSealing.Session keys, Bundle bundle,
                     Function<Change, String> owner) throws SQLException {
        Map<String, List<Change>> parts = new LinkedHashMap<>();
        for (Change change : bundle.changes()) {
            parts.computeIfAbsent(MasterSealing.subject(owner.apply(change)), s -> new ArrayList<>()).add(change);
        }
        if (!bundle.resolutionsOrNone().isEmpty()) {
            parts.computeIfAbsent(MasterSealing.NO_CANDIDATE, s -> new ArrayList<>());
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                + " (bundle_id, subject, sealed_bundle) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, List<Change>> part : parts.entrySet()) {
                boolean shared = part.getKey().equals(MasterSealing.NO_CANDIDATE);
                Bundle only = new Bundle(bundle.format(), bundle.version(), bundle.kind(), bundle.bundleId(),
                        bundle.deviceId(), bundle.municipality(), bundle.recipient(), bundle.seqFrom(),
                        bundle.seqTo(), bundle.createdAt(), part.getValue(), bundle.hubEncryptionKey(),
                        bundle.transferredAway(), bundle.conflicts(), shared ? bundle.resolutions() : null);
                String json = new String(BundleJson.write(only), StandardCharsets.UTF_8);
                insert.setString(1, bundle.bundleId());
                insert.setString(2, part.getKey());
                insert.setString(3, keys.seal(shared ? null : part.getKey(), TABLE, bundle.bundleId(), "bundle",
                        json));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Re-keeps every bundle a hub from before V9 kept whole as its JWE: opened ({@code opener}; null when it cannot
     * be, which leaves that JWE as it is and is counted), split per candidate of each change's row as stored now,
     * sealed, and the JWE emptied. Runs in the caller's write transaction; returns {re-kept, left as they were}.
     */
    static int[] resplitWholeBundles(Connection connection, MasterSealing.Session keys,
                                     Function<String, Bundle> opener) throws SQLException {
        List<String[]> whole = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT bundle_id, jwe FROM received_bundle"
                + " WHERE jwe <> '' ORDER BY bundle_id");
             ResultSet r = query.executeQuery()) {
            while (r.next()) {
                whole.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        int done = 0;
        int left = 0;
        try (PreparedStatement owner = connection.prepareStatement("SELECT candidate_id FROM master_row"
                + " WHERE entity = ? AND entity_id = ?");
             PreparedStatement empty = connection.prepareStatement("UPDATE received_bundle SET jwe = ''"
                     + " WHERE bundle_id = ?")) {
            for (String[] kept : whole) {
                Bundle bundle = opener.apply(kept[1]);
                if (bundle == null || !bundle.bundleId().equals(kept[0])) {
                    left++;
                    continue;
                }
                Map<String, String> owners = new java.util.HashMap<>();
                for (Change change : bundle.changes()) {
                    String key = change.entity() + '\u0000' + change.id();
                    if (!owners.containsKey(key)) {
                        owner.setString(1, change.entity());
                        owner.setString(2, change.id());
                        try (ResultSet r = owner.executeQuery()) {
                            owners.put(key, r.next() ? r.getString(1) : null);
                        }
                    }
                }
                keep(connection, keys, bundle, change -> owners.get(change.entity() + '\u0000' + change.id()));
                empty.setString(1, kept[0]);
                empty.executeUpdate();
                done++;
            }
        }
        return new int[] {done, left};
    }

    /** The kept parts of one bundle that can still be opened, by subject; for audit and tests. */
    static Map<String, Bundle> read(Connection connection, MasterSealing.Session keys, String bundleId)
            throws SQLException {
        Map<String, Bundle> parts = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT subject, sealed_bundle FROM " + TABLE
                + " WHERE bundle_id = ? ORDER BY subject")) {
            query.setString(1, bundleId);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    String subject = r.getString(1);
                    String json = keys.open(MasterSealing.NO_CANDIDATE.equals(subject) ? null : subject, TABLE,
                            bundleId, "bundle", r.getString(2));
                    parts.put(subject, BundleJson.read(json.getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        return parts;
    }
}
