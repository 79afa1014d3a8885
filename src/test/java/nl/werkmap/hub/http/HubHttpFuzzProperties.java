package nl.werkmap.hub.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.TestDevice;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.DeviceToken;
import nl.werkmap.sync.protocol.Hlc;

/**
 * Random and mutated requests against a real hub on loopback: never a server error (5xx), and every refusal a 4xx
 * with a JSON body that names its code. Requests start from valid ones (a sealed bundle, a device token, an
 * enrolment) and are bent: characters replaced, cut, hostile pieces spliced in, wrong methods, paths and headers.
 */
class HubHttpFuzzProperties {

    private static Path dir;
    private static HubFixture fixture;
    private static TestDevice device;
    private static HttpClient http;
    private static final List<String> PATHS = List.of("/api/v1/bundles", "/api/v1/enroll", "/api/v1/health",
            "/api/v1/bundles?after=", "/api/v2/bundles", "/api/v1/../../etc/passwd", "/api/v1/bundles/x", "/api/",
            "/", "/api/v1/enroll?x=%00");
    private static final List<String> METHODS = List.of("GET", "POST", "POST", "POST", "PUT", "DELETE", "PATCH",
            "OPTIONS");
    private static final List<String> PIECES = List.of("null", "[]", "{}", "\"\"", "-1", "1e309", "true", "\u0000",
            "[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]", "{\"code\":{}}", "..", ".", "%", "\uD800", "9".repeat(40),
            "{\"code\":[],\"deviceName\":1,\"signingKey\":\"x\",\"encryptionKey\":{}}");

    @BeforeContainer
    static void start() throws Exception {
        dir = Files.createTempDirectory("hub-fuzz");
        fixture = new HubFixture(dir, "gemeente-a");
        device = new TestDevice(fixture, "Anouk", HubRole.JOBCOACH, "noord");
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterContainer
    static void stop() throws Exception {
        fixture.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 150)
    void noRequestGivesAServerErrorAndEveryRefusalNamesItsCode(@ForAll Random random) throws Exception {
        // Mostly the real calls, so the mutations reach past routing; now and then anything.
        int target = random.nextInt(10);
        String method = target < 7 ? "POST" : target < 8 ? "GET" : METHODS.get(random.nextInt(METHODS.size()));
        String path = target < 4 ? "/api/v1/bundles" : target < 7 ? "/api/v1/enroll" : target < 8 ? "/api/v1/bundles?after="
                : PATHS.get(random.nextInt(PATHS.size()));
        if (path.endsWith("after=")) {
            path += List.of("0", "-1", "abc", "99999999999999999999", "1e3", "%20").get(random.nextInt(6));
        }
        byte[] body = body(random);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fixture.url() + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body.length == 0 && random.nextBoolean() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (random.nextInt(3) > 0) {
            request.header("Authorization", authorization(random));
        }
        request.header("Content-Type", List.of("application/json", "application/jose", "text/plain; charset=latin1",
                "x/../y").get(random.nextInt(4)));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String what = method + " " + path + " -> " + response.statusCode() + " " + response.body();
        assertTrue(response.statusCode() < 500, what);
        if (response.statusCode() >= 400) {
            JsonElement json;
            try {
                json = JsonParser.parseString(response.body());
            } catch (com.google.gson.JsonParseException notJson) {
                throw new AssertionError("not JSON: " + what, notJson);
            }
            assertTrue(json.isJsonObject() && json.getAsJsonObject().has("error")
                    && json.getAsJsonObject().get("error").getAsString().matches("[A-Z_]+"), what);
        }
    }

    private static final List<String> JSON_VALUES = List.of("null", "1", "\"x\"", "[]", "[\"a\",\"b\"]", "{}",
            "true", "{\"kty\":\"EC\"}", "\"ABCD-EFGH-JKLM\"");

    /** An enrolment whose members have random JSON types. */
    private static String enrolment(Random random) {
        StringBuilder json = new StringBuilder("{");
        for (String member : List.of("code", "deviceName", "signingKey", "encryptionKey", "deviceId")) {
            if (random.nextInt(6) > 0) {
                json.append(json.length() > 1 ? "," : "").append('"').append(member).append("\":")
                        .append(member.endsWith("Key") && random.nextBoolean()
                                ? device.signing.toPublicJWK().toJSONString()
                                : JSON_VALUES.get(random.nextInt(JSON_VALUES.size())));
            }
        }
        return json.append('}').toString();
    }

    private static byte[] body(Random random) {
        String base = switch (random.nextInt(6)) {
            case 5 -> enrolment(random);
            case 0 -> device.seal(new Change("candidate", UUID.randomUUID().toString(), Map.of("status", "ACTIEF",
                    "coach_id", device.enrolment.coachId()), new Hlc(Instant.now().toEpochMilli(), 0).toString(),
                    false));
            case 1 -> "{\"code\":\"ABCD-EFGH-JKLM\",\"deviceName\":\"x\",\"signingKey\":"
                    + device.signing.toPublicJWK().toJSONString() + ",\"encryptionKey\":"
                    + device.encryption.toPublicJWK().toJSONString() + "}";
            case 2 -> {
                byte[] noise = new byte[random.nextInt(200)];
                random.nextBytes(noise);
                yield new String(noise, StandardCharsets.ISO_8859_1);
            }
            case 3 -> "";
            default -> "[".repeat(random.nextInt(5_000));
        };
        String mutated = base;
        for (int i = 0; i < random.nextInt(4); i++) {
            mutated = mutate(mutated, random);
        }
        return mutated.getBytes(random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    private static String authorization(Random random) {
        String token = DeviceToken.issue(device.id(), device.signing, Instant.now());
        String scheme = random.nextInt(4) == 0 ? "Bearer " : DeviceToken.SCHEME + " ";
        return scheme + (random.nextBoolean() ? token : mutate(token, random)).replaceAll("[^\\x20-\\x7e]", "");
    }

    private static String mutate(String text, Random random) {
        if (text.isEmpty()) {
            return PIECES.get(random.nextInt(PIECES.size()));
        }
        int at = random.nextInt(text.length());
        int end = Math.min(text.length(), at + 1 + random.nextInt(20));
        return switch (random.nextInt(4)) {
            case 0 -> text.substring(0, at) + (char) (32 + random.nextInt(95)) + text.substring(at + 1);
            case 1 -> text.substring(0, at) + text.substring(end);
            case 2 -> text.substring(0, end) + text.substring(at, end) + text.substring(end);
            default -> text.substring(0, at) + PIECES.get(random.nextInt(PIECES.size())) + text.substring(end);
        };
    }
}
