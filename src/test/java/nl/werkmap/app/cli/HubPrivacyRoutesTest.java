package nl.werkmap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.TestDevice;
import nl.werkmap.hub.http.HubServer;
import nl.werkmap.hub.http.RequestHooks;
import nl.werkmap.hub.http.HubLimits;
import nl.werkmap.hub.store.HubCandidateRecords;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.DeviceToken;
import nl.werkmap.sync.protocol.Hlc;

/**
 * Issue 16: the privacy officer reads a candidate's access log and inzage over the hub's HTTP API, on a real loopback
 * hub started as {@code hub serve} starts it (with the app's inzage writer), authenticated with her enrolled
 * device's token. A team lead reads only candidates of their own team; a jobcoach, another team's lead, a request
 * without a token and an unknown candidate are refused. Every read and every refusal is in the candidate's log.
 */
class HubPrivacyRoutesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void privacyOfficerAndOwnTeamLeadReadOthersAreRefusedAndEveryReadIsLogged() throws Exception {
        try (HubFixture fixture = new HubFixture(dir, "gemeente-a");
             HubServer server = HubServer.start(fixture.hub, Clock.systemUTC(), "127.0.0.1", 0, Optional.empty(),
                     RequestHooks.NONE, HubLimits.defaults(), HubInzage.documents(Clock.systemUTC()))) {
            String url = server.baseUrl();
            TestDevice anouk = new TestDevice(fixture, url, "Anouk", HubRole.JOBCOACH, "noord");
            TestDevice petra = new TestDevice(fixture, url, "Petra", HubRole.PRIVACYFUNCTIONARIS, "gemeente");
            TestDevice lotte = new TestDevice(fixture, url, "Lotte", HubRole.TEAMLEIDER, "noord");
            TestDevice bram = new TestDevice(fixture, url, "Bram", HubRole.TEAMLEIDER, "zuid");
            String fenna = UUID.randomUUID().toString();
            anouk.client.send(anouk.seal(new Change("candidate", fenna, Map.of("coach_id", anouk.enrolment.coachId(),
                    "full_name", "Fenna Wijnbergen", "phone", "06-48213377"),
                    new Hlc(System.currentTimeMillis(), 0).toString(), false)));

            HttpResponse<String> log = get(url, "/api/v1/kandidaten/" + fenna + "/toegangslog?reden=klacht", petra);
            assertEquals(200, log.statusCode(), log.body());
            JsonObject body = JsonParser.parseString(log.body()).getAsJsonObject();
            assertEquals(fenna, body.get("candidate").getAsString());
            // The read itself is the first entry of the log it returns.
            JsonObject first = body.getAsJsonArray("entries").get(0).getAsJsonObject();
            assertEquals("TOEGANGSLOG_INGEZIEN", first.get("action").getAsString());
            assertEquals("GELUKT", first.get("result").getAsString());
            assertEquals("klacht", first.get("purpose").getAsString());
            assertTrue(first.get("actor").getAsString().startsWith("Petra (privacyfunctionaris"));

            HttpResponse<String> inzage = get(url, "/api/v1/kandidaten/" + fenna + "/inzage", petra);
            assertEquals(200, inzage.statusCode(), inzage.body());
            assertTrue(inzage.body().contains("Fenna Wijnbergen") && inzage.body().contains("06-48213377"),
                    "the inzage holds the candidate's own data");

            assertEquals(200, get(url, "/api/v1/kandidaten/" + fenna + "/toegangslog", lotte).statusCode(),
                    "the team lead of the candidate's coach");
            HttpResponse<String> otherTeam = get(url, "/api/v1/kandidaten/" + fenna + "/inzage", bram);
            assertEquals(403, otherTeam.statusCode());
            assertTrue(otherTeam.body().contains("NOT_ALLOWED"), otherTeam.body());
            assertEquals(403, get(url, "/api/v1/kandidaten/" + fenna + "/toegangslog", anouk).statusCode(),
                    "a jobcoach reads the log on her laptop's Privacy tab, not here");
            HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(url
                    + "/api/v1/kandidaten/" + fenna + "/toegangslog")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, anonymous.statusCode());
            assertEquals(404, get(url, "/api/v1/kandidaten/" + UUID.randomUUID() + "/inzage", petra).statusCode());
            assertEquals(404, get(url, "/api/v1/kandidaten/geen-id/inzage", petra).statusCode());

            List<String> entries = fixture.hub.candidateRecords().accessLog(fenna).stream()
                    .map(HubCandidateRecords.HubRecord::fields)
                    .map(f -> f.get("action") + " " + f.get("result") + " " + f.get("actor").split(" ")[0])
                    .sorted().toList();
            // Sorted: entries of the same millisecond are ordered by their random id.
            assertEquals(java.util.stream.Stream.of("TOEGANGSLOG_INGEZIEN GELUKT Petra", "INZAGE GELUKT Petra",
                    "TOEGANGSLOG_INGEZIEN GELUKT Lotte", "INZAGE GEWEIGERD Bram",
                    "TOEGANGSLOG_INGEZIEN GEWEIGERD Anouk").sorted().toList(), entries);
        }
    }

    private static HttpResponse<String> get(String url, String path, TestDevice device) throws Exception {
        String token = DeviceToken.issue(device.id(), device.signing, Instant.now());
        return HTTP.send(HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", DeviceToken.SCHEME + " " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
