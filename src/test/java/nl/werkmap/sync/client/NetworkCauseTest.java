package nl.werkmap.sync.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;

/** Sync messages name what went wrong in words, never an exception's class. */
class NetworkCauseTest {

    @Test
    void knownCausesHaveWordsAlsoWhenWrapped() {
        assertEquals("verbinding geweigerd", NetworkCause.inWords(new ConnectException(), "x"));
        assertEquals("verbinden duurde te lang", NetworkCause.inWords(new HttpConnectTimeoutException("t"), "x"));
        assertEquals("adres onbekend", NetworkCause.inWords(new IOException(new UnknownHostException("h")), "x"));
        assertEquals("beveiligde verbinding mislukt", NetworkCause.inWords(new SSLHandshakeException("c"), "x"));
        assertEquals("verbinding verbroken", NetworkCause.inWords(new EOFException(), "x"));
        assertEquals("x", NetworkCause.inWords(new IOException("fixed content-length: 10, bytes received: 5"), "x"));
    }

    @Test
    void aHubThatIsNotListeningIsRefusedInWords() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        HubClient client = new HubClient("http://127.0.0.1:" + port, null, Duration.ofSeconds(10));
        HubUnavailableException e = assertThrows(HubUnavailableException.class, () -> client.send("eyJ.a.b.c.d"));
        assertEquals("De hub is niet bereikbaar (verbinding geweigerd). Controleer de netwerkverbinding; Werkmap"
                + " probeert het later opnieuw.", e.getMessage());
    }
}
