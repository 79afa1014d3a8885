package nl.werkmap.sync.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLContext;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.nimbusds.jose.jwk.ECKey;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.werkmap.sync.protocol.DeviceToken;
import nl.werkmap.sync.protocol.SyncKeys;

/**
 * The device's side of the hub HTTP API. Sorts every failure into "the hub said no" ({@link HubRefusedException},
 * do not retry) and "could not get an answer" ({@link HubUnavailableException}, retry later).
 */
public final class HubClient {

    private static final Logger LOG = LoggerFactory.getLogger(HubClient.class);
    private static final Gson GSON = new Gson();
    /**
     * Bytes of a fetch answer the connection may read ahead of the bundle being opened: about two bundles. The
     * system property {@code werkmap.sync.readAheadMb} changes it for measuring (TeamSyncBench).
     */
    private static final long READ_AHEAD = Long.getLong("werkmap.sync.readAheadMb", 12L) << 20;

    /** What the coach can do when a hub that hangs keeps hanging. */
    private static final String PERSISTS = "Blijft dit gebeuren, controleer dan de netwerkverbinding of meld het bij"
            + " de beheerder van de hub.";

    private final URI base;
    private final HttpClient http;
    private final Duration timeout;
    private final Duration idle;

    /** As {@link #HubClient(String, SSLContext, Duration, Duration)} with {@code idle} as long as {@code timeout}. */
    public HubClient(String baseUrl, SSLContext tls, Duration timeout) {
        this(baseUrl, tls, timeout, timeout);
    }

    /**
     * @param timeout how long connecting may take, and sending a request until the answer's status and headers are in
     *                (the HTTP client's own timeout, which ends there)
     * @param idle    how long the answer's body may stop coming while it is read: a hub (or a way to it) that sent
     *                its headers and then hangs ends the call after this, so a round never waits forever
     */
    public HubClient(String baseUrl, SSLContext tls, Duration timeout, Duration idle) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1);
        if (tls != null) {
            builder.sslContext(tls);
        }
        this.http = builder.build();
        this.timeout = timeout;
        this.idle = idle;
    }

    public HubClient(String baseUrl) {
        this(baseUrl, null, Duration.ofSeconds(30));
    }

    public EnrollmentAnswer enroll(String code, String deviceName, ECKey signingKey, ECKey encryptionKey)
            throws HubRefusedException, HubUnavailableException {
        return enroll(code, deviceName, null, signingKey, encryptionKey);
    }

    /** Enrols with this device's own id ({@code null}: let the hub choose) and its public keys. */
    public EnrollmentAnswer enroll(String code, String deviceName, String deviceId, ECKey signingKey,
                                   ECKey encryptionKey) throws HubRefusedException, HubUnavailableException {
        String body = "{\"code\":" + GSON.toJson(code) + ",\"deviceName\":" + GSON.toJson(deviceName)
                + ",\"deviceId\":" + GSON.toJson(deviceId)
                + ",\"signingKey\":" + signingKey.toPublicJWK().toJSONString()
                + ",\"encryptionKey\":" + encryptionKey.toPublicJWK().toJSONString() + "}";
        JsonObject answer = call(HttpRequest.newBuilder(base.resolve("api/v1/enroll"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        return new EnrollmentAnswer(answer.get("deviceId").getAsString(), answer.get("coachId").getAsString(),
                answer.get("coachName").getAsString(), answer.get("role").getAsString(),
                answer.get("team").getAsString(), answer.get("municipality").getAsString(),
                SyncKeys.parse(answer.get("hubSigningKey").toString()),
                SyncKeys.parse(answer.get("hubEncryptionKey").toString()),
                answer.get("hubFingerprint").getAsString());
    }

    /** Sends one sealed bundle; returns true when the hub had already accepted it before. */
    public boolean send(String jwe) throws HubRefusedException, HubUnavailableException {
        JsonObject answer = call(HttpRequest.newBuilder(base.resolve("api/v1/bundles"))
                .header("Content-Type", "application/jose")
                .POST(HttpRequest.BodyPublishers.ofString(jwe, StandardCharsets.US_ASCII)));
        return answer.has("duplicate") && answer.get("duplicate").getAsBoolean();
    }

    public FetchAnswer fetch(long after, String deviceToken) throws HubRefusedException, HubUnavailableException {
        List<String> bundles = new ArrayList<>();
        long next = fetchEach(after, deviceToken, bundles::add);
        return new FetchAnswer(bundles, next);
    }

    /**
     * As {@link #fetch}, but each bundle goes to {@code sink} as soon as its bytes have come in, while the rest of
     * the answer still streams, so the caller can open one bundle while it writes the one before
     * ({@code DownPipeline}); the answer is never held whole (about 12 MB at most wait unread). Returns the position
     * to ask after next time; it is only known to be right once the whole answer is read (every bundle carries the
     * whole answer's range), so move the cursor only when this returns. What {@code sink} throws ends the reading
     * (the rest is not read) and is thrown on as it is. A body that breaks off, or stops coming for {@code idle}
     * (see the constructor), is a {@link HubUnavailableException} after the bundles read whole before it were handed
     * over.
     */
    public long fetchEach(long after, String deviceToken, java.util.function.Consumer<String> sink)
            throws HubRefusedException, HubUnavailableException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("api/v1/bundles?after=" + after))
                .header("Authorization", DeviceToken.SCHEME + " " + deviceToken).GET().timeout(timeout).build();
        // The body is read as it arrives and each bundle handed over as soon as its bytes are in, so the first apply
        // starts while the hub still seals the rest. BodyStream keeps the connection read ahead of the reader (the
        // JDK's own input stream asked for each 16 KB only when the reader wanted it, which doubled a first sync).
        Opened response = open(request);
        try (InputStream body = response.body()) {
            if (response.status() < 200 || response.status() >= 300) {
                answer(response.status(), new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            return FeedStream.read(body, sink);
        } catch (FeedReader.SinkFailed e) {
            throw e.getCause();
        } catch (AnswerStalledException e) {
            // The bundles read whole before the stall may have been applied; the cursor has not moved (as below).
            throw new HubUnavailableException("Het antwoord van de hub bleef halverwege steken: " + spoken(e.idle())
                    + " lang kwam er niets binnen. Wat al helemaal binnen was, is verwerkt; Werkmap probeert het later"
                    + " opnieuw en haalt dan de rest op. " + PERSISTS, e);
        } catch (IOException | JsonParseException | IllegalStateException e) {
            if (e instanceof java.io.InterruptedIOException && Thread.currentThread().isInterrupted()) {
                // Interrupted while waiting for the next bytes (the app closing), as when interrupted before them.
                throw new HubUnavailableException("Synchroniseren is afgebroken.", e);
            }
            // A body that ends short or is not the answer's JSON: the hub (or the way to it) broke off; try later.
            // The bundles read whole before the break may have been applied (each on its own); the cursor has not
            // moved, so the next round asks from the same place and those apply again as already applied.
            throw broken(e);
        }
    }

    private JsonObject call(HttpRequest.Builder request) throws HubRefusedException, HubUnavailableException {
        Opened response = open(request.timeout(timeout).build());
        String text;
        try (InputStream body = response.body()) {
            text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (AnswerStalledException e) {
            // What was sent may have been taken in (the answer was on its way); sending it again is safe.
            throw new HubUnavailableException("Het antwoord van de hub bleef halverwege steken: " + spoken(e.idle())
                    + " lang kwam er niets binnen. Werkmap probeert het later opnieuw. " + PERSISTS, e);
        } catch (IOException e) {
            if (e instanceof java.io.InterruptedIOException && Thread.currentThread().isInterrupted()) {
                throw new HubUnavailableException("Synchroniseren is afgebroken.", e);
            }
            throw broken(e);
        }
        return answer(response.status(), text);
    }

    /** An answer whose status and headers came in; its body is read from {@code body}. */
    private record Opened(int status, BodyStream body) {
    }

    /**
     * Sends the request and waits for the answer's status and headers. A body that breaks off right after the
     * headers is sometimes reported by the JDK's {@code send} itself (the response never handed over, about 1 in 30
     * connections cut early on loopback) instead of by the body: then the answer is taken as it came all the same,
     * so reading it hands over what came whole and ends in the same "kwam niet helemaal aan" as a later break. Only
     * a request that got no headers is "niet bereikbaar".
     */
    private Opened open(HttpRequest request) throws HubUnavailableException {
        AtomicReference<Opened> headers = new AtomicReference<>();
        try {
            HttpResponse<InputStream> response = http.send(request, info -> {
                BodyStream stream = new BodyStream(READ_AHEAD, idle);
                headers.set(new Opened(info.statusCode(), stream));
                return stream;
            });
            return new Opened(response.statusCode(), (BodyStream) response.body());
        } catch (IOException e) {
            Opened came = headers.get();
            if (came == null) {
                throw unreachable(e);
            }
            came.body().brokeOff(e);
            return came;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubUnavailableException("Synchroniseren is afgebroken.", e);
        }
    }

    private HubUnavailableException unreachable(IOException e) {
        if (e instanceof HttpTimeoutException && !(e instanceof java.net.http.HttpConnectTimeoutException)) {
            // Connected, but no answer in time: the hub is busy or hangs, or something on the way holds the request.
            return new HubUnavailableException("De hub antwoordde niet binnen " + spoken(timeout) + ". Werkmap"
                    + " probeert het later opnieuw. " + PERSISTS, e);
        }
        // One line, no stack trace: an offline laptop meets this at every retry.
        LOG.warn("Hub {} not reachable: {}", base, String.valueOf(e));
        return new HubUnavailableException("De hub is niet bereikbaar (" + NetworkCause.inWords(e, "netwerkfout")
                + "). Controleer de netwerkverbinding; Werkmap probeert het later opnieuw.", e);
    }

    /** A body that ended short or is not the answer's JSON: the hub (or the way to it) broke off; try later. */
    private HubUnavailableException broken(Exception e) {
        LOG.warn("Answer of hub {} broke off: {}", base, String.valueOf(e));
        return new HubUnavailableException("Het antwoord van de hub kwam niet helemaal aan (" + NetworkCause.inWords(e,
                "verbinding verbroken") + "). Werkmap probeert het later opnieuw.", e);
    }

    /** A wait in words: "30 seconden", "1 seconde", "250 milliseconden" (tests wait less than a second). */
    static String spoken(Duration wait) {
        if (wait.toMillis() < 1_000 || wait.toMillis() % 1_000 != 0) {
            return wait.toMillis() + " milliseconden";
        }
        long seconds = wait.toSeconds();
        return seconds == 1 ? "1 seconde" : seconds + " seconden";
    }

    /** The answer's JSON when the status is a success; otherwise the refusal or failure it stands for. */
    private static JsonObject answer(int status, String text) throws HubRefusedException, HubUnavailableException {
        JsonObject body;
        try {
            JsonElement parsed = JsonParser.parseString(text);
            body = parsed.isJsonObject() ? parsed.getAsJsonObject() : new JsonObject();
        } catch (JsonParseException e) {
            body = new JsonObject();
        }
        if (status >= 200 && status < 300) {
            return body;
        }
        String code = body.has("error") ? body.get("error").getAsString() : "HTTP_" + status;
        String message = body.has("message") ? body.get("message").getAsString()
                : "De hub antwoordde met status " + status + ".";
        if (status >= 500 || status == 408 || status == 429) {
            throw new HubUnavailableException("De hub heeft een storing (" + code + "): " + message, null);
        }
        throw new HubRefusedException(status, code, message);
    }

}
