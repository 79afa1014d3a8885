package nl.werkmap.hub.http;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.Gson;
import com.google.gson.JsonParser;

import io.javalin.Javalin;
import io.javalin.http.Context;
import nl.werkmap.hub.Hub;
import nl.werkmap.hub.Receipt;
import nl.werkmap.hub.store.Enrollment;
import nl.werkmap.hub.store.EnrollmentRefusedException;
import nl.werkmap.hub.store.HubLockedException;
import nl.werkmap.hub.store.HubStoreBusyException;
import nl.werkmap.hub.store.HubStoreException;
import nl.werkmap.sync.protocol.BundleRefusedException;
import nl.werkmap.sync.protocol.DeviceToken;
import nl.werkmap.sync.protocol.MalformedBundleException;
import nl.werkmap.sync.protocol.SyncKeys;

/**
 * The hub's HTTP API (docs/hub-openapi.yaml) on Javalin/Jetty: enrolment, the bundle inbox and the down feed. Every
 * refusal answers with a JSON body {@code {"error": CODE, "message": Dutch text}} so clients can act on the code.
 */
public final class HubServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HubServer.class);
    private static final Gson GSON = new Gson();
    /** Seconds a device waits before sending again when the hub holds all the bodies it may. */
    private static final long BUSY_RETRY_SECONDS = 30;

    private final Hub hub;
    private final Clock clock;
    private final RequestHooks hooks;
    private final HubLimits limits;
    private final BodyBudget bodies;
    private final TokenBuckets perAddress;
    private final TokenBuckets perDevice;
    private final RefusalLog refusals;
    private final Javalin app;
    private final boolean tls;

    private HubServer(Hub hub, Clock clock, String host, int port, Optional<TlsSettings> tlsSettings,
                      RequestHooks hooks, HubLimits limits) {
        this.hub = hub;
        this.clock = clock;
        this.hooks = hooks;
        this.limits = limits;
        this.bodies = new BodyBudget(limits.inFlightBytes());
        this.perAddress = new TokenBuckets(limits.perAddress(), clock);
        this.perDevice = new TokenBuckets(limits.perDevice(), clock);
        this.refusals = new RefusalLog(clock);
        this.tls = tlsSettings.isPresent();
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            // Bodies are read by BoundedBody only; ctx.body() is not used, so this cap is a second line.
            config.http.maxRequestSize = Math.max(limits.maxBundleBytes(), limits.maxEnrollBytes());
            config.jetty.defaultHost = host;
            // Handle a request as soon as its headers are in: a declared length over the cap is refused at once,
            // not after the idle timeout that Jetty would otherwise wait for a first byte of body.
            config.jetty.modifyHttpConfiguration(http -> http.setDelayDispatchUntilContent(false));
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            tlsSettings.ifPresent(settings -> config.jetty.addConnector((server, http) -> tlsConnector(server, http,
                    settings, host, port)));
        });
        routes();
    }

    /** Starts on {@code host:port} (port 0 picks a free one), with TLS when settings are given. */
    public static HubServer start(Hub hub, Clock clock, String host, int port, Optional<TlsSettings> tls) {
        return start(hub, clock, host, port, tls, RequestHooks.NONE, HubLimits.defaults());
    }

    /** As {@link #start(Hub, Clock, String, int, Optional)} with other limits on bodies and rates. */
    public static HubServer start(Hub hub, Clock clock, String host, int port, Optional<TlsSettings> tls,
                                  HubLimits limits) {
        return start(hub, clock, host, port, tls, RequestHooks.NONE, limits);
    }

    /** As {@link #start(Hub, Clock, String, int, Optional)}, with hooks around each request (tests add faults). */
    public static HubServer start(Hub hub, Clock clock, String host, int port, Optional<TlsSettings> tls,
                                  RequestHooks hooks) {
        return start(hub, clock, host, port, tls, hooks, HubLimits.defaults());
    }

    /** With hooks around each request and the given limits. */
    public static HubServer start(Hub hub, Clock clock, String host, int port, Optional<TlsSettings> tls,
                                  RequestHooks hooks, HubLimits limits) {
        return start(hub, clock, host, port, tls, hooks, limits, PrivacyDocuments.NONE);
    }

    /** With the writer of the privacy officer's inzage ({@link PrivacyRoutes}). */
    public static HubServer start(Hub hub, Clock clock, String host, int port, Optional<TlsSettings> tls,
                                  RequestHooks hooks, HubLimits limits, PrivacyDocuments documents) {
        HubServer server = new HubServer(hub, clock, host, port, tls, hooks, limits);
        new PrivacyRoutes(hub, clock, server.perDevice, documents).register(server.app);
        server.app.start(host, port);
        return server;
    }

    public int port() {
        Server server = app.jettyServer().server();
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public String baseUrl() {
        return (tls ? "https://" : "http://") + app.jettyServer().server().getURI().getHost() + ":" + port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private static ServerConnector tlsConnector(Server server, HttpConfiguration http, TlsSettings settings, String host,
                                                int port) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(settings.keystore().toAbsolutePath().toString());
        ssl.setKeyStoreType("PKCS12");
        ssl.setKeyStorePassword(new String(settings.password()));
        ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        HttpConfiguration https = new HttpConfiguration(http);
        https.setDelayDispatchUntilContent(false);
        https.addCustomizer(new SecureRequestCustomizer());
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(https));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }

    private void routes() {
        // Every request pays its address's token first, before its body or its credentials are looked at.
        app.before(ctx -> perAddress.take(client(ctx)).ifPresent(wait -> {
            throw new RateLimitedException(wait);
        }));
        app.before("/api/*", ctx -> hooks.beforeRequest());
        app.get("/api/v1/health", ctx -> json(ctx, Map.of("status", "ok", "municipality", hub.municipality(),
                "hubFingerprint", hub.signingFingerprint())));
        app.post("/api/v1/enroll", this::enroll);
        app.post("/api/v1/bundles", this::receive);
        app.get("/api/v1/bundles", this::deliver);

        app.exception(RateLimitedException.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            refuse(ctx, e.code().httpStatus(), e.code().name(), e.getMessage());
        });
        app.exception(RequestTooLargeException.class, (e, ctx) -> {
            refusals.refused(413, e.code().name(), ctx.method().name(), ctx.path(), client(ctx), e.getMessage());
            answerNow(ctx, 413, e.code().name(), e.getMessage());
        });
        app.exception(HubBusyException.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(BUSY_RETRY_SECONDS));
            refuse(ctx, 503, ServerCodes.UNAVAILABLE, e.getMessage());
        });
        app.exception(RequestBrokenOffException.class, (e, ctx) ->
                refuse(ctx, 503, ServerCodes.UNAVAILABLE, e.getMessage()));
        app.exception(BundleRefusedException.class, (e, ctx) ->
                refuse(ctx, e.code().httpStatus(), e.code().name(), e.getMessage()));
        app.exception(EnrollmentRefusedException.class, (e, ctx) ->
                refuse(ctx, 403, ServerCodes.BAD_CODE, e.getMessage()));
        app.error(404, ctx -> refuse(ctx, 404, ServerCodes.NOT_FOUND,
                "Deze hub kent " + ctx.method() + " "
                        + ctx.path().substring(0, Math.min(ctx.path().length(), 100)).replaceAll("\\p{Cntrl}", "?")
                        + " niet. Zie docs/hub-openapi.yaml."));
        app.exception(HubLockedException.class, (e, ctx) -> {
            refusals.fault("Hub zonder privésleutels kreeg", ctx.path(), e);
            error(ctx, 503, ServerCodes.UNAVAILABLE, "De hub kan zijn sleutels nu niet gebruiken. Probeer het later opnieuw.");
        });
        app.exception(HubStoreBusyException.class, (e, ctx) -> {
            // Busy, not broken: the device backs off and comes back; nothing for the administrator's fault log.
            ctx.header("Retry-After", Long.toString(BUSY_RETRY_SECONDS));
            refuse(ctx, 503, ServerCodes.UNAVAILABLE, e.getMessage());
        });
        app.exception(HubStoreException.class, (e, ctx) -> {
            refusals.fault("Hub-database faalde bij", ctx.path(), e);
            error(ctx, 503, ServerCodes.UNAVAILABLE, "De hub kan zijn database nu niet gebruiken. Probeer het later opnieuw.");
        });
        app.exception(Exception.class, (e, ctx) -> {
            refusals.fault("Onverwachte fout bij", ctx.path(), e);
            error(ctx, 500, ServerCodes.INTERNAL, "Er ging iets mis op de hub. Probeer het later opnieuw.");
        });
    }

    private void enroll(Context ctx) {
        EnrollmentRequest request;
        try (BoundedBody body = readBody(ctx, limits.maxEnrollBytes())) {
            request = EnrollmentRequest.parse(body.text());
        }
        Enrollment enrollment;
        try {
            enrollment = hub.registry().enroll(request.code(), request.deviceName(), request.deviceId(),
                    SyncKeys.parse(request.signingKey()), SyncKeys.parse(request.encryptionKey()));
        } catch (IllegalArgumentException e) {
            throw new EnrollmentRefusedException("De meegestuurde sleutels zijn niet bruikbaar: " + e.getMessage());
        } catch (IllegalStateException | UnsupportedOperationException e) {
            // Gson's getAsString on an object or array: a member of the wrong JSON type is the caller's mistake.
            throw new MalformedBundleException("De aanmelding heeft een veld van de verkeerde soort (verwacht: tekst).");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("deviceId", enrollment.deviceId());
        answer.put("coachId", enrollment.coachId());
        answer.put("coachName", enrollment.coachName());
        answer.put("role", enrollment.role().cliName());
        answer.put("team", enrollment.team());
        answer.put("municipality", hub.municipality());
        answer.put("hubSigningKey", JsonParser.parseString(hub.keys().signingPublicKey().toJSONString()));
        answer.put("hubEncryptionKey",
                JsonParser.parseString(hub.keys().currentEncryptionPublicKey().toJSONString()));
        answer.put("hubFingerprint", hub.signingFingerprint());
        ctx.contentType("application/json").result(GSON.toJson(answer));
    }

    private void receive(Context ctx) {
        Receipt receipt;
        try (BoundedBody body = readBody(ctx, limits.maxBundleBytes())) {
            receipt = hub.inbox().receive(body.text(), "http");
        }
        hooks.afterReceive();
        json(ctx, Map.of("status", "accepted", "bundleId", receipt.bundleId(), "duplicate", receipt.duplicate(),
                "applied", receipt.applied()));
    }

    private void deliver(Context ctx) {
        String authorization = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        if (!authorization.startsWith(DeviceToken.SCHEME + " ")) {
            throw new MalformedBundleException("Stuur een apparaatbewijs mee (Authorization: Werkmap ...).");
        }
        DeviceToken.Proof proof = DeviceToken.prove(authorization.substring(DeviceToken.SCHEME.length() + 1),
                hub.registry().signers(), clock.instant());
        String deviceId = proof.deviceId();
        perDevice.take(deviceId).ifPresent(wait -> {
            throw new RateLimitedException(wait);
        });
        java.util.List<String> afterValues;
        try {
            // Javalin reads a broken %-escape as if the parameter were absent; refuse it instead.
            java.net.URLDecoder.decode(Optional.ofNullable(ctx.queryString()).orElse(""), StandardCharsets.UTF_8);
            afterValues = ctx.queryParams("after");
        } catch (IllegalArgumentException badEncoding) {
            throw new MalformedBundleException("De zoekparameters zijn niet goed gecodeerd (URL-codering).");
        }
        long after = journalPosition(afterValues);
        // The bundles in the newest envelope form the device says it reads (its token's "reads"; form 1 without).
        FeedAnswer.write(ctx, hub.feed(deviceId, after, proof.reads()));
    }

    /** The {@code after} parameter: absent is 0; once, as a whole number from 0 up. */
    private static long journalPosition(java.util.List<String> values) {
        if (values.isEmpty()) {
            return 0;
        }
        if (values.size() > 1) {
            throw new MalformedBundleException("Geef 'after' één keer mee.");
        }
        try {
            long after = Long.parseLong(values.get(0));
            if (after < 0) {
                throw new MalformedBundleException("'after' kan niet negatief zijn.");
            }
            return after;
        } catch (NumberFormatException e) {
            throw new MalformedBundleException("'after' moet een heel getal zijn.");
        }
    }

    private BoundedBody readBody(Context ctx, long limit) {
        try {
            return BoundedBody.read(ctx.req().getInputStream(), ctx.req().getContentLengthLong(), limit, bodies);
        } catch (java.io.IOException e) {
            // The body ended before its end. Jetty reports a cut connection and broken chunked framing alike (an
            // early EOF), so the hub cannot tell them apart; a cut is what happens in the field, and its bundle
            // may be sound, so the device is told to try again later and keeps it.
            throw new RequestBrokenOffException(e);
        }
    }

    private static String client(Context ctx) {
        return ClientAddress.of(ctx.ip(), ctx.header("X-Forwarded-For"));
    }

    /** A refusal: answered with its code and logged in bounded form. */
    private void refuse(Context ctx, int status, String code, String message) {
        refusals.refused(status, code, ctx.method().name(), ctx.path(), client(ctx), message);
        error(ctx, status, code, message);
    }

    /**
     * Writes and flushes the answer at once, with {@code Connection: close}. The rest of the body is never read;
     * an answer left to the end of the request would wait for it, and the client would see nothing.
     */
    private static void answerNow(Context ctx, int status, String code, String message) {
        byte[] body = GSON.toJson(Map.of("error", code, "message", message)).getBytes(StandardCharsets.UTF_8);
        jakarta.servlet.http.HttpServletResponse response = ctx.res();
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType("application/json");
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
            response.flushBuffer();
        } catch (java.io.IOException gone) {
            LOG.debug("Antwoord {} kon niet worden geschreven: {}", status, gone.toString());
        }
    }

    private static void json(Context ctx, Object body) {
        ctx.contentType("application/json").result(GSON.toJson(body));
    }

    private static void error(Context ctx, int status, String code, String message) {
        ctx.status(status).contentType("application/json")
                .result(GSON.toJson(Map.of("error", code, "message", message == null ? code : message)));
    }
}
