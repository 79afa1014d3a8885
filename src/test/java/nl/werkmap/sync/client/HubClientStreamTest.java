package nl.werkmap.sync.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/**
 * The device reads a fetch answer as the hub writes it: the first bundle reaches the sink while the hub still holds
 * back the rest (a stand-in hub that sends the second bundle only once the first was handed over, or after 10 s if it
 * never is, which fails the test); an answer that ends short fails as "hub unavailable", in plain Dutch, after the
 * bundles that came whole, and never hands over a part of one.
 */
class HubClientStreamTest {

    private static final String FIRST = "eyJh." + "A".repeat(100_000) + ".aXY.Y2lw.dGFn";
    private static final String SECOND = "eyJi." + "B".repeat(100_000) + ".aXY.Y2lw.dGFn";

    private HttpServer server;
    private final CountDownLatch firstHandedOver = new CountDownLatch(1);
    private final AtomicBoolean restWaitedForTheFirst = new AtomicBoolean();
    private volatile boolean endShort;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/bundles", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(("{\"bundles\":[\"" + FIRST + "\"").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                try {
                    restWaitedForTheFirst.set(firstHandedOver.await(10, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                String rest = ",\"" + SECOND + "\"],\"next\":77}";
                byte[] bytes = rest.getBytes(StandardCharsets.US_ASCII);
                out.write(bytes, 0, endShort ? bytes.length / 2 : bytes.length);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HubClient client() {
        return new HubClient("http://127.0.0.1:" + server.getAddress().getPort(), null, Duration.ofSeconds(20));
    }

    @Test
    void theFirstBundleIsHandedOverBeforeTheHubSendsTheRest() throws Exception {
        List<String> got = new ArrayList<>();
        long next = client().fetchEach(0, "token", jwe -> {
            got.add(jwe);
            firstHandedOver.countDown();
        });
        assertTrue(restWaitedForTheFirst.get(), "the first bundle reached the sink before the rest was sent");
        assertEquals(77, next);
        assertEquals(List.of(FIRST, SECOND), got);
    }

    @Test
    void anAnswerThatEndsShortIsHubUnavailableAfterTheWholeBundlesOnly() {
        endShort = true;
        List<String> got = new ArrayList<>();
        HubUnavailableException e = assertThrows(HubUnavailableException.class, () -> client().fetchEach(0, "token",
                jwe -> {
                    got.add(jwe);
                    firstHandedOver.countDown();
                }));
        assertTrue(e.getMessage().startsWith("Het antwoord van de hub kwam niet helemaal aan"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Werkmap probeert het later opnieuw."), e.getMessage());
        assertEquals(List.of(FIRST), got, "the first bundle whole, nothing of the cut one");
    }
}
