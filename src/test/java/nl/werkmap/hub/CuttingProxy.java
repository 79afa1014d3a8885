package nl.werkmap.hub;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP proxy in front of a test hub that can cut a connection like a train entering a tunnel: once a cut
 * is set, it forwards that many more bytes towards the hub (upload) or towards the client (download), on whichever
 * connection carries them (kept-alive ones included), and then closes both sockets of that connection; while the cut
 * stays set, every later byte in that direction cuts its connection too. Plain TCP, so HTTP and TLS alike.
 */
final class CuttingProxy implements AutoCloseable {

    private static final long NONE = Long.MAX_VALUE;

    private final ServerSocket listener;
    private final int targetPort;
    private final AtomicInteger cuts = new AtomicInteger();
    /** Bytes still allowed towards the hub and towards the client; {@link #NONE} when no cut is set. */
    private final AtomicLong upload = new AtomicLong(NONE);
    private final AtomicLong download = new AtomicLong(NONE);

    CuttingProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "cutting-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** New connections forward only this many bytes from client to hub, then both sides are closed. */
    void cutUploadAfter(long bytes) {
        download.set(NONE);
        upload.set(bytes);
    }

    /** New connections forward only this many bytes from hub to client, then both sides are closed. */
    void cutDownloadAfter(long bytes) {
        upload.set(NONE);
        download.set(bytes);
    }

    void passThrough() {
        upload.set(NONE);
        download.set(NONE);
    }

    /** How many connections were cut so far. */
    int cuts() {
        return cuts.get();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket hub = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                pump(client, hub, upload, "up");
                pump(hub, client, download, "down");
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                throw new IllegalStateException("proxy could not connect to the hub", e);
            }
        }
    }

    private void pump(Socket from, Socket to, AtomicLong budget, String direction) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    int allowed = take(budget, read);
                    out.write(buffer, 0, allowed);
                    out.flush();
                    if (allowed < read) {
                        cuts.incrementAndGet();
                        break;
                    }
                }
            } catch (IOException otherSideClosed) {
                // The other direction closed both sockets (a cut, or the end of the exchange): this pump ends too.
                assert from.isClosed() || to.isClosed() : otherSideClosed;
            } finally {
                closeBoth(from, to);
            }
        }, "cutting-proxy-" + direction);
        thread.setDaemon(true);
        thread.start();
    }

    /** Takes up to {@code wanted} bytes from the budget; all of them when no cut is set. */
    private static int take(AtomicLong budget, int wanted) {
        while (true) {
            long left = budget.get();
            if (left == NONE) {
                return wanted;
            }
            int allowed = (int) Math.min(wanted, left);
            if (budget.compareAndSet(left, left - allowed)) {
                return allowed;
            }
        }
    }

    private static void closeBoth(Socket a, Socket b) {
        for (Socket socket : new Socket[] {a, b}) {
            try {
                socket.close();
            } catch (IOException e) {
                throw new IllegalStateException("closing a proxied socket failed", e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
