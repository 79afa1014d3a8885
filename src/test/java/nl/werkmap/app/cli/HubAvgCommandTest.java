package nl.werkmap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nl.werkmap.hub.Hub;
import nl.werkmap.hub.store.HubDatabase;

/**
 * {@code hub toegangslog} and {@code hub inzage}: the privacy officer reads and answers at the hub; a coach is
 * refused, and the refusal is in the log the officer reads next.
 */
class HubAvgCommandTest {

    private static final String PASSPHRASE = "zes paarden op de dijk";

    @TempDir
    Path dir;

    private String run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new HubCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void thePrivacyOfficerReadsTheLogAndMakesAnInzageACoachIsRefused() throws Exception {
        String db = dir.resolve("hub.db").toString();
        Path pass = dir.resolve("pass.txt");
        Files.writeString(pass, PASSPHRASE + "\n");
        run("enroll-code", "--db-file", db, "--municipality", "GM0193", "--name", "Anouk", "--role", "jobcoach",
                "--team", "noord", "--passphrase-file", pass.toString());
        run("enroll-code", "--db-file", db, "--name", "Pieter Privacy", "--role", "privacyfunctionaris", "--team",
                "gemeente", "--passphrase-file", pass.toString());
        String candidate = UUID.randomUUID().toString();
        try (Hub hub = Hub.open(HubDatabase.open("jdbc:sqlite:" + db, null, null), null, Clock.systemUTC(),
                PASSPHRASE.toCharArray())) {
            hub.assign(candidate, hub.registry().coachId("Anouk").orElseThrow());
            assertTrue(hub.counts().get("coach") == 1, "the privacy officer is no coach the laptops must know");
        }

        UsageException refused = assertThrows(UsageException.class, () -> run("toegangslog", "--db-file", db,
                "--candidate", candidate, "--as", "Anouk", "--passphrase-file", pass.toString()));
        assertTrue(refused.getMessage().contains("mag deze kandidaat niet inzien"), refused.getMessage());

        String shown = run("toegangslog", "--db-file", db, "--candidate", candidate, "--as", "Pieter Privacy",
                "--passphrase-file", pass.toString());
        assertTrue(shown.contains("GEWEIGERD") && shown.contains("Anouk (jobcoach, hub)"), shown);
        assertTrue(shown.contains("TOEGANGSLOG_INGEZIEN") && shown.contains("Pieter Privacy"), shown);

        Path json = dir.resolve("inzage.json");
        assertTrue(run("inzage", "--db-file", db, "--candidate", candidate, "--as", "Pieter Privacy", "--out",
                json.toString(), "--passphrase-file", pass.toString()).contains("Inzage"));
        JsonObject read = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        assertEquals("hub", read.get("bron").getAsString());
        assertEquals(3, read.getAsJsonArray("toegangslog").size(), "refused, read, and this inzage");
        Path csv = dir.resolve("log.csv");
        run("toegangslog", "--db-file", db, "--candidate", candidate, "--as", "Pieter Privacy", "--out",
                csv.toString(), "--passphrase-file", pass.toString());
        assertEquals(1 + 4, Files.readAllLines(csv, StandardCharsets.UTF_8).size(), "a header and four accesses");

        assertThrows(UsageException.class, () -> run("inzage", "--db-file", db, "--candidate",
                UUID.randomUUID().toString(), "--as", "Pieter Privacy", "--out", json.toString(),
                "--passphrase-file", pass.toString()));
    }
}
