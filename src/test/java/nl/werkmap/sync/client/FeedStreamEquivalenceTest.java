package nl.werkmap.sync.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The fetch answer read from its byte stream ({@link FeedStream} with the general reader behind it) hands over the
 * same bundles, returns the same {@code next} and fails the same way (message included) as the general JSON reader
 * alone: for the hub's own form, for every other form JSON allows or refuses, for an answer cut off at every byte,
 * when the sink refuses a bundle, and however the stream cuts the bytes into reads. A connection that breaks off
 * gives its failure after a prefix of the whole answer's bundles, each whole; and each bundle of the hub's form is
 * handed over as soon as its closing quote is in, before a byte after it is read.
 */
class FeedStreamEquivalenceTest {

    private static final String JWE = "eyJhbGciOiJFQ0RILUVTK0EyNTZLVyJ9.a2V5.aXY.Y2lwaGVy-_dGV4dA.dGFn";

    private static final List<String> ANSWERS = List.of(
            "{\"bundles\":[\"" + JWE + "\",\"" + JWE.replace('a', 'b') + "\"],\"next\":42}",
            "{\"bundles\":[],\"next\":0}",
            "{\"next\":7,\"bundles\":[\"" + JWE + "\"]}",
            " \n{ \"bundles\" : [ \"a.b\" ,\r\n\t\"c.d\" ] , \"next\" : 9 } trailing",
            "{\"bundles\":[\"a\"],\"next\":1,\"later\":{\"x\":[1,true,null]}}",
            "{\"later\":\"x\",\"bundles\":[\"a\"],\"next\":1}",
            "{\"bundles\":[\"a\\u002eb\",\"c\"],\"next\":3}",
            "{\"bundles\":[\"a b\",\"c\"],\"next\":3}",
            "{\"bundles\":[\"caf\u00e9\",\"c\"],\"next\":3}",
            "{\"bundles\":[\"a\",null],\"next\":3}",
            "{\"bundles\":[\"a\",12],\"next\":3}",
            "{\"bundles\":[\"a\"],\"bundles\":[\"b\"],\"next\":3,\"next\":4}",
            "{\"bundles\":[\"a\"],\"next\":\"5\"}",
            "{\"bundles\":[\"a\"],\"next\":05}",
            "{\"bundles\":[\"a\"],\"next\":5.0}",
            "{\"bundles\":[\"a\"],\"next\":5e0}",
            "{\"bundles\":[\"a\"],\"next\":-5}",
            "{\"bundles\":[\"a\"],\"next\":-0}",
            "{\"bundles\":[\"a\"],\"next\":12345678901234567890}",
            "{\"bundles\":[\"a\"],\"next\":123456789012345678}",
            "{\"bundles\":[\"a\"],\"next\":5x}",
            "{\"bundles\":[\"a\"],\"next\":5]",
            "{\"bundles\":[\"a\"]}",
            "{\"next\":3}",
            "{}",
            "[]",
            "",
            "\ufeff{\"bundles\":[\"a\"],\"next\":1}",
            "{\"bundles\":[\"a\",],\"next\":1}",
            "{\"bundles\":[\"a\"],\"next\":1,}",
            "{\"Bundles\":[\"a\"],\"bundles\":[],\"next\":1}",
            "{\"bundles\":[\"a\"]\"next\":1}",
            "{'bundles':['a'],'next':1}");

    /** How the stream hands out the bytes: one at a time, a few, and more than any answer here. */
    private static final int[] CHUNKS = {1, 2, 3, 7, 64, 1 << 20};

    @Test
    void everyFormGivesTheSameBundlesNextAndFailure() {
        for (String answer : ANSWERS) {
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            for (int chunk : CHUNKS) {
                assertEquals(general(body, -1), streamed(body, -1, chunk), answer + ", reads of " + chunk);
            }
            assertEquals(general(body, -1), fast(body, -1), answer);
        }
    }

    @Test
    void anAnswerCutOffAtAnyByteFailsAfterTheSameBundles() {
        String whole = "{\"bundles\":[\"" + JWE + "\",\"a.b\",\"\"],\"later\":[1],\"next\":1234}";
        byte[] body = whole.getBytes(StandardCharsets.UTF_8);
        for (int end = 0; end <= body.length; end++) {
            byte[] cut = java.util.Arrays.copyOf(body, end);
            assertEquals(general(cut, -1), fast(cut, -1), "cut after " + end + " bytes");
            assertEquals(general(cut, -1), streamed(cut, -1, 1 + end % 5), "cut after " + end + " bytes");
        }
        String hubForm = "{\"bundles\":[\"" + JWE + "\",\"a.b\"],\"next\":1234}";
        byte[] hub = hubForm.getBytes(StandardCharsets.UTF_8);
        for (int end = 0; end <= hub.length; end++) {
            byte[] cut = java.util.Arrays.copyOf(hub, end);
            assertEquals(general(cut, -1), fast(cut, -1), "cut after " + end + " bytes");
            assertEquals(general(cut, -1), streamed(cut, -1, 1 + end % 5), "cut after " + end + " bytes");
        }
    }

    @Test
    void aConnectionThatBreaksOffAtAnyByteFailsAfterWholeBundlesOnly() {
        String hubForm = "{\"bundles\":[\"" + JWE + "\",\"a.b\",\"" + JWE.replace('e', 'f') + "\"],\"next\":1234}";
        byte[] hub = hubForm.getBytes(StandardCharsets.UTF_8);
        List<String> whole = general(hub, -1);
        for (int end = 0; end < hub.length; end++) {
            for (int chunk : new int[] {1, 3, 1 << 20}) {
                List<String> seen = new ArrayList<>();
                IOException broke = new IOException("verbinding verbroken na " + end);
                try {
                    FeedStream.read(new Chunked(hub, chunk, end, broke), seen::add);
                    fail("read past a break after " + end + " bytes");
                } catch (IOException e) {
                    assertSame(broke, e, "the stream's own failure, thrown on");
                }
                assertEquals(whole.subList(0, seen.size()), seen, "a prefix of the whole bundles, cut after " + end);
                int closedBefore = 0;
                for (String jwe : List.of(JWE, "a.b", JWE.replace('e', 'f'))) {
                    closedBefore += hubForm.indexOf(jwe + "\"") + jwe.length() < end ? 1 : 0;
                }
                assertTrue(seen.size() <= closedBefore, "no bundle before its closing quote came, cut after " + end);
            }
        }
    }

    @Test
    void eachBundleIsHandedOverAsSoonAsItsClosingQuoteIsIn() throws IOException {
        String hubForm = "{\"bundles\":[\"" + JWE + "\",\"a.b\",\"c.d\"],\"next\":9}";
        byte[] hub = hubForm.getBytes(StandardCharsets.UTF_8);
        Chunked stream = new Chunked(hub, 1, -1, null);
        List<Integer> readWhenHanded = new ArrayList<>();
        assertEquals(9, FeedStream.read(stream, jwe -> readWhenHanded.add(stream.delivered)));
        List<Integer> closingQuotes = new ArrayList<>();
        for (String jwe : List.of(JWE, "a.b", "c.d")) {
            closingQuotes.add(hubForm.indexOf(jwe + "\"") + jwe.length() + 1);
        }
        assertEquals(closingQuotes, readWhenHanded);
    }

    @Test
    void aBundleTheSinkRefusesStopsBothReadersAtTheSameBundle() {
        for (String answer : ANSWERS) {
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            for (int refuse = 0; refuse < 3; refuse++) {
                assertEquals(general(body, refuse), fast(body, refuse), answer + ", refused bundle " + refuse);
            }
        }
    }

    @Test
    void aBundleTheSinkRefusesStopsBothReadersAtTheSameBundleInEveryChunking() {
        for (String answer : ANSWERS) {
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            for (int refuse = 0; refuse < 3; refuse++) {
                for (int chunk : CHUNKS) {
                    assertEquals(general(body, refuse), streamed(body, refuse, chunk),
                            answer + ", refused bundle " + refuse + ", reads of " + chunk);
                }
            }
        }
    }

    private static List<String> streamed(byte[] body, int refuse, int chunk) {
        List<String> seen = new ArrayList<>();
        try {
            seen.add("next=" + FeedStream.read(new Chunked(body, chunk, -1, null), sink(seen, refuse)));
        } catch (Exception e) {
            seen.add(failure(e));
        }
        return seen;
    }

    /** The bytes at most {@code chunk} per read; with {@code breakAt} >= 0, {@code broke} is thrown there. */
    private static final class Chunked extends InputStream {
        private final byte[] bytes;
        private final int chunk;
        private final int breakAt;
        private final IOException broke;
        int delivered;

        Chunked(byte[] bytes, int chunk, int breakAt, IOException broke) {
            this.bytes = bytes;
            this.chunk = chunk;
            this.breakAt = breakAt;
            this.broke = broke;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] into, int from, int length) throws IOException {
            int stop = breakAt >= 0 ? breakAt : bytes.length;
            if (delivered >= stop) {
                if (breakAt >= 0) {
                    throw broke;
                }
                return -1;
            }
            int n = Math.min(Math.min(length, chunk), stop - delivered);
            System.arraycopy(bytes, delivered, into, from, n);
            delivered += n;
            return n;
        }
    }

    /** What a reader did: the bundles handed over, then "next=N" or the failure's class and message. */
    private static List<String> general(byte[] body, int refuse) {
        List<String> seen = new ArrayList<>();
        try {
            seen.add("next=" + FeedReader.read(new ByteArrayInputStream(body), sink(seen, refuse)));
        } catch (Exception e) {
            seen.add(failure(e));
        }
        return seen;
    }

    private static List<String> fast(byte[] body, int refuse) {
        List<String> seen = new ArrayList<>();
        try {
            seen.add("next=" + FeedReader.read(body, sink(seen, refuse)));
        } catch (Exception e) {
            seen.add(failure(e));
        }
        return seen;
    }

    private static java.util.function.Consumer<String> sink(List<String> seen, int refuse) {
        int[] count = {0};
        return jwe -> {
            seen.add(jwe);
            if (count[0]++ == refuse) {
                throw new IllegalArgumentException("geweigerd: " + jwe);
            }
        };
    }

    private static String failure(Exception e) {
        Throwable shown = e instanceof FeedReader.SinkFailed s ? s.getCause() : e;
        return (e instanceof FeedReader.SinkFailed ? "sink " : "") + shown.getClass().getName() + ": "
                + shown.getMessage();
    }
}
