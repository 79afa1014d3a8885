package nl.werkmap.hub.http;

import java.util.UUID;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import nl.werkmap.sync.protocol.MalformedBundleException;

/**
 * The body of {@code POST /api/v1/enroll}, checked for shape before anything looks it up: an object with the code
 * and device name as text, the two keys as JSON objects and an optional device id that is a UUID. Anything else is
 * {@code MALFORMED} (400), never a server error.
 */
record EnrollmentRequest(String code, String deviceName, String deviceId, String signingKey, String encryptionKey) {

    static EnrollmentRequest parse(String json) {
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(json);
        } catch (JsonParseException | StackOverflowError e) {
            throw new MalformedBundleException("De aanmelding is geen geldige JSON.");
        }
        if (!parsed.isJsonObject()) {
            throw new MalformedBundleException("De aanmelding is geen JSON-object.");
        }
        JsonObject body = parsed.getAsJsonObject();
        String deviceId = body.has("deviceId") && !body.get("deviceId").isJsonNull() ? text(body, "deviceId") : null;
        if (deviceId != null) {
            try {
                UUID.fromString(deviceId);
            } catch (IllegalArgumentException e) {
                throw new MalformedBundleException("'deviceId' in de aanmelding is geen UUID.");
            }
        }
        return new EnrollmentRequest(text(body, "code"), text(body, "deviceName"), deviceId, object(body, "signingKey"),
                object(body, "encryptionKey"));
    }

    private static String text(JsonObject body, String member) {
        JsonElement value = present(body, member);
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new MalformedBundleException("'" + member + "' in de aanmelding moet tekst zijn.");
        }
        return value.getAsString();
    }

    private static String object(JsonObject body, String member) {
        JsonElement value = present(body, member);
        if (!value.isJsonObject()) {
            throw new MalformedBundleException("'" + member + "' in de aanmelding moet een sleutel (JWK-object) zijn.");
        }
        return value.toString();
    }

    private static JsonElement present(JsonObject body, String member) {
        if (!body.has(member) || body.get(member).isJsonNull()) {
            throw new MalformedBundleException("De aanmelding mist '" + member + "'.");
        }
        return body.get(member);
    }
}
