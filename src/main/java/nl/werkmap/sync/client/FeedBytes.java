package nl.werkmap.sync.client;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The fetch answer read straight from its bytes, for the form the hub writes: {@code {"bundles":["…",…],"next":N}}
 * with each bundle a compact JWE (base64url and dots only). A first sync's answer is some 200 MB of bundle text;
 * JSON's general reader turned every byte into a char, the chars into a builder and the builder into a string again,
 * which was the largest share of the laptop's reading. Anything this reader does not expect (white space it does not
 * know, an escape, another member, a number it does not take, an early end) makes it stop and say how far it got: the
 * general reader ({@link FeedReader}) then reads the answer from the start, skipping the bundles already handed over,
 * so every answer gives the same bundles, the same {@code next} and the same failure as before.
 */
final class FeedBytes {

    /** Bytes a bundle may hold on this path: the base64url alphabet and the dots between a JWE's parts. */
    private static final boolean[] JWE = new boolean[128];

    static {
        String allowed = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
        for (int i = 0; i < allowed.length(); i++) {
            JWE[allowed.charAt(i)] = true;
        }
    }

    /** How far the fast reading came: bundles handed over, and {@code next} when it read the whole answer. */
    record Outcome(int handedOver, Long next, boolean complete) {
    }

    private final byte[] body;
    private int at;
    private int handedOver;

    private FeedBytes(byte[] body) {
        this.body = body;
    }

    /**
     * Reads what it can; complete only when the whole answer (up to its closing brace) had the expected form and
     * held both members, so {@code next} is the answer's.
     */
    static Outcome read(byte[] body, Consumer<String> sink) {
        FeedBytes reader = new FeedBytes(body);
        Long next = reader.answer(sink);
        return new Outcome(reader.handedOver, next, next != null);
    }

    /** The answer's {@code next}, or null as soon as something is not of the expected form. */
    private Long answer(Consumer<String> sink) {
        space();
        if (!take('{')) {
            return null;
        }
        Long next = null;
        boolean bundles = false;
        space();
        if (peek() == '}') {
            return null; // an empty answer: the general reader names what is missing
        }
        while (true) {
            String name = name();
            if (name == null) {
                return null;
            }
            space();
            if (!take(':')) {
                return null;
            }
            space();
            if (name.equals("bundles")) {
                if (!bundles(sink)) {
                    return null;
                }
                bundles = true;
            } else if (name.equals("next")) {
                next = number();
                if (next == null) {
                    return null;
                }
            } else {
                return null; // a member this reader does not skip itself
            }
            space();
            if (take('}')) {
                return bundles ? next : null;
            }
            if (!take(',')) {
                return null;
            }
            space();
        }
    }

    private boolean bundles(Consumer<String> sink) {
        if (!take('[')) {
            return false;
        }
        space();
        if (take(']')) {
            return true;
        }
        while (true) {
            int from = at;
            if (!take('"')) {
                return false;
            }
            while (at < body.length && body[at] >= 0 && JWE[body[at]]) {
                at++;
            }
            if (at >= body.length || body[at] != '"') {
                at = from;
                return false;
            }
            String jwe = new String(body, from + 1, at - from - 1, StandardCharsets.ISO_8859_1);
            at++;
            handedOver++;
            try {
                sink.accept(jwe);
            } catch (RuntimeException e) {
                throw new FeedReader.SinkFailed(e);
            }
            space();
            if (take(']')) {
                return true;
            }
            if (!take(',')) {
                return false;
            }
            space();
        }
    }

    /** A member name of lower-case letters, or null. */
    private String name() {
        if (!take('"')) {
            return null;
        }
        int from = at;
        while (at < body.length && body[at] >= 'a' && body[at] <= 'z') {
            at++;
        }
        if (at >= body.length || body[at] != '"') {
            return null;
        }
        String name = new String(body, from, at - from, StandardCharsets.US_ASCII);
        at++;
        return name;
    }

    /** A whole number the way JSON writes one, 0 or without leading zeros, at most 18 digits; else null. */
    private Long number() {
        int from = at;
        while (at < body.length && body[at] >= '0' && body[at] <= '9') {
            at++;
        }
        int digits = at - from;
        if (digits == 0 || digits > 18 || (digits > 1 && body[from] == '0')) {
            return null;
        }
        // What follows must end the number for JSON too (a fraction, exponent or letter goes to the general reader).
        if (at < body.length && body[at] != ',' && body[at] != '}' && !isSpace(body[at])) {
            return null;
        }
        return Long.parseLong(new String(body, from, digits, StandardCharsets.US_ASCII));
    }

    private void space() {
        while (at < body.length && isSpace(body[at])) {
            at++;
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private int peek() {
        return at < body.length ? body[at] : -1;
    }

    private boolean take(char c) {
        if (at < body.length && body[at] == c) {
            at++;
            return true;
        }
        return false;
    }
}
