package nl.werkmap.sync.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A hub (or the way to it) that hangs or breaks off never holds a call forever: every call ends as "hub
 * unavailable", in Dutch that says what to do, within its limits. A fetch answer that stops coming after its headers
 * ends after the idle limit, with the bundles that came whole handed over and nothing of the next; so does the
 * answer to a send. A request the hub never answers, or never reads, ends at the request timeout. A connection cut
 * mid-answer is reported as such. After a stall the same client works again on a fresh connection. The limits are
 * made small; each test has a hard timeout, so a hang fails instead of holding the build.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HubClientStallTest {

    private static final String FIRST = "eyJh." + "A".repeat(50_000) + ".aXY.Y2lw.dGFn";
    private static final String SECOND = "eyJi." + "B".repeat(50_000) + ".aXY.Y2lw.dGFn";
    private static final byte[] FEED = ("{\"bundles\":[\"" + FIRST + "\",\"" + SECOND + "\"],\"next\":77}")
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SENT = "{\"duplicate\":false}".getBytes(StandardCharsets.US_ASCII);
    /** Short enough to keep the tests quick, long enough for loopback bytes already sent to arrive under load. */
    private static final Duration IDLE = Duration.ofMillis(300);
    private static final Duration TIMEOUT = Duration.ofMillis(600);

    private LoopbackHub hub;

    @BeforeEach
    void start() throws Exception {
        hub = new LoopbackHub(request -> new LoopbackHub.Answer(200, "application/json",
                request.method().equals("GET") ? FEED : SENT));
    }

    @AfterEach
    void stop() throws Exception {
        hub.close();
    }

    /** Connecting and the headers may take long (a loaded machine); only the waits under test are short. */
    private HubClient client() {
        return new HubClient(hub.url(), null, Duration.ofSeconds(20), IDLE);
    }

    private static String stalled(HubUnavailableException e) {
        String m = e.getMessage();
        assertTrue(m.startsWith("Het antwoord van de hub bleef halverwege steken: 300 milliseconden lang kwam er"
                + " niets binnen."), m);
        assertTrue(m.endsWith("Blijft dit gebeuren, controleer dan de netwerkverbinding of meld het bij de beheerder"
                + " van de hub."), m);
        assertTrue(e.getCause() instanceof AnswerStalledException, String.valueOf(e.getCause()));
        return m;
    }

    @Test
    void aFetchAnswerThatStopsAfterItsHeadersEndsAfterTheIdleWait() {
        hub.next("GET", LoopbackHub.stallAfter(body -> 0));
        List<String> got = new ArrayList<>();
        long from = System.nanoTime();
        HubUnavailableException e = assertThrows(HubUnavailableException.class,
                () -> client().fetchEach(0, "token", got::add));
        assertTrue(System.nanoTime() - from >= IDLE.toNanos());
        assertTrue(stalled(e).contains("Wat al helemaal binnen was, is verwerkt"), e.getMessage());
        assertEquals(List.of(), got);
    }

    @Test
    void aFetchAnswerThatStopsInTheSecondBundleHandsOverTheFirstOnlyAndTheNextCallWorks() throws Exception {
        hub.next("GET", LoopbackHub.stallAfter(body -> LoopbackHub.bundleStart(body, 1) + 20_000));
        HubClient client = client();
        List<String> got = new ArrayList<>();
        stalled(assertThrows(HubUnavailableException.class, () -> client.fetchEach(0, "token", got::add)));
        assertEquals(List.of(FIRST), got, "the first bundle whole, nothing of the stalled one");

        got.clear();
        assertEquals(77, client.fetchEach(0, "token", got::add), "the same client, a fresh connection");
        assertEquals(List.of(FIRST, SECOND), got);
        assertEquals(2, hub.seen().size());
    }

    @Test
    void theAnswerToASendThatStopsHalfwayEndsAfterTheIdleWait() {
        hub.next("POST", LoopbackHub.stallAfter(body -> body.length / 2));
        HubUnavailableException e = assertThrows(HubUnavailableException.class, () -> client().send("eyJ.a.b.c.d"));
        assertTrue(stalled(e).contains("Werkmap probeert het later opnieuw."), e.getMessage());
    }

    @Test
    void aSendTheHubNeverAnswersEndsAtTheRequestTimeout() {
        hub.next("POST", LoopbackHub.neverAnswer());
        HubClient client = new HubClient(hub.url(), null, TIMEOUT, IDLE);
        HubUnavailableException e = assertThrows(HubUnavailableException.class, () -> client.send("eyJ.a.b.c.d"));
        assertEquals("De hub antwoordde niet binnen 600 milliseconden. Werkmap probeert het later opnieuw. Blijft dit"
                + " gebeuren, controleer dan de netwerkverbinding of meld het bij de beheerder van de hub.",
                e.getMessage());
    }

    @Test
    void aLargeSendTheHubNeverReadsEndsAtTheRequestTimeout() {
        hub.next("POST", LoopbackHub.neverRead());
        HubClient client = new HubClient(hub.url(), null, TIMEOUT, IDLE);
        // Far more than the connection's buffers hold, so the client's own write waits on the hub.
        String large = "eyJ." + "A".repeat(16 << 20) + ".b.c.d";
        HubUnavailableException e = assertThrows(HubUnavailableException.class, () -> client.send(large));
        assertTrue(e.getMessage().startsWith("De hub antwoordde niet binnen 600 milliseconden."), e.getMessage());
    }

    /**
     * A connection cut in the second bundle is a broken answer after the first. The JDK sometimes reports a body that
     * breaks off soon after the headers from its {@code send} instead of from the body (about 1 in 30 such
     * connections on loopback; once cut, this test failed that way in CI): it is still a broken answer, never "niet
     * bereikbaar", and what came whole is still handed over. Repeated, so that the race is met.
     */
    @Test
    void aConnectionCutInTheSecondBundleIsReportedAsABrokenAnswerAfterTheFirstEveryTime() {
        for (int i = 0; i < 40; i++) {
            brokenAfterTheFirst(LoopbackHub.cutAfter(body -> LoopbackHub.bundleStart(body, 1) + 20_000),
                    "connection " + i);
        }
    }

    /** The fetch ends as a broken answer ("kwam niet helemaal aan") with the first bundle alone handed over. */
    private void brokenAfterTheFirst(LoopbackHub.Fault fault, String which) {
        hub.next("GET", fault);
        List<String> got = new ArrayList<>();
        HubUnavailableException e = assertThrows(HubUnavailableException.class,
                () -> client().fetchEach(0, "token", got::add));
        assertTrue(e.getMessage().startsWith("Het antwoord van de hub kwam niet helemaal aan"), which + ": "
                + e.getMessage());
        assertEquals(List.of(FIRST), got, which);
    }

    @Test
    void anAnswerThatEndsInsideItsLastBundleIsReportedAsABrokenAnswerAfterTheBundlesBefore() {
        brokenAfterTheFirst(LoopbackHub.endShortAfter(body -> LoopbackHub.bundleEnd(body, 1) - 10), "ended short");
    }

    @Test
    void waitsAreSpokenInWholeSecondsOrMilliseconds() {
        assertEquals("30 seconden", HubClient.spoken(Duration.ofSeconds(30)));
        assertEquals("1 seconde", HubClient.spoken(Duration.ofSeconds(1)));
        assertEquals("250 milliseconden", HubClient.spoken(Duration.ofMillis(250)));
        assertEquals("1500 milliseconden", HubClient.spoken(Duration.ofMillis(1500)));
    }
}
