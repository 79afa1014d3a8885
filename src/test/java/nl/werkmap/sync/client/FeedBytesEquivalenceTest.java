package nl.werkmap.sync.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The fetch answer read from its bytes ({@link FeedBytes} with the general reader behind it) hands over the same
 * bundles, returns the same {@code next} and fails the same way as the general JSON reader alone: for the hub's own
 * form, for every other form JSON allows or refuses, for an answer cut off at every byte, and when the sink refuses a
 * bundle.
 */
class FeedBytesEquivalenceTest {

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

    @Test
    void everyFormGivesTheSameBundlesNextAndFailure() {
        for (String answer : ANSWERS) {
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
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
        }
        String hubForm = "{\"bundles\":[\"" + JWE + "\",\"a.b\"],\"next\":1234}";
        byte[] hub = hubForm.getBytes(StandardCharsets.UTF_8);
        for (int end = 0; end <= hub.length; end++) {
            byte[] cut = java.util.Arrays.copyOf(hub, end);
            assertEquals(general(cut, -1), fast(cut, -1), "cut after " + end + " bytes");
        }
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
    void theHubsFormIsReadWithoutTheGeneralReader() {
        byte[] body = ("{\"bundles\":[\"" + JWE + "\"],\"next\":42}").getBytes(StandardCharsets.UTF_8);
        List<String> got = new ArrayList<>();
        FeedBytes.Outcome outcome = FeedBytes.read(body, got::add);
        assertTrue(outcome.complete());
        assertEquals(42L, outcome.next());
        assertEquals(List.of(JWE), got);
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
