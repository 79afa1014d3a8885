package nl.werkmap.hub;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * JSON texts written straight into a growing UTF-8 buffer, as Gson writes them without HTML escaping: the byte-level
 * half of {@link DownBundleWriter}, which writes a bundle's members with it. Text comes as strings or as UTF-8 bytes
 * (the journal's, or as a value was sealed); both give the same bytes for the same text.
 */
class JsonBytes {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    byte[] out;
    int size;

    JsonBytes(int capacity) {
        this.out = new byte[capacity];
    }

    /** ASCII text that needs no escaping (member names, numbers, Gson's own output is UTF-16 and goes through here). */
    final void raw(String text) {
        ensure(text.length() * 3);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[size++] = (byte) c;
            } else {
                i = utf8(text, i);
            }
        }
    }

    /**
     * A JSON string as Gson writes it without HTML escaping: quote, backslash and control characters escaped, and
     * U+2028/U+2029 too (JavaScript line ends); everything else as UTF-8.
     */
    final void string(String text) {
        if (text == null) {
            raw("null");
            return;
        }
        int length = text.length();
        ensure(length * 6 + 2);
        // The common case, plain ASCII, in locals: the loop then keeps its index and array in registers.
        byte[] o = out;
        int n = size;
        o[n++] = '"';
        int i = 0;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
                break;
            }
            o[n++] = (byte) c;
        }
        size = n;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                out[size++] = (byte) c;
            } else if (c == '"' || c == '\\') {
                out[size++] = '\\';
                out[size++] = (byte) c;
            } else if (c < 0x20) {
                escapeControl(c);
            } else if (c == '\u2028' || c == '\u2029') {
                unicodeEscape(c);
            } else {
                i = utf8(text, i);
            }
        }
        out[size++] = '"';
    }

    private void escapeControl(char c) {
        switch (c) {
            case '\n' -> twoChars('n');
            case '\r' -> twoChars('r');
            case '\t' -> twoChars('t');
            case '\b' -> twoChars('b');
            case '\f' -> twoChars('f');
            default -> unicodeEscape(c);
        }
    }

    private void twoChars(char c) {
        out[size++] = '\\';
        out[size++] = (byte) c;
    }

    private void unicodeEscape(char c) {
        out[size++] = '\\';
        out[size++] = 'u';
        out[size++] = HEX[(c >> 12) & 0xF];
        out[size++] = HEX[(c >> 8) & 0xF];
        out[size++] = HEX[(c >> 4) & 0xF];
        out[size++] = HEX[c & 0xF];
    }

    /**
     * The UTF-8 bytes of the non-ASCII character at {@code i} (a surrogate pair as one four-byte sequence, a lone
     * surrogate as '?', as {@link String#getBytes} does); returns the index of its last char.
     */
    private int utf8(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x800) {
            out[size++] = (byte) (0xC0 | (c >> 6));
            out[size++] = (byte) (0x80 | (c & 0x3F));
            return i;
        }
        if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(i + 1));
                out[size++] = (byte) (0xF0 | (cp >> 18));
                out[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                out[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                out[size++] = (byte) (0x80 | (cp & 0x3F));
                return i + 1;
            }
            out[size++] = '?';
            return i;
        }
        out[size++] = (byte) (0xE0 | (c >> 12));
        out[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[size++] = (byte) (0x80 | (c & 0x3F));
        return i;
    }

    final void put(byte b) {
        ensure(1);
        out[size++] = b;
    }

    final void ensure(int more) {
        if (size + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
        }
    }

    /**
     * A JSON string of text given as UTF-8, the same bytes {@link #string} writes for that text as the JDBC driver
     * decodes it: well-formed UTF-8 is copied, with the same escapes; anything else (which the decoder would turn
     * into replacement characters) is decoded and written as text.
     */
    final void utf8String(byte[] utf8) {
        if (utf8 == null) {
            raw("null");
            return;
        }
        utf8String(utf8, 0, utf8.length);
    }

    /** As {@link #utf8String(byte[])} for the text whose UTF-8 is {@code utf8[offset, offset + length)}. */
    final void utf8String(byte[] utf8, int offset, int length) {
        int end = offset + length;
        ensure(length * 6 + 2);
        int start = size;
        byte[] o = out;
        int n = size;
        o[n++] = '"';
        int i = offset;
        for (; i < end; i++) {
            byte b = utf8[i];
            if (b < 0x20 || b == '"' || b == '\\') { // negative: a multi-byte sequence
                break;
            }
            o[n++] = b;
        }
        size = n;
        while (i < end) {
            int b = utf8[i];
            if (b >= 0) {
                char c = (char) b;
                if (c == '"' || c == '\\') {
                    twoChars(c);
                } else if (c < 0x20) {
                    escapeControl(c);
                } else {
                    out[size++] = (byte) c;
                }
                i++;
                continue;
            }
            int next = sequenceEnd(utf8, i, end);
            if (next < 0) {
                size = start;
                string(new String(utf8, offset, length, StandardCharsets.UTF_8));
                return;
            }
            if (next - i == 3 && utf8[i] == (byte) 0xE2 && utf8[i + 1] == (byte) 0x80
                    && (utf8[i + 2] == (byte) 0xA8 || utf8[i + 2] == (byte) 0xA9)) {
                unicodeEscape(utf8[i + 2] == (byte) 0xA8 ? '\u2028' : '\u2029');
            } else {
                System.arraycopy(utf8, i, out, size, next - i);
                size += next - i;
            }
            i = next;
        }
        out[size++] = '"';
    }

    /**
     * The end of the well-formed UTF-8 sequence that starts with the non-ASCII byte at {@code i} (Unicode's table 3-7:
     * no overlong forms, no surrogates, nothing past U+10FFFF), or -1 when it is not one before {@code end}.
     */
    private static int sequenceEnd(byte[] s, int i, int end) {
        int b = s[i] & 0xFF;
        int count;
        int low = 0x80;
        int high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            count = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            count = 2;
            if (b == 0xE0) {
                low = 0xA0;
            } else if (b == 0xED) {
                high = 0x9F;
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            count = 3;
            if (b == 0xF0) {
                low = 0x90;
            } else if (b == 0xF4) {
                high = 0x8F;
            }
        } else {
            return -1;
        }
        if (i + count >= end) {
            return -1; // cut short
        }
        int second = s[i + 1] & 0xFF;
        if (second < low || second > high) {
            return -1;
        }
        for (int k = 2; k <= count; k++) {
            int next = s[i + k] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                return -1;
            }
        }
        return i + count + 1;
    }

}
