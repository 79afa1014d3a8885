package nl.werkmap.hub.http;

/**
 * The address a request's rate limit and log line are kept under. Behind a reverse proxy on the same server (the
 * set-up docs/operations-hub.md recommends) every request comes from loopback; then the address the proxy appended
 * last to {@code X-Forwarded-For} is the client's. From any other peer the header is ignored: a client cannot choose
 * its own bucket.
 */
final class ClientAddress {

    static final int MAX_LENGTH = 64;

    private ClientAddress() {
    }

    static String of(String peer, String forwardedFor) {
        if (forwardedFor == null || !isLoopback(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String last = hops.length == 0 ? "" : hops[hops.length - 1].trim();
        if (last.isEmpty()) {
            return peer;
        }
        return last.length() > MAX_LENGTH ? last.substring(0, MAX_LENGTH) : last;
    }

    private static boolean isLoopback(String peer) {
        return peer != null && (peer.startsWith("127.") || peer.equals("::1") || peer.equals("0:0:0:0:0:0:0:1")
                || peer.equals("[::1]"));
    }
}
