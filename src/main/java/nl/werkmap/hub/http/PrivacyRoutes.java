package nl.werkmap.hub.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.google.gson.Gson;

import io.javalin.Javalin;
import io.javalin.http.Context;

import nl.werkmap.hub.Hub;
import nl.werkmap.hub.store.HubCandidateRecords;
import nl.werkmap.hub.store.RegisteredDevice;
import nl.werkmap.sync.protocol.MalformedBundleException;
import nl.werkmap.sync.protocol.DeviceToken;

/**
 * The privacy officer's reading at the hub over HTTP (issue 16): a candidate's access log and inzage, for a device
 * enrolled with role privacyfunctionaris (any candidate) or teamleider (candidates of their own team's coaches).
 * Authentication is the devices' own: a {@link DeviceToken} signed with the enrolled device key, checked against the
 * hub's registry (a revoked device is refused). Every read, and every refusal of a known reader, is written to the
 * candidate's access log, stamped by the hub, so the laptops receive it at their next sync.
 */
final class PrivacyRoutes {

    static final String ACCESS_LOG = "/api/v1/kandidaten/{id}/toegangslog";
    static final String INZAGE = "/api/v1/kandidaten/{id}/inzage";
    private static final Gson GSON = new Gson();

    private final Hub hub;
    private final Clock clock;
    private final TokenBuckets perDevice;
    private final PrivacyDocuments documents;

    PrivacyRoutes(Hub hub, Clock clock, TokenBuckets perDevice, PrivacyDocuments documents) {
        this.hub = hub;
        this.clock = clock;
        this.perDevice = perDevice;
        this.documents = documents;
    }

    void register(Javalin app) {
        app.get(ACCESS_LOG, this::accessLog);
        app.get(INZAGE, this::inzage);
        app.exception(PrivacyRefusedException.class, (e, ctx) -> ctx.status(e.status).contentType("application/json")
                .result(GSON.toJson(Map.of("error", e.code, "message", e.getMessage()))));
    }

    private void accessLog(Context ctx) {
        Allowed allowed = allowed(ctx, "TOEGANGSLOG_INGEZIEN", "access_log");
        List<Map<String, String>> entries = new ArrayList<>();
        for (HubCandidateRecords.HubRecord entry : hub.candidateRecords().accessLog(allowed.candidate)) {
            Map<String, String> shown = new LinkedHashMap<>();
            shown.put("id", entry.id());
            shown.putAll(entry.fields());
            entries.add(shown);
        }
        ctx.contentType("application/json").result(GSON.toJson(Map.of("candidate", allowed.candidate,
                "entries", entries)));
    }

    private void inzage(Context ctx) throws IOException {
        Allowed allowed = allowed(ctx, "INZAGE", "inzage.json");
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try {
            documents.inzageJson(hub, allowed.candidate, allowed.reader.name(), json);
        } catch (UnsupportedOperationException e) {
            throw new PrivacyRefusedException(501, ServerCodes.UNAVAILABLE, "Deze hub kan geen inzage maken: hij is"
                    + " zonder de rapportage gestart. Gebruik 'werkmap hub inzage' op de server.");
        }
        ctx.contentType("application/json").result(json.toByteArray());
    }

    private record Allowed(String candidate, HubCandidateRecords.Reader reader) {
    }

    /** The reader behind the request's device token, allowed to read the candidate; the read is logged first. */
    private Allowed allowed(Context ctx, String action, String object) {
        String authorization = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        if (!authorization.startsWith(DeviceToken.SCHEME + " ")) {
            throw new MalformedBundleException("Stuur een apparaatbewijs mee (Authorization: Werkmap ...) van een"
                    + " apparaat dat is aangemeld als privacyfunctionaris of teamleider.");
        }
        // The devices' own check: an unknown, revoked or stale token is refused as at GET /api/v1/bundles.
        String deviceId = DeviceToken.verify(authorization.substring(DeviceToken.SCHEME.length() + 1),
                hub.registry().signers(), clock.instant());
        perDevice.take(deviceId).ifPresent(wait -> {
            throw new RateLimitedException(wait);
        });
        String candidate = candidateId(ctx.pathParam("id"));
        HubCandidateRecords records = hub.candidateRecords();
        HubCandidateRecords.Reader reader = hub.registry().device(deviceId).map(RegisteredDevice::coachId)
                .flatMap(records::reader).orElseThrow(() -> new PrivacyRefusedException(403, ServerCodes.NOT_ALLOWED,
                        "Dit apparaat hoort bij niemand die de hub kent. Meld het opnieuw aan."));
        if (!records.holds(candidate)) {
            throw new PrivacyRefusedException(404, ServerCodes.NOT_FOUND, "De hub heeft geen kandidaat met id "
                    + candidate + ". Controleer het id; een gewiste kandidaat is er niet meer.");
        }
        if (!records.mayRead(reader, candidate)) {
            records.logAccess(candidate, reader, action, object, "GEWEIGERD", null, "hub-api");
            throw new PrivacyRefusedException(403, ServerCodes.NOT_ALLOWED, reader.name() + " mag deze kandidaat niet"
                    + " inzien: alleen de privacyfunctionaris, of de teamleider van het team van de kandidaat. De"
                    + " poging staat in de toegangslog.");
        }
        records.logAccess(candidate, reader, action, object, "GELUKT", ctx.queryParam("reden") == null
                ? (action.equals("INZAGE") ? "Inzageverzoek van de kandidaat (art. 15 AVG)" : null)
                : ctx.queryParam("reden"), "hub-api");
        return new Allowed(candidate, reader);
    }

    private static String candidateId(String raw) {
        try {
            return UUID.fromString(raw).toString();
        } catch (IllegalArgumentException e) {
            throw new PrivacyRefusedException(404, ServerCodes.NOT_FOUND, "'" + raw.substring(0, Math.min(40,
                    raw.length())).replaceAll("\\p{Cntrl}", "?") + "' is geen kandidaat-id (een UUID).");
        }
    }

    /** A refusal with its HTTP status and code; the message says what to do. */
    static final class PrivacyRefusedException extends RuntimeException {
        private final int status;
        private final String code;

        PrivacyRefusedException(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }
}
