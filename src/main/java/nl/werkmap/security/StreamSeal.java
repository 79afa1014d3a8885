package nl.werkmap.security;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;

/**
 * A file's worth of bytes sealed with AES-256-GCM in chunks of 1 MiB, so neither side holds the whole file in memory
 * (the JDK's GCM keeps all ciphertext until the tag is checked). Each chunk: 4-byte plaintext length, a last-chunk
 * flag byte, 12-byte random nonce, ciphertext and 16-byte tag. Its associated data binds the caller's header (by its
 * SHA-256), the chunk's index and the flag, so chunks cannot be reordered, dropped, taken from another file or cut
 * off at the end unnoticed; anything after the last chunk is refused too.
 */
final class StreamSeal {

    static final int CHUNK = 1 << 20;
    private static final byte[] LABEL = "werkmap/stream/v1".getBytes(StandardCharsets.US_ASCII);
    private static final String WHAT = "reservekopie";

    private StreamSeal() {
    }

    static void seal(AesKey key, byte[] header, InputStream in, OutputStream out) throws IOException {
        byte[] digest = sha256(header);
        byte[] current = in.readNBytes(CHUNK);
        long index = 0;
        while (true) {
            byte[] next = current.length == CHUNK ? in.readNBytes(CHUNK) : new byte[0];
            boolean last = next.length == 0;
            byte[] frame = new byte[5 + AesGcm.NONCE_BYTES + current.length + AesGcm.TAG_BYTES];
            ByteBuffer.wrap(frame).putInt(current.length).put((byte) (last ? 1 : 0));
            AesGcm.nextNonce(frame, 5);
            AesGcm.encrypt(key, frame, 5, aad(digest, index, last), current, frame, 5 + AesGcm.NONCE_BYTES);
            out.write(frame);
            java.util.Arrays.fill(current, (byte) 0);
            if (last) {
                return;
            }
            current = next;
            index++;
        }
    }

    static void open(AesKey key, byte[] header, InputStream in, OutputStream out) throws IOException {
        byte[] digest = sha256(header);
        DataInputStream data = new DataInputStream(in);
        long index = 0;
        while (true) {
            int length;
            boolean last;
            byte[] body;
            try {
                length = data.readInt();
                int flag = data.readUnsignedByte();
                if (length < 0 || length > CHUNK || flag > 1) {
                    throw tampered(null);
                }
                last = flag == 1;
                body = new byte[AesGcm.NONCE_BYTES + length + AesGcm.TAG_BYTES];
                data.readFully(body);
            } catch (EOFException e) {
                throw tampered(e);
            }
            byte[] plain;
            try {
                plain = AesGcm.decrypt(key, body, 0, aad(digest, index, last), body, AesGcm.NONCE_BYTES,
                        body.length - AesGcm.NONCE_BYTES);
            } catch (javax.crypto.AEADBadTagException e) {
                throw tampered(e);
            }
            out.write(plain);
            java.util.Arrays.fill(plain, (byte) 0);
            if (last) {
                if (data.read() != -1) {
                    throw tampered(null);
                }
                return;
            }
            index++;
        }
    }

    /** 16 hex digits of HMAC-SHA-256 over a fixed label under the key: names it, reveals nothing of it. */
    static String keyId(AesKey key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] tag = mac.doFinal("werkmap/key-id/v1".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(tag, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no HmacSHA256; Werkmap cannot run without it", e);
        }
    }

    private static byte[] aad(byte[] headerDigest, long index, boolean last) {
        return ByteBuffer.allocate(LABEL.length + headerDigest.length + 9).put(LABEL).put(headerDigest)
                .putLong(index).put((byte) (last ? 1 : 0)).array();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256", e);
        }
    }

    private static TamperedFieldException tampered(Throwable cause) {
        return new TamperedFieldException(WHAT, "inhoud", "-", cause);
    }
}
