package nl.werkmap.hub.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import nl.werkmap.security.SubjectKey;
import nl.werkmap.security.TamperedFieldException;
import nl.werkmap.security.Vault;
import nl.werkmap.sync.protocol.PersonalColumns;

/**
 * How the master caseload's personal fields rest: each candidate has a data key of its own ({@code hub_subject_key},
 * wrapped by the hub's data key, the one the hub passphrase opens), and every personal value of a row that belongs
 * to the candidate is sealed under it (AES-256-GCM, entity, field and row id bound as associated data), as base64
 * text in {@code sealed_value}; {@code value} is then null. Rows of no candidate (employers, coaches, contacts not
 * linked to a placement yet) share one hub-wide key, subject {@value #NO_CANDIDATE}: their personal fields are
 * employer contact persons, who are not erased per candidate, and one key keeps one code path. Erasing a candidate
 * later is deleting its key row: every sealed copy (master fields, lost conflict values, kept bundle parts) is then
 * unreadable at once.
 *
 * <p>Which fields are personal is the laptops' definition ({@link PersonalColumns}); fields this version does not
 * know are sealed too. The plain columns (ids, coach, status, dates) stay plain, so the feed and the admin counts
 * query them as before.
 */
public final class MasterSealing {

    /** The subject of rows that belong to no candidate. */
    static final String NO_CANDIDATE = "*";
    private static final String KEY_TABLE = "hub_subject_key";
    private static final int CHUNK = 500;

    private final Supplier<Vault> vault;

    private MasterSealing(Supplier<Vault> vault) {
        this.vault = vault;
    }

    /** Sealing with the hub's data key, as the key store holds it; refuses when the hub is locked. */
    public static MasterSealing of(HubKeyStore keys) {
        return new MasterSealing(keys::vault);
    }

    /** Sealing with {@code vault}'s data key (tools and tests that run a caseload without a key store). */
    public static MasterSealing with(Vault vault) {
        return new MasterSealing(() -> vault);
    }

    /** Whether the hub keeps {@code entity.field} sealed. */
    static boolean personal(String entity, String field) {
        return PersonalColumns.sealedOrUnknown(entity, field);
    }

    static String subject(String candidate) {
        return candidate == null ? NO_CANDIDATE : candidate;
    }

    /** The keys one apply or one read uses, opened as needed and wiped when it ends. */
    Session session(Connection connection) {
        return new Session(connection);
    }

    /** Opened subject keys for one unit of work; not thread-safe; close wipes them. */
    final class Session implements AutoCloseable {

        private final Connection connection;
        private final Map<String, SubjectKey> open = new HashMap<>();
        /** Subjects looked up and found to have no key yet, so making theirs needs no second lookup. */
        private final java.util.Set<String> missing = new java.util.HashSet<>();
        private final Map<String, String> created = new LinkedHashMap<>();
        /** The last candidate whose key was asked for (compared by reference) and that key. */
        private String lastCandidate;
        private SubjectKey lastKey;

        private Session(Connection connection) {
            this.connection = connection;
        }

        /** Opens the keys of {@code candidates} that exist, in a few queries (null stands for no candidate). */
        void preload(Collection<String> candidates) throws SQLException {
            List<String> wanted = notOpenYet(candidates);
            if (wanted.isEmpty()) {
                return;
            }
            Vault hubKey = vault.get();
            String in = "?" + ",?".repeat(CHUNK - 1);
            try (PreparedStatement query = connection.prepareStatement("SELECT subject, wrapped FROM " + KEY_TABLE
                    + " WHERE subject IN (" + in + ")")) {
                for (int start = 0; start < wanted.size(); start += CHUNK) {
                    bindChunk(query, wanted.subList(start, Math.min(wanted.size(), start + CHUNK)));
                    try (ResultSet r = query.executeQuery()) {
                        openAll(r, hubKey);
                    }
                }
            }
            for (String subject : wanted) {
                if (!open.containsKey(subject)) {
                    missing.add(subject);
                }
            }
        }

        // The loops of preload are methods of their own, so the JIT compiles each once instead of compiling preload
        // again around each loop (on-stack replacement) with the unwrapping inlined into every copy.

        /** The subjects of {@code candidates} neither open nor known missing, each once, in order. */
        private List<String> notOpenYet(Collection<String> candidates) {
            java.util.Set<String> distinct = new java.util.LinkedHashSet<>();
            for (String candidate : candidates) {
                String subject = subject(candidate);
                if (!open.containsKey(subject) && !missing.contains(subject)) {
                    distinct.add(subject);
                }
            }
            return new ArrayList<>(distinct);
        }

        /** All CHUNK marks bound: the part, its last subject repeated for the marks left over. */
        private void bindChunk(PreparedStatement query, List<String> part) throws SQLException {
            for (int i = 0; i < CHUNK; i++) {
                query.setString(i + 1, part.get(Math.min(i, part.size() - 1)));
            }
        }

        private void openAll(ResultSet r, Vault hubKey) throws SQLException {
            while (r.next()) {
                String subject = r.getString(1);
                if (!open.containsKey(subject)) {
                    open.put(subject, unwrap(hubKey, subject, r.getString(2)));
                }
            }
        }

        /** Seals {@code value} of a row of {@code candidate}; makes the candidate's key if it has none yet. */
        String seal(String candidate, String entity, String id, String field, String value) throws SQLException {
            if (value == null) {
                return null;
            }
            return Base64.getEncoder().encodeToString(key(candidate, true).seal(entity, field, id, value));
        }

        /** Opens a sealed value of a row of {@code candidate}. */
        String open(String candidate, String entity, String id, String field, String sealed) throws SQLException {
            if (sealed == null) {
                return null;
            }
            return open(candidate, entity, id, field, sealed.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }

        /**
         * As {@link #open(String, String, String, String, String)} for the stored base64 text's bytes, as a first
         * fetch reads them (two million values: no string made and turned back into bytes first).
         */
        String open(String candidate, String entity, String id, String field, byte[] sealed) throws SQLException {
            byte[] utf8 = openUtf8(candidate, entity, id, field, sealed);
            return utf8 == null ? null : new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
        }

        /**
         * As {@link #open(String, String, String, String, byte[])}, the value's UTF-8 as it was sealed: a first fetch
         * writes it into the bundle as it is.
         */
        byte[] openUtf8(String candidate, String entity, String id, String field, byte[] sealed) throws SQLException {
            if (sealed == null) {
                return null;
            }
            return openUtf8(candidate, entity, id, field, sealed, 0, sealed.length);
        }

        /**
         * As {@link #openUtf8(String, String, String, String, byte[])} for the stored base64 text's bytes
         * {@code sealed[offset, offset + length)}, as a first fetch reads a row's fields packed into one array.
         */
        byte[] openUtf8(String candidate, String entity, String id, String field, byte[] sealed, int offset,
                        int length) throws SQLException {
            SubjectKey key = key(candidate, false);
            if (key == null) {
                throw new HubStoreException("De sleutel van " + subject(candidate) + " ontbreekt in de hub-database,"
                        + " dus " + entity + "." + field + " van " + id + " kan niet worden geopend. Zet een"
                        + " reservekopie van de hub-database terug.", null);
            }
            try {
                return key.openUtf8(entity, field, id, base64(sealed, offset, length));
            } catch (TamperedFieldException | IllegalArgumentException e) {
                throw new HubStoreException("Een versleuteld gegeven in de hub-database (" + entity + "." + field
                        + " van " + id + ") is beschadigd of hoort niet op deze plek. Zet een reservekopie van de"
                        + " hub-database terug.", e);
            }
        }

        /** The bytes of the base64 text {@code text[offset, offset + length)}; refused as {@link Base64} refuses. */
        private static byte[] base64(byte[] text, int offset, int length) {
            if (offset == 0 && length == text.length) {
                return Base64.getDecoder().decode(text);
            }
            java.nio.ByteBuffer bytes = Base64.getDecoder().decode(java.nio.ByteBuffer.wrap(text, offset, length));
            return bytes.arrayOffset() == 0 && bytes.remaining() == bytes.array().length ? bytes.array()
                    : java.util.Arrays.copyOfRange(bytes.array(), bytes.arrayOffset() + bytes.position(),
                    bytes.arrayOffset() + bytes.limit());
        }

        private SubjectKey key(String candidate, boolean create) throws SQLException {
            if (candidate != null && candidate == lastCandidate) {
                // A row's sealed fields come one after another with the same candidate (the same String): a feed
                // opens two million values, and the map lookup per value showed up beside the decryption itself.
                return lastKey;
            }
            String subject = subject(candidate);
            SubjectKey key = open.get(subject);
            if (key == null && !missing.contains(subject)) {
                preload(List.of(subject));
                key = open.get(subject);
            }
            if (key == null && create) {
                SubjectKey.Fresh fresh = vault.get().newSubjectKey(KEY_TABLE, subject);
                key = fresh.key();
                open.put(subject, key);
                missing.remove(subject);
                created.put(subject, Base64.getEncoder().encodeToString(fresh.wrapped()));
            }
            if (key != null && candidate != null) {
                lastCandidate = candidate;
                lastKey = key;
            }
            return key;
        }

        /** Writes the keys made in this session; in the caller's write transaction, before it commits. */
        void storeNewKeys(String createdAt) throws SQLException {
            if (created.isEmpty()) {
                return;
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + KEY_TABLE
                    + " (subject, wrapped, created_at) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, String> key : created.entrySet()) {
                    insert.setString(1, key.getKey());
                    insert.setString(2, key.getValue());
                    insert.setString(3, createdAt);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            created.clear();
        }

        @Override
        public void close() {
            open.values().forEach(SubjectKey::destroy);
            open.clear();
            lastCandidate = null;
            lastKey = null;
            missing.clear();
            created.clear();
        }
    }

    private static SubjectKey unwrap(Vault hubKey, String subject, String wrapped) {
        try {
            return hubKey.openSubjectKey(KEY_TABLE, subject, Base64.getDecoder().decode(Objects.requireNonNull(wrapped)));
        } catch (TamperedFieldException | IllegalArgumentException e) {
            throw new HubStoreException("De sleutel van " + subject + " in de hub-database is beschadigd of hoort bij"
                    + " een andere hub. Zet een reservekopie van de hub-database terug.", e);
        }
    }
}
