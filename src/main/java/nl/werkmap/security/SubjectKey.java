package nl.werkmap.security;

import java.util.Arrays;

/**
 * A data key of its own for one subject (at the hub: one candidate), so that destroying its wrapped form destroys
 * every value sealed under it at once (crypto-shredding). It seals fields exactly as the vault does
 * ({@link FieldSealer}: AES-256-GCM bound to table, column and row id). At rest it exists only wrapped: sealed with
 * the vault's data key and bound to the subject ({@link Vault#newSubjectKey}, {@link Vault#openSubjectKey}).
 * {@link #destroy()} wipes it and drops its ciphers, as locking does for the vault's key.
 */
public final class SubjectKey implements FieldSealer {

    static final int KEY_BYTES = 32;
    private static final String WRAP_COLUMN = "data_key";

    private final DataKey dataKey;
    private final GcmFieldSealer sealer;

    private SubjectKey(AesKey key) {
        this.dataKey = new DataKey(key);
        this.sealer = new GcmFieldSealer(dataKey);
    }

    /** A new key and its wrapped form: the vault's key seals it, bound to {@code table} and {@code subject}. */
    public record Fresh(SubjectKey key, byte[] wrapped) {
    }

    static Fresh fresh(AesKey wrapping, String table, String subject) {
        byte[] raw = AesGcm.randomBytes(KEY_BYTES);
        byte[] wrapped = GcmFieldSealer.sealBytes(wrapping, GcmFieldSealer.associatedData(table, WRAP_COLUMN, subject),
                raw);
        return new Fresh(new SubjectKey(new AesKey(raw)), wrapped);
    }

    static SubjectKey unwrap(AesKey wrapping, String table, String subject, byte[] wrapped) {
        byte[] raw = GcmFieldSealer.openBytes(wrapping, GcmFieldSealer.associatedData(table, WRAP_COLUMN, subject),
                wrapped);
        if (raw == null || raw.length != KEY_BYTES) {
            if (raw != null) {
                Arrays.fill(raw, (byte) 0);
            }
            throw new TamperedFieldException(table, WRAP_COLUMN, subject, null);
        }
        return new SubjectKey(new AesKey(raw));
    }

    @Override
    public byte[] seal(String table, String column, String rowId, String plaintext) {
        return sealer.seal(table, column, rowId, plaintext);
    }

    @Override
    public String open(String table, String column, String rowId, byte[] sealed) {
        return sealer.open(table, column, rowId, sealed);
    }

    /** As {@link #open}, the plaintext's UTF-8 as sealed (a {@code new String} of it is what {@link #open} gives). */
    public byte[] openUtf8(String table, String column, String rowId, byte[] sealed) {
        return sealer.openUtf8(table, column, rowId, sealed);
    }

    /** Wipes the key; sealing or opening with it refuses from then on. Safe to call more than once. */
    public void destroy() {
        dataKey.destroy();
    }

    public boolean isDestroyed() {
        return dataKey.isDestroyed();
    }

    @Override
    public String toString() {
        return "SubjectKey[" + (isDestroyed() ? "destroyed" : "open") + "]";
    }

}
