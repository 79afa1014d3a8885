package nl.werkmap.sync.protocol;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * Base64url without padding (RFC 7515 §2) over byte ranges, with the JDK's codec: a bundle's payload and ciphertext
 * are megabytes, and this codec is several times faster than encoding through strings.
 */
final class Base64Url {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Base64Url() {
    }

    static byte[] encode(byte[] bytes) {
        return ENCODER.encode(bytes);
    }

    static byte[] encode(byte[] bytes, int from, int to) {
        ByteBuffer encoded = ENCODER.encode(ByteBuffer.wrap(bytes, from, to - from));
        return encoded.array().length == encoded.remaining() ? encoded.array() : toArray(encoded);
    }

    /** Decodes {@code ascii[from, to)}; throws {@link IllegalArgumentException} on anything that is not base64url. */
    static byte[] decode(byte[] ascii, int from, int to) {
        ByteBuffer decoded = DECODER.decode(ByteBuffer.wrap(ascii, from, to - from));
        return decoded.hasArray() && decoded.arrayOffset() == 0 && decoded.position() == 0
                && decoded.array().length == decoded.remaining() ? decoded.array() : toArray(decoded);
    }

    private static byte[] toArray(ByteBuffer buffer) {
        byte[] copy = new byte[buffer.remaining()];
        buffer.get(copy);
        return copy;
    }
}
