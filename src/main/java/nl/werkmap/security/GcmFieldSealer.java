package nl.werkmap.security;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
    private static final int HEADS_KEPT = 1_024;
    private static final Map<String, Map<String, byte[]>> HEADS = new ConcurrentHashMap<>();
    private static final AtomicInteger HEADS_COUNTED = new AtomicInteger();

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

    /**
     * As {@link #open}, the plaintext's UTF-8 as it was sealed, without the string: the hub's first feed opens two
     * million values only to write them into a bundle as UTF-8 again.
     */
    byte[] openUtf8(String table, String column, String rowId, byte[] sealed) {
        byte[] aad = associatedData(table, column, rowId);
        if (sealed == null) {
            return null;
        }
        if (sealed.length < OVERHEAD || sealed[0] != VERSION) {
            throw new TamperedFieldException(table, column, rowId, null);
        }
        long stamp = dataKey.begin();
        try {
            int start = 1 + AesGcm.NONCE_BYTES;
            return AesGcm.decrypt(dataKey.key(), sealed, 1, aad, sealed, start, sealed.length - start);
        } catch (AEADBadTagException e) {
            throw new TamperedFieldException(table, column, rowId, e);
        } finally {
            dataKey.end(stamp);
        }
    }

    static byte[] associatedData(String table, String column, String rowId) {
        byte[] head = head(Objects.requireNonNull(table, "table"), Objects.requireNonNull(column, "column"));
        int length = Objects.requireNonNull(rowId, "rowId").length();
        for (int i = 0; i < length; i++) {
            if (rowId.charAt(i) >= 0x80) {
                return withRowId(head, rowId.getBytes(StandardCharsets.UTF_8));
            }
        }
        // Row ids are UUIDs: ASCII, one byte per char, written straight in without an intermediate array.
        byte[] aad = new byte[head.length + 4 + length];
        System.arraycopy(head, 0, aad, 0, head.length);
        putInt(aad, head.length, length);
        for (int i = 0; i < length; i++) {
            aad[head.length + 4 + i] = (byte) rowId.charAt(i);
        }
        return aad;
    }

    private static byte[] withRowId(byte[] head, byte[] r) {
        byte[] aad = Arrays.copyOf(head, head.length + 4 + r.length);
        putInt(aad, head.length, r.length);
        System.arraycopy(r, 0, aad, head.length + 4, r.length);
        return aad;
    }

    /**
     * The associated data up to the row id: prefix, table and column with their lengths. Opening a caseload of
     * 150,000 rows asks for the same few heads hundreds of thousands of times; encoding them again each time (and a
     * ByteBuffer around them) was the largest allocation of the whole list read. Table and column names come from
     * the code, so the cache stays small; past {@link #HEADS_KEPT} it simply stops growing.
     */
    private static byte[] head(String table, String column) {
        Map<String, byte[]> columns = HEADS.get(table);
        byte[] head = columns == null ? null : columns.get(column);
        if (head != null) {
            return head;
        }
        byte[] t = table.getBytes(StandardCharsets.UTF_8);
        byte[] c = column.getBytes(StandardCharsets.UTF_8);
        head = new byte[AAD_PREFIX.length + 8 + t.length + c.length];
        System.arraycopy(AAD_PREFIX, 0, head, 0, AAD_PREFIX.length);
        putInt(head, AAD_PREFIX.length, t.length);
        System.arraycopy(t, 0, head, AAD_PREFIX.length + 4, t.length);
        putInt(head, AAD_PREFIX.length + 4 + t.length, c.length);
        System.arraycopy(c, 0, head, AAD_PREFIX.length + 8 + t.length, c.length);
        if (HEADS_COUNTED.get() < HEADS_KEPT) {
            HEADS_COUNTED.incrementAndGet();
            HEADS.computeIfAbsent(table, k -> new ConcurrentHashMap<>()).putIfAbsent(column, head);
        }
        return head;
    }

    /** Big-endian, as ByteBuffer.putInt wrote it. */
    private static void putInt(byte[] into, int at, int value) {
        into[at] = (byte) (value >>> 24);
        into[at + 1] = (byte) (value >>> 16);
        into[at + 2] = (byte) (value >>> 8);
        into[at + 3] = (byte) value;
    }

    /**
     * UTF-8 that refuses a lone surrogate instead of silently turning it into '?', because a sealed value must come
     * back exactly as it went in.
     */
    private static byte[] strictUtf8(String text) {
        int lone = LoneSurrogates.firstIn(text);
        if (lone >= 0) {
            throw new IllegalArgumentException("De tekst bevat een ongeldig teken (los UTF-16-surrogaat op positie "
                    + lone + ") en is niet opgeslagen. Typ de tekst opnieuw in plaats van hem te plakken.");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
