package nl.werkmap.sync.protocol;

import java.nio.charset.StandardCharsets;

/**
 * A JOSE compact serialisation cut at its dots without copying: the ASCII bytes and where each part starts and ends.
 * Joining is the reverse: parts already base64url-encoded, written once into one array.
 */
final class CompactParts {

    private final byte[] ascii;
    private final int[] dots;
    /** Every part found canonical by {@link #requireCanonical}: decoding need not look at each byte again. */
    private boolean canonical;

    /** Every byte a base64url character or one of the dots, as found by {@link #split} on its way through. */
    private final boolean alphabetOnly;

    private CompactParts(byte[] ascii, int[] dots, boolean alphabetOnly) {
        this.ascii = ascii;
        this.dots = dots;
        this.alphabetOnly = alphabetOnly;
    }

    /**
     * Splits into exactly {@code count} parts, or returns null when the number of dots is different or a byte is
     * not ASCII ({@link #ascii} turns every character it cannot map into a byte outside ASCII or '?').
     */
    static CompactParts split(byte[] ascii, int count) {
        int[] dots = new int[count - 1];
        int found = 0;
        boolean alphabetOnly = true;
        for (int i = 0; i < ascii.length; i++) {
            // One table look-up per byte: the ciphertext and the signed payload are megabytes of base64url.
            byte kind = KIND[ascii[i] & 0xFF];
            if (kind == ALPHABET) {
                continue;
            }
            if (kind == REFUSED) {
                return null;
            }
            if (kind == DOT) {
                if (found == dots.length) {
                    return null;
                }
                dots[found++] = i;
            } else {
                alphabetOnly = false;
            }
        }
        return found == dots.length ? new CompactParts(ascii, dots, alphabetOnly) : null;
    }

    /**
     * Cuts a JWS with an unencoded payload (RFC 7797, {@code b64: false}) written as header, dot, payload, dot,
     * signature: at its first and its last dot, so the payload between them may hold any byte, dots included (header
     * and signature are base64url, which has none). Null when there are not two dots. Only the header and the
     * signature are base64url ({@link #requireCanonical} checks those two); the payload is taken as it is
     * ({@link #raw}).
     */
    static CompactParts unencoded(byte[] bytes) {
        int first = -1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '.') {
                first = i;
                break;
            }
        }
        int last = -1;
        for (int i = bytes.length - 1; i > first; i--) {
            if (bytes[i] == '.') {
                last = i;
                break;
            }
        }
        if (first < 0 || last < 0) {
            return null;
        }
        CompactParts parts = new CompactParts(bytes, new int[] {first, last}, false);
        parts.rawPayload = true;
        return parts;
    }

    /** Part 1 is the payload as it is (see {@link #unencoded}), not base64url. */
    private boolean rawPayload;

    private static final byte ALPHABET = 0;
    private static final byte DOT = 1;
    private static final byte OTHER = 2;
    private static final byte REFUSED = 3;
    /** What each byte is to {@link #split}: not ASCII or '?' (what {@link #ascii} makes of the rest) is refused. */
    private static final byte[] KIND = new byte[256];

    static {
        for (int b = 0; b < 256; b++) {
            KIND[b] = b >= 128 || b == '?' ? REFUSED : b == '.' ? DOT : Base64Url.isAlphabet((byte) b) ? ALPHABET
                    : OTHER;
        }
    }

    static byte[] join(byte[]... encodedParts) {
        int length = encodedParts.length - 1;
        for (byte[] part : encodedParts) {
            length += part.length;
        }
        byte[] joined = new byte[length];
        int at = 0;
        for (int i = 0; i < encodedParts.length; i++) {
            if (i > 0) {
                joined[at++] = '.';
            }
            System.arraycopy(encodedParts[i], 0, joined, at, encodedParts[i].length);
            at += encodedParts[i].length;
        }
        return joined;
    }

    /**
     * The text's bytes: Latin-1, which for the ASCII text a compact serialisation is copies the string's own bytes;
     * other characters come out as bytes {@link #split} refuses.
     */
    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    byte[] bytes() {
        return ascii;
    }

    int start(int part) {
        return part == 0 ? 0 : dots[part - 1] + 1;
    }

    int end(int part) {
        return part == dots.length ? ascii.length : dots[part];
    }

    /** Part {@code part} as it was written (still base64url), for headers that are parsed as text. */
    String text(int part) {
        return new String(ascii, start(part), end(part) - start(part), StandardCharsets.US_ASCII);
    }

    /** {@link IllegalArgumentException} unless every part is canonical base64url ({@link Base64Url#decode}). */
    void requireCanonical() {
        for (int part = 0; part <= dots.length; part++) {
            if (rawPayload && part == 1) {
                continue;
            }
            // The characters were looked at once by split: megabytes of ciphertext are not walked a second time.
            if (alphabetOnly) {
                Base64Url.requireCanonicalEnds(ascii, start(part), end(part));
            } else {
                Base64Url.requireCanonical(ascii, start(part), end(part));
            }
        }
        canonical = true;
    }

    /** Part {@code part} as its bytes stand, not decoded (the unencoded payload of {@link #unencoded}). */
    byte[] raw(int part) {
        return java.util.Arrays.copyOfRange(ascii, start(part), end(part));
    }

    /** Part {@code part} base64url-decoded; {@link IllegalArgumentException} when it is not base64url. */
    byte[] decoded(int part) {
        if (rawPayload && part == 1) {
            throw new IllegalArgumentException("The unencoded payload is not base64url");
        }
        // A bundle's ciphertext and payload are megabytes: checked once at parsing, not again at decoding.
        return canonical ? Base64Url.decodeCanonical(ascii, start(part), end(part))
                : Base64Url.decode(ascii, start(part), end(part));
    }
}
