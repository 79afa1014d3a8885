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

    private static final byte[] VALUES = new byte[128];

    static {
        java.util.Arrays.fill(VALUES, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUES[alphabet.charAt(i)] = (byte) i;
        }
    }

    private Base64Url() {
    }

    static byte[] encode(byte[] bytes) {
        return ENCODER.encode(bytes);
    }

    static byte[] encode(byte[] bytes, int from, int to) {
        ByteBuffer encoded = ENCODER.encode(ByteBuffer.wrap(bytes, from, to - from));
        return encoded.array().length == encoded.remaining() ? encoded.array() : toArray(encoded);
    }

    /**
     * Decodes {@code ascii[from, to)}; throws {@link IllegalArgumentException} on anything that is not canonical
     * base64url: padding, a character outside the URL-safe alphabet, a length that leaves one character over, or
     * non-zero bits in the last character that no byte uses. So exactly one text decodes to given bytes, and
     * encoding the result gives the input back (the JDK's decoder alone accepts padding and stray bits).
     */
    static byte[] decode(byte[] ascii, int from, int to) {
        requireCanonical(ascii, from, to);
        return decodeCanonical(ascii, from, to);
    }

    /** As {@link #decode} for a range already found canonical by {@link #requireCanonical}. */
    static byte[] decodeCanonical(byte[] ascii, int from, int to) {
        ByteBuffer decoded = DECODER.decode(ByteBuffer.wrap(ascii, from, to - from));
        return decoded.hasArray() && decoded.arrayOffset() == 0 && decoded.position() == 0
                && decoded.array().length == decoded.remaining() ? decoded.array() : toArray(decoded);
    }

    /** Throws {@link IllegalArgumentException} unless {@code ascii[from, to)} is canonical base64url (see {@link #decode}). */
    static void requireCanonical(byte[] ascii, int from, int to) {
        int length = to - from;
        if (length % 4 == 1) {
            throw new IllegalArgumentException("base64url of " + length + " characters leaves one over");
        }
        for (int i = from; i < to; i++) {
            if (value(ascii[i]) < 0) {
                throw new IllegalArgumentException("Not a base64url character at " + (i - from));
            }
        }
        requireUnusedBitsZero(ascii, from, to);
    }

    /**
     * As {@link #requireCanonical} for a range whose every byte is already known to be a base64url character
     * ({@link #isAlphabet}): the same checks and the same failures, without walking the characters again.
     */
    static void requireCanonicalEnds(byte[] ascii, int from, int to) {
        int length = to - from;
        if (length % 4 == 1) {
            throw new IllegalArgumentException("base64url of " + length + " characters leaves one over");
        }
        requireUnusedBitsZero(ascii, from, to);
    }

    /** Whether {@code c} is a character of the URL-safe base64 alphabet. */
    static boolean isAlphabet(byte c) {
        return value(c) >= 0;
    }

    private static void requireUnusedBitsZero(byte[] ascii, int from, int to) {
        int length = to - from;
        int unusedBits = switch (length % 4) {
            case 2 -> 0x0F;
            case 3 -> 0x03;
            default -> 0;
        };
        if (length > 0 && (value(ascii[to - 1]) & unusedBits) != 0) {
            throw new IllegalArgumentException("base64url with non-zero bits after the last byte");
        }
    }

    /** Whether the text is canonical base64url as {@link #decode} requires. */
    static boolean isCanonical(String text) {
        byte[] ascii = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        try {
            requireCanonical(ascii, 0, ascii.length);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The 6-bit value of a URL-safe base64 character, or -1 (a table: bundles are megabytes of these). */
    private static int value(byte c) {
        return c < 0 ? -1 : VALUES[c];
    }

    private static byte[] toArray(ByteBuffer buffer) {
        byte[] copy = new byte[buffer.remaining()];
        buffer.get(copy);
        return copy;
    }
}
