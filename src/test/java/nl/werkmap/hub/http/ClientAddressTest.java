package nl.werkmap.hub.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which address a request is limited under: the proxy's last hop only when the peer is the local proxy. */
class ClientAddressTest {

    @Test
    void aDirectClientIsItsOwnAddressWhateverItClaims() {
        assertEquals("203.0.113.7", ClientAddress.of("203.0.113.7", null));
        assertEquals("203.0.113.7", ClientAddress.of("203.0.113.7", "10.9.9.9"), "a forged header is ignored");
    }

    @Test
    void behindALocalProxyTheHopItAppendedCounts() {
        assertEquals("198.51.100.4", ClientAddress.of("127.0.0.1", "198.51.100.4"));
        assertEquals("198.51.100.4", ClientAddress.of("127.0.0.1", "1.2.3.4, 5.6.7.8, 198.51.100.4"),
                "what the client wrote itself comes before the proxy's entry and is not used");
        assertEquals("2001:db8::1", ClientAddress.of("0:0:0:0:0:0:0:1", " 2001:db8::1 "));
    }

    @Test
    void anEmptyOrHugeHeaderStaysBounded() {
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", " , "));
        assertEquals(ClientAddress.MAX_LENGTH, ClientAddress.of("127.0.0.1", "x".repeat(10_000)).length());
    }
}
