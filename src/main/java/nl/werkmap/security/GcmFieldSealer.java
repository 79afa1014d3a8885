package nl.werkmap.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.crypto.AEADBadTagException;

/**
 * Sealed field format, version 1: {@code 0x01 | 12-byte random nonce | AES-256-GCM ciphertext | 16-byte tag}.
 * The associated data is {@code "werkmap/v1"} followed by table, column and row id, each as a 4-byte big-endian
 * length and its UTF-8 bytes. The lengths keep the binding unambiguous even when a name contains a separator
 * ("a|b","c" must not equal "a","b|c"). Changing any of this needs a new version byte.
 */
final class GcmFieldSealer implements FieldSealer {

    static final byte VERSION = 1;
    static final int OVERHEAD = 1 + AesGcm.NONCE_BYTES + AesGcm.TAG_BYTES;
    private static final byte[] AAD_PREFIX = "werkmap/v1".getBytes(StandardCharsets.US_ASCII);

    private final DataKey dataKey;

    GcmFieldSealer(DataKey dataKey) {
        this.dataKey = dataKey;
    }

    @Override
    public byte[] seal(String table, String column, String rowId, String plaintext) {
        byte[] aad = associatedData(table, column, rowId);
        long stamp = dataKey.begin();
        if (plaintext == null) {
            return null;
        }
        byte[] sealed = sealBytes(dataKey.key(), aad, strictUtf8(plaintext));
        dataKey.end(stamp);
        return sealed;
    }

    /** The sealed form of {@code plain} under {@code key}: version byte, nonce, ciphertext and tag. */
    static byte[] sealBytes(AesKey key, byte[] aad, byte[] plain) {
        byte[] sealed = new byte[OVERHEAD + plain.length];
        sealed[0] = VERSION;
        AesGcm.nextNonce(sealed, 1);
        AesGcm.encrypt(key, sealed, 1, aad, plain, sealed, 1 + AesGcm.NONCE_BYTES);
        return sealed;
    }

    /** Opens what {@link #sealBytes} made; null when the bytes are not of this format or fail their tag. */
    static byte[] openBytes(AesKey key, byte[] aad, byte[] sealed) {
        if (sealed.length < OVERHEAD || sealed[0] != VERSION) {
            return null;
        }
        try {
            int start = 1 + AesGcm.NONCE_BYTES;
            return AesGcm.decrypt(key, sealed, 1, aad, sealed, start, sealed.length - start);
        } catch (AEADBadTagException e) {
            return null;
        }
    }

    @Override
    public String open(String table, String column, String rowId, byte[] sealed) {
        byte[] aad = associatedData(table, column, rowId);
        long stamp = dataKey.begin();
        if (sealed == null) {
            return null;
        }
        if (sealed.length < OVERHEAD || sealed[0] != VERSION) {
            throw new TamperedFieldException(table, column, rowId, null);
        }
        byte[] plain;
        try {
            int start = 1 + AesGcm.NONCE_BYTES;
            plain = AesGcm.decrypt(dataKey.key(), sealed, 1, aad, sealed, start, sealed.length - start);
        } catch (AEADBadTagException e) {
            dataKey.end(stamp);
            throw new TamperedFieldException(table, column, rowId, e);
        }
        dataKey.end(stamp);
        return new String(plain, StandardCharsets.UTF_8);
    }

    static byte[] associatedData(String table, String column, String rowId) {
        byte[] t = Objects.requireNonNull(table, "table").getBytes(StandardCharsets.UTF_8);
        byte[] c = Objects.requireNonNull(column, "column").getBytes(StandardCharsets.UTF_8);
        byte[] r = Objects.requireNonNull(rowId, "rowId").getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(AAD_PREFIX.length + 12 + t.length + c.length + r.length)
                .put(AAD_PREFIX)
                .putInt(t.length).put(t)
                .putInt(c.length).put(c)
                .putInt(r.length).put(r)
                .array();
    }

    /**
     * UTF-8 that refuses a lone surrogate instead of silently turning it into '?', because a sealed value must come
     * back exactly as it went in.
     */
    private static byte[] strictUtf8(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    throw new IllegalArgumentException("De tekst bevat een ongeldig teken (los UTF-16-surrogaat op"
                            + " positie " + i + ") en is niet opgeslagen. Typ de tekst opnieuw in plaats van hem te"
                            + " plakken.");
                }
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
