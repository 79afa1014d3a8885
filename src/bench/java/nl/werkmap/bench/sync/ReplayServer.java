package nl.werkmap.bench.sync;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import nl.werkmap.bench.sync.RecordedAnswers.Exchange;

/**
 * A hub that costs the laptop nothing, for TeamSyncBench {@code -Dbench.hub=replay}: a real HTTP server on
 * 127.0.0.1 (the port the recording proxy had, which the laptop's snapshot names as its hub) that answers each
 * request with the recorded answer from memory ({@link RecordedAnswers}: the next recorded request, same method,
 * path, query and body). A request it has no answer for gets none: the connection is closed without a status (the
 * laptop's round fails as with an unreachable hub) and {@link RecordedAnswers#verify()} fails the run.
 */
final class ReplayServer implements AutoCloseable {

    private final HttpServer server;
    private final RecordedAnswers answers;
    private final ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "bench-replay-server");
        t.setDaemon(true);
        return t;
    });

    private ReplayServer(int port, RecordedAnswers answers) throws IOException {
        this.answers = answers;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    /** Listens on {@code port} of 127.0.0.1; fails if that port is taken. */
    static ReplayServer start(int port, RecordedAnswers answers) throws IOException {
        try {
            return new ReplayServer(port, answers);
        } catch (java.net.BindException e) {
            throw new IllegalStateException("port " + port + " of 127.0.0.1 is taken, and the laptop's snapshot names"
                    + " http://127.0.0.1:" + port + " as its hub: free it, or record again (-Dbench.replayRecord=true)",
                    e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Exchange recorded;
        try {
            recorded = answers.answer(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), body);
        } catch (RecordedAnswers.UnmatchedRequestException e) {
            System.out.println("replay server: " + e.getMessage());
            // No answer at all: thrown from the handler, the server closes the connection without a status.
            throw e;
        }
        if (!recorded.contentType().isEmpty()) {
            exchange.getResponseHeaders().set("Content-Type", recorded.contentType());
        }
        byte[] answer = recorded.answer();
        exchange.sendResponseHeaders(recorded.status(), answer.length == 0 ? -1 : answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
