package nl.werkmap.bench.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import nl.werkmap.bench.sync.RecordedAnswers.Exchange;

/**
 * A recording proxy between a laptop and the real hub, for TeamSyncBench {@code -Dbench.hub=replay}: plain HTTP on
 * 127.0.0.1, each request passed on to the hub (method, path, query, body, and the two headers the laptop sends:
 * {@code Authorization} and {@code Content-Type}) and the hub's answer passed back as it streams in (so the laptop
 * applies while the hub still seals, as without the proxy) while its bytes are kept, with the request's method,
 * path, query and body hash, in the order they came.
 */
final class RecordingProxy implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "bench-recording-proxy");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient hub = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();
    private final String target;
    private final List<Exchange> recorded = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    private RecordingProxy(String target) throws IOException {
        this.target = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/", this::pass);
        server.setExecutor(threads);
        server.start();
    }

    /** Starts a proxy to the hub at {@code target} on a free port of 127.0.0.1. */
    static RecordingProxy start(String target) throws IOException {
        return new RecordingProxy(target);
    }

    String url() {
        return "http://127.0.0.1:" + port();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** What was recorded, in order; throws if passing a request on failed. */
    synchronized List<Exchange> exchanges() {
        if (!failures.isEmpty()) {
            throw new IllegalStateException("the recording proxy failed: " + String.join("; ", failures));
        }
        return List.copyOf(recorded);
    }

    private void pass(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + path
                    + (query == null ? "" : "?" + query))).timeout(Duration.ofMinutes(5))
                    .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            for (String header : List.of("Authorization", "Content-Type")) {
                String value = exchange.getRequestHeaders().getFirst(header);
                if (value != null) {
                    request.header(header, value);
                }
            }
            HttpResponse<InputStream> answer = hub.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String contentType = answer.headers().firstValue("Content-Type").orElse("");
            if (!contentType.isEmpty()) {
                exchange.getResponseHeaders().set("Content-Type", contentType);
            }
            exchange.sendResponseHeaders(answer.statusCode(), 0);
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            try (InputStream in = answer.body(); OutputStream out = exchange.getResponseBody()) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    out.flush();
                    kept.write(buffer, 0, n);
                }
            }
            synchronized (this) {
                recorded.add(new Exchange(method, path, query, RecordedAnswers.sha256(body), answer.statusCode(),
                        contentType, kept.toByteArray()));
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            synchronized (this) {
                failures.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + ": " + e);
            }
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
