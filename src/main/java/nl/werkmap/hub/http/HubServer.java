package nl.werkmap.hub.http;

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
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.javalin.Javalin;
import io.javalin.http.Context;
import nl.werkmap.hub.Delivery;
import nl.werkmap.hub.Hub;
import nl.werkmap.hub.Receipt;
import nl.werkmap.hub.store.Enrollment;
import nl.werkmap.hub.store.EnrollmentRefusedException;
import nl.werkmap.hub.store.HubLockedException;
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
    private static final long MAX_BODY = 256L * 1024 * 1024;

    private final Hub hub;
    private final Clock clock;
    private final RequestHooks hooks;
    private final Javalin app;
    private final boolean tls;

    private HubServer(Hub hub, Clock clock, String host, int port, Optional<TlsSettings> tlsSettings,
                      RequestHooks hooks) {
        this.hub = hub;
        this.clock = clock;
        this.hooks = hooks;
        this.tls = tlsSettings.isPresent();
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY;
            config.jetty.defaultHost = host;
            tlsSettings.ifPresent(settings -> config.jetty.addConnector((server, http) -> tlsConnector(server, http,
                    settings, host, port)));
        });
        routes();
    }

    /** Starts on {@code host:port} (port 0 picks a free one), with TLS when settings are given. */
    public static HubServer start(Hub hub, Clock clock, String host, int port, Optional<TlsSettings> tls) {
        return start(hub, clock, host, port, tls, RequestHooks.NONE);
    }

    /** As {@link #start(Hub, Clock, String, int, Optional)}, with hooks around each request (tests add faults). */
    public static HubServer start(Hub hub, Clock clock, String host, int port, Optional<TlsSettings> tls,
                                  RequestHooks hooks) {
        HubServer server = new HubServer(hub, clock, host, port, tls, hooks);
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
        https.addCustomizer(new SecureRequestCustomizer());
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(https));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }

    private void routes() {
        app.before("/api/*", ctx -> hooks.beforeRequest());
        app.get("/api/v1/health", ctx -> json(ctx, Map.of("status", "ok", "municipality", hub.municipality(),
                "hubFingerprint", hub.signingFingerprint())));
        app.post("/api/v1/enroll", this::enroll);
        app.post("/api/v1/bundles", this::receive);
        app.get("/api/v1/bundles", this::deliver);

        // Every answer of the hub names its code, also for a call that does not exist.
        app.error(404, ctx -> error(ctx, 404, "NOT_FOUND", "Deze hub kent de aanroep " + ctx.method() + " "
                + ctx.path().substring(0, Math.min(ctx.path().length(), 100)).replaceAll("\\p{Cntrl}", "?")
                + " niet. Zie docs/hub-openapi.yaml."));
        app.exception(BundleRefusedException.class, (e, ctx) ->
                error(ctx, e.code().httpStatus(), e.code().name(), e.getMessage()));
        app.exception(EnrollmentRefusedException.class, (e, ctx) -> error(ctx, 403, "BAD_CODE", e.getMessage()));
        app.exception(HubLockedException.class, (e, ctx) -> {
            LOG.error("Hub zonder privésleutels kreeg {}", ctx.path(), e);
            error(ctx, 503, "UNAVAILABLE", "De hub kan zijn sleutels nu niet gebruiken. Probeer het later opnieuw.");
        });
        app.exception(HubStoreException.class, (e, ctx) -> {
            LOG.error("Hub-database faalde bij {}", ctx.path(), e);
            error(ctx, 503, "UNAVAILABLE", "De hub kan zijn database nu niet gebruiken. Probeer het later opnieuw.");
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("Onverwachte fout bij {}", ctx.path(), e);
            error(ctx, 500, "INTERNAL", "Er ging iets mis op de hub. Probeer het later opnieuw.");
        });
    }

    private void enroll(Context ctx) {
        JsonObject body;
        try {
            body = JsonParser.parseString(ctx.body()).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new MalformedBundleException("De aanmelding is geen geldige JSON.");
        }
        for (String member : new String[] {"code", "deviceName", "signingKey", "encryptionKey"}) {
            if (!body.has(member) || body.get(member).isJsonNull()) {
                throw new MalformedBundleException("De aanmelding mist '" + member + "'.");
            }
        }
        Enrollment enrollment;
        try {
            String proposedId = body.has("deviceId") && !body.get("deviceId").isJsonNull()
                    ? body.get("deviceId").getAsString() : null;
            enrollment = hub.registry().enroll(body.get("code").getAsString(), body.get("deviceName").getAsString(),
                    proposedId, SyncKeys.parse(body.get("signingKey").toString()), SyncKeys.parse(body.get("encryptionKey").toString()));
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
        Receipt receipt = hub.inbox().receive(ctx.body(), "http");
        hooks.afterReceive();
        json(ctx, Map.of("status", "accepted", "bundleId", receipt.bundleId(), "duplicate", receipt.duplicate(),
                "applied", receipt.applied()));
    }

    private void deliver(Context ctx) {
        String authorization = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        if (!authorization.startsWith(DeviceToken.SCHEME + " ")) {
            throw new MalformedBundleException("Stuur een apparaatbewijs mee (Authorization: Werkmap ...).");
        }
        String deviceId = DeviceToken.verify(authorization.substring(DeviceToken.SCHEME.length() + 1),
                hub.registry().signers(), clock.instant());
        long after;
        try {
            after = Long.parseLong(Optional.ofNullable(ctx.queryParam("after")).orElse("0"));
        } catch (NumberFormatException e) {
            throw new MalformedBundleException("'after' moet een getal zijn.");
        }
        Delivery delivery = hub.deliver(deviceId, after);
        json(ctx, Map.of("bundles", delivery.bundles(), "next", delivery.next()));
    }

    private static void json(Context ctx, Object body) {
        ctx.contentType("application/json").result(GSON.toJson(body));
    }

    private static void error(Context ctx, int status, String code, String message) {
        ctx.status(status).contentType("application/json")
                .result(GSON.toJson(Map.of("error", code, "message", message == null ? code : message)));
    }
}
