package nl.werkmap.sync.client;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.ToIntFunction;

/**
 * The way to the hub, on 127.0.0.1, misbehaving on purpose: plain HTTP/1.1 on raw sockets, so a test can make an
 * answer stop or break at any byte. The next request of a method can be given a {@link Fault} (the answer stalls
 * after some bytes with the connection left open, the connection is cut, the body ends short, the request is never
 * read or never answered); every other request is answered whole. Answers come from an {@link Upstream}: a real hub
 * behind it ({@link #before}) or canned bytes. A stalled exchange holds its connection until {@link #close}.
 */
public final class LoopbackHub implements AutoCloseable {

    /** One request as it came in; {@code headers} by lower-case name. */
    public record Request(String method, String target, Map<String, String> headers, byte[] body) {
    }

    /** An answer before any fault is applied to it. */
    public record Answer(int status, String contentType, byte[] body) {
    }

    /** Where whole answers come from. */
    @FunctionalInterface
    public interface Upstream {
        Answer answer(Request request) throws IOException, InterruptedException;
    }

    /** What happens to one request. */
    @FunctionalInterface
    public interface Fault {
        void serve(Exchange exchange) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final Upstream upstream;
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);

    public LoopbackHub(Upstream upstream) throws IOException {
        this.upstream = upstream;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "loopback-hub");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** In front of a real hub: every answer is the hub's own, forwarded, before a fault changes it. */
    public static LoopbackHub before(String hubUrl) throws IOException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI base = URI.create(hubUrl.endsWith("/") ? hubUrl : hubUrl + "/");
        return new LoopbackHub(request -> {
            HttpRequest.Builder forward = HttpRequest.newBuilder(base.resolve(request.target().substring(1)))
                    .method(request.method(), request.body().length == 0 && request.method().equals("GET")
                            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            for (String name : new String[] {"authorization", "content-type"}) {
                String value = request.headers().get(name);
                if (value != null) {
                    forward.header(name, value);
                }
            }
            HttpResponse<byte[]> answer = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(answer.statusCode(), answer.headers().firstValue("content-type")
                    .orElse("application/json"), answer.body());
        });
    }

    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/";
    }

    /** The next request with this method (GET: a fetch, POST: a send or an enrolment) meets {@code fault}. */
    public void next(String method, Fault fault) {
        faults.computeIfAbsent(method, m -> new ArrayDeque<>()).add(fault);
    }

    /** "METHOD target" of every request so far, in order. */
    public List<String> seen() {
        return List.copyOf(seen);
    }

    // --- faults ---

    /** Answered whole (what a request without a fault gets). */
    public static Fault whole() {
        return x -> {
            Answer answer = x.upstream();
            x.head(answer, answer.body().length);
            x.write(answer.body(), answer.body().length);
        };
    }

    /** The whole answer's headers, then {@code at(body)} bytes of the body, then nothing: the connection stays open. */
    public static Fault stallAfter(ToIntFunction<byte[]> at) {
        return x -> {
            Answer answer = x.upstream();
            x.head(answer, answer.body().length);
            x.write(answer.body(), at.applyAsInt(answer.body()));
            x.hold();
        };
    }

    /** The whole answer's headers, then {@code at(body)} bytes of the body, then the connection is closed. */
    public static Fault cutAfter(ToIntFunction<byte[]> at) {
        return x -> {
            Answer answer = x.upstream();
            x.head(answer, answer.body().length);
            x.write(answer.body(), at.applyAsInt(answer.body()));
            x.cut();
        };
    }

    /** A well-formed HTTP answer whose body is the first {@code at(body)} bytes of the real one. */
    public static Fault endShortAfter(ToIntFunction<byte[]> at) {
        return x -> {
            Answer answer = x.upstream();
            int keep = at.applyAsInt(answer.body());
            x.head(answer, keep);
            x.write(answer.body(), keep);
        };
    }

    /** The request is read (and goes nowhere); no answer ever comes. */
    public static Fault neverAnswer() {
        return x -> {
            x.requestBody();
            x.hold();
        };
    }

    /** Not a byte of the request's body is read: a large one fills the connection and the sender's write waits. */
    public static Fault neverRead() {
        return Exchange::hold;
    }

    /** Where bundle {@code index} (from 0) of a fetch answer {@code {"bundles":["…","…"],"next":N}} starts. */
    public static int bundleStart(byte[] answer, int index) {
        int at = "{\"bundles\":[\"".length();
        for (int i = 0; i < index; i++) {
            at = bundleEnd(answer, i) + 3; // past the closing quote, the comma and the next opening quote
        }
        return at;
    }

    /** Where the closing quote of bundle {@code index} is. */
    public static int bundleEnd(byte[] answer, int index) {
        int at = bundleStart(answer, index);
        while (answer[at] != '"') {
            at++;
        }
        return at;
    }

    // --- serving ---

    private void accept() {
        try {
            while (true) {
                Socket socket = server.accept();
                sockets.add(socket);
                Thread t = new Thread(() -> serve(socket), "loopback-hub-connection");
                t.setDaemon(true);
                t.start();
            }
        } catch (IOException closedDown) {
            // close() ends the stand-in
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (true) {
                Exchange exchange = Exchange.read(this, socket, in, out);
                if (exchange == null) {
                    return;
                }
                seen.add(exchange.method + " " + exchange.target);
                Deque<Fault> queued = faults.get(exchange.method);
                Fault fault = null;
                if (queued != null) {
                    synchronized (queued) {
                        fault = queued.poll();
                    }
                }
                (fault == null ? whole() : fault).serve(exchange);
                if (!exchange.open) {
                    return;
                }
            }
        } catch (IOException | InterruptedException gone) {
            // the client went away, or the test is over
        }
    }

    @Override
    public void close() throws IOException {
        closed.countDown();
        server.close();
        for (Socket s : sockets) {
            s.close();
        }
    }

    /** One request and the raw connection to answer it on. */
    public static final class Exchange {
        private final LoopbackHub hub;
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final String method;
        private final String target;
        private final Map<String, String> headers;
        private byte[] body;
        private boolean open = true;

        private Exchange(LoopbackHub hub, Socket socket, InputStream in, OutputStream out, String method,
                         String target, Map<String, String> headers) {
            this.hub = hub;
            this.socket = socket;
            this.in = in;
            this.out = out;
            this.method = method;
            this.target = target;
            this.headers = headers;
        }

        /** The next request's line and headers; null when the client closed the connection first. */
        static Exchange read(LoopbackHub hub, Socket socket, InputStream in, OutputStream out) throws IOException {
            String line = line(in);
            if (line == null) {
                return null;
            }
            String[] parts = line.split(" ");
            Map<String, String> headers = new TreeMap<>();
            for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1)
                        .trim());
            }
            return new Exchange(hub, socket, in, out, parts[0], parts[1], headers);
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (b != '\r') {
                    bytes.write(b);
                }
            }
            return b == -1 && bytes.size() == 0 ? null : bytes.toString(StandardCharsets.ISO_8859_1);
        }

        /** The request's body (read once, by its Content-Length). */
        public byte[] requestBody() throws IOException {
            if (body == null) {
                int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
                body = in.readNBytes(length);
            }
            return body;
        }

        /** The whole answer from upstream, for this request. */
        public Answer upstream() throws IOException, InterruptedException {
            return hub.upstream.answer(new Request(method, target, headers, requestBody()));
        }

        public void head(Answer answer, long length) throws IOException {
            out.write(("HTTP/1.1 " + answer.status() + " X\r\nContent-Type: " + answer.contentType()
                    + "\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        /** The first {@code length} bytes of {@code bytes}, sent at once. */
        public void write(byte[] bytes, int length) throws IOException {
            out.write(bytes, 0, length);
            out.flush();
        }

        /** The bytes of {@code bytes} from {@code from} on, sent at once: the rest after a held first part. */
        public void writeFrom(byte[] bytes, int from) throws IOException {
            out.write(bytes, from, bytes.length - from);
            out.flush();
        }

        /** Says nothing more on this connection until the stand-in closes. */
        public void hold() throws InterruptedException {
            open = false;
            hub.closed.await();
        }

        /** Closes the connection, whatever the client still expects. */
        public void cut() throws IOException {
            open = false;
            socket.close();
        }
    }
}
