package nl.werkmap.security;

import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import javax.crypto.SecretKey;

/**
 * A raw AES key whose bytes we own and can wipe. {@link javax.crypto.spec.SecretKeySpec} keeps a private copy that
 * can never be zeroed, so the vault hands the cipher this key instead. The ciphers initialised with it and the GHASH
 * tables derived from it live here too ({@link KeyCiphers}, {@link ShortGcms}), so {@link #destroy()} drops them with
 * the bytes: no thread keeps a cipher or a table holding the key.
 */
final class AesKey implements SecretKey {

    private final byte[] raw;
    private final KeyCiphers ciphers = new KeyCiphers();
    private final ShortGcms shortGcms = new ShortGcms(this);
    private volatile boolean destroyed;

    /** Takes ownership of {@code raw}: the caller must not keep or reuse the array. */
    AesKey(byte[] raw) {
        if (raw.length != 32) {
            throw new IllegalArgumentException("An AES-256 key has 32 bytes, not " + raw.length);
        }
        this.raw = raw;
    }

    @Override
    public String getAlgorithm() {
        return "AES";
    }

    @Override
    public String getFormat() {
        return "RAW";
    }

    /** A copy, as the {@link java.security.Key} contract asks; whatever the provider keeps of it is out of our reach. */
    @Override
    public byte[] getEncoded() {
        return raw.clone();
    }

    /** The JDK's GCM ciphers that work with this key, for long values; see {@link KeyCiphers}. */
    KeyCiphers ciphers() {
        return ciphers;
    }

    /** The short-value GCM engines of this key, with its AES schedule and GHASH tables; see {@link ShortGcm}. */
    ShortGcms shortGcms() {
        return shortGcms;
    }

    @Override
    public void destroy() {
        Arrays.fill(raw, (byte) 0);
        destroyed = true;
        ciphers.drop();
        shortGcms.drop();
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    boolean sameBytes(AesKey other) {
        return java.security.MessageDigest.isEqual(raw, other.raw);
    }

    private void writeObject(ObjectOutputStream out) throws NotSerializableException {
        throw new NotSerializableException("Key material is never serialized");
    }
}
