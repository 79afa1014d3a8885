package nl.werkmap.sync.protocol;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Base64;

/**
 * Writes base64url without padding of what is written to it into {@code out}, the same bytes as
 * {@code Base64.getUrlEncoder().withoutPadding().wrap(out)}, but encoded a few kilobytes at a time with the encoder's
 * whole-array {@code encode}, which the JIT runs as its base64 intrinsic: the JDK's wrapping stream encodes byte by
 * byte in Java, and the hub's feed encodes every bundle twice that way (the JWS payload, then the JWE ciphertext),
 * some 370 MB for a 5,000-candidate team's first sync. {@link #close()} writes the last group and leaves {@code out}
 * open.
 */
final class Base64UrlStream extends OutputStream {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    /** Whole 3-byte groups per encoding: 6 KB in, 8 KB out. */
    private static final int GROUPS = 2_048;

    private final OutputStream out;
    private final byte[] pending = new byte[GROUPS * 3];
    private final byte[] encoded = new byte[GROUPS * 4];
    private int count;
    private boolean closed;

    Base64UrlStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (closed) {
            throw new IOException("Stream closed");
        }
        while (len > 0) {
            int n = Math.min(len, pending.length - count);
            System.arraycopy(b, off, pending, count, n);
            count += n;
            off += n;
            len -= n;
            if (count == pending.length) {
                int written = ENCODER.encode(pending, encoded);
                out.write(encoded, 0, written);
                count = 0;
            }
        }
    }

    /** Writes the base64url of what is left (no padding) and flushes; {@code out} stays open. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (count > 0) {
            out.write(ENCODER.encode(Arrays.copyOf(pending, count)));
            count = 0;
        }
        out.flush();
    }
}
