package nl.werkmap.sync.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The fetch answer read from its byte stream as it arrives, each bundle handed over as soon as its closing quote is
 * in, for the form the hub writes ({@code {"bundles":["…",…],"next":N}},
 * each bundle a compact JWE of base64url and dots). A first sync's answer is some 200 MB; held whole, the laptop
 * could not open its first bundle before the last one had left the hub.
 *
 * <p>Anything this reader does not expect (white space it does not know, an escape, another member, a number it
 * does not take, an early end) makes it stop, and the general reader ({@link FeedReader}) reads the answer from the
 * start: the bytes read so far are kept as a {@link Replay}, with each bundle already handed over standing in as
 * that many filler letters (so memory holds no bundle twice), followed by the rest of the stream. The general
 * reader sees the same characters at the same places and skips the bundles already handed over, so every answer
 * gives the same bundles, the same {@code next} and the same failure (message included) as the general reader alone.
 * What the stream itself throws (a cut connection) is thrown on as it is, after the bundles fully read before it.
 */
final class FeedStream {

    /** Bytes a bundle may hold on this path: the base64url alphabet and the dots between a JWE's parts. */
    private static final boolean[] JWE = new boolean[128];

    static {
        String allowed = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
        for (int i = 0; i < allowed.length(); i++) {
            JWE[allowed.charAt(i)] = true;
        }
    }

    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    private final byte[] buffer = new byte[CHUNK];
    private int at;
    private int end;
    private boolean ended;
    /** The bytes read so far, bundles handed over as fillers: what the general reader reads again after a stop. */
    private final Replay replay = new Replay();
    /** The bundle being read; reused, grown to the largest bundle. */
    private byte[] bundle = new byte[CHUNK];
    private int handedOver;

    private FeedStream(InputStream in) {
        this.in = in;
    }

    /**
     * Reads the answer from {@code in}, handing each bundle to {@code sink} in order; returns {@code next}. Throws
     * as {@link FeedReader#read(InputStream, Consumer)} would for the same bytes ({@link FeedReader.SinkFailed} for
     * what the sink threw), and what {@code in} throws.
     */
    static long read(InputStream in, Consumer<String> sink) throws IOException {
        FeedStream reader = new FeedStream(in);
        Long next = reader.answer(sink);
        if (next != null) {
            return next;
        }
        int skip = reader.handedOver;
        int[] seen = {0};
        return FeedReader.read(reader.rest(), jwe -> {
            if (seen[0]++ >= skip) {
                sink.accept(jwe);
            }
        });
    }

    /** What the general reader reads after a stop: the bytes taken so far, then the ones not yet taken. */
    private InputStream rest() {
        replay.bytes(buffer, at, end - at);
        return new java.io.SequenceInputStream(replay.stream(), in);
    }

    /** The answer's {@code next}, or null as soon as something is not of the expected form. */
    private Long answer(Consumer<String> sink) throws IOException {
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

    private boolean bundles(Consumer<String> sink) throws IOException {
        if (!take('[')) {
            return false;
        }
        space();
        if (take(']')) {
            return true;
        }
        while (true) {
            if (!take('"')) {
                return false;
            }
            int length = 0;
            // The bundle's bytes are copied a buffer at a time: a bundle is megabytes.
            while (true) {
                if (at == end && !fill()) {
                    replay.bytes(bundle, 0, length); // cut inside a bundle: the general reader reports it
                    return false;
                }
                int from = at;
                while (at < end && buffer[at] >= 0 && JWE[buffer[at]]) {
                    at++;
                }
                int run = at - from;
                if (length + run > bundle.length) {
                    bundle = java.util.Arrays.copyOf(bundle, Math.max(bundle.length * 2, length + run));
                }
                System.arraycopy(buffer, from, bundle, length, run);
                length += run;
                if (at < end) {
                    break;
                }
            }
            if (buffer[at] != '"') {
                replay.bytes(bundle, 0, length); // an escape or another character: the general reader reads it
                return false;
            }
            at++;
            replay.filler(length);
            replay.bytes(new byte[] {'"'}, 0, 1);
            String jwe = new String(bundle, 0, length, StandardCharsets.ISO_8859_1);
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
    private String name() throws IOException {
        if (!take('"')) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        while (peek() >= 'a' && peek() <= 'z') {
            name.append((char) peek());
            advance();
        }
        if (!take('"')) {
            return null;
        }
        return name.toString();
    }

    /** A whole number the way JSON writes one, 0 or without leading zeros, at most 18 digits; else null. */
    private Long number() throws IOException {
        StringBuilder digits = new StringBuilder();
        while (peek() >= '0' && peek() <= '9') {
            digits.append((char) peek());
            advance();
        }
        int count = digits.length();
        if (count == 0 || count > 18 || (count > 1 && digits.charAt(0) == '0')) {
            return null;
        }
        // What follows must end the number for JSON too (a fraction, exponent or letter goes to the general reader).
        int after = peek();
        if (after != -1 && after != ',' && after != '}' && !isSpace(after)) {
            return null;
        }
        return Long.parseLong(digits.toString());
    }

    private void space() throws IOException {
        while (isSpace(peek())) {
            advance();
        }
    }

    private static boolean isSpace(int b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    /** The next byte without taking it, or -1 at the end of the stream. */
    private int peek() throws IOException {
        if (at == end && !fill()) {
            return -1;
        }
        return buffer[at];
    }

    /** Takes the byte {@link #peek} saw; it goes into the replay as it is. */
    private void advance() {
        replay.bytes(buffer, at, 1);
        at++;
    }

    private boolean take(char c) throws IOException {
        if (peek() == c) {
            advance();
            return true;
        }
        return false;
    }

    /** Reads more into the (used up) buffer; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        while (n == 0) {
            n = in.read(buffer, 0, buffer.length);
        }
        if (n < 0) {
            ended = true;
            return false;
        }
        at = 0;
        end = n;
        return true;
    }

    /**
     * The answer's bytes so far for a second reading: the characters outside the bundles as they came, each bundle
     * handed over as a run of {@code A}s of its length (those bundles are skipped; only their length and place
     * matter, to the general reader's positions in its messages).
     */
    static final class Replay {
        private final java.io.ByteArrayOutputStream literal = new java.io.ByteArrayOutputStream();
        private final java.util.List<InputStream> parts = new java.util.ArrayList<>();

        void bytes(byte[] bytes, int from, int length) {
            literal.write(bytes, from, length);
        }

        void filler(int length) {
            close();
            parts.add(new Filler(length));
        }

        InputStream stream() {
            close();
            return new java.io.SequenceInputStream(java.util.Collections.enumeration(parts));
        }

        private void close() {
            if (literal.size() > 0) {
                parts.add(new java.io.ByteArrayInputStream(literal.toByteArray()));
                literal.reset();
            }
        }
    }

    /** {@code length} letters {@code A}, made as they are read. */
    private static final class Filler extends InputStream {
        private int left;

        Filler(int length) {
            this.left = length;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return 'A';
        }

        @Override
        public int read(byte[] into, int from, int length) {
            if (length == 0) {
                return 0;
            }
            if (left == 0) {
                return -1;
            }
            int n = Math.min(length, left);
            java.util.Arrays.fill(into, from, from + n, (byte) 'A');
            left -= n;
            return n;
        }
    }
}
