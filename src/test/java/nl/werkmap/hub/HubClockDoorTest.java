package nl.werkmap.hub;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.cli.HubCommand;
import nl.werkmap.hub.store.HubDatabase;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.sync.client.HubRefusedException;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;

/**
 * The poisoned-clock scenario of issue 12: a change stamped with the largest clock value is refused at the door and
 * the hub keeps working; a hub poisoned before the door existed is repaired by {@code hub repair-clock}. Content
 * that does not fit the schema is refused whole, over real HTTP.
 */
class HubClockDoorTest {

    private static final String MAX = "999999999999999-99999";

    @TempDir
    Path dir;

    private static String now() {
        return new Hlc(Instant.now().toEpochMilli(), 0).toString();
    }

    private static Change status(String candidate, String coachId, String value, String stamp) {
        return new Change("candidate", candidate, Map.of("status", value, "coach_id", coachId), stamp, false);
    }

    @Test
    void theLargestClockValueIsRefusedAtTheDoorAndTheHubKeepsStamping() throws Exception {
        try (HubFixture fixture = new HubFixture(dir, "gemeente-a")) {
            TestDevice anouk = new TestDevice(fixture, "Anouk", HubRole.JOBCOACH, "noord");
            String candidate = UUID.randomUUID().toString();
            HubRefusedException refused = assertThrows(HubRefusedException.class, () -> anouk.client.send(
                    anouk.seal(status(candidate, anouk.enrolment.coachId(), "ACTIEF", MAX + "-" + anouk.id()))));
            assertEquals("CLOCK_AHEAD", refused.code());
            assertEquals(422, refused.status());
            assertTrue(refused.getMessage().contains("klok van deze laptop"), refused.getMessage());
            assertEquals(0, fixture.hub.counts().getOrDefault("candidate", 0));

            assertDoesNotThrow(() -> fixture.hub.issueEnrollmentCode("Lotte", HubRole.JOBCOACH, "noord",
                    Duration.ofHours(1)));
            anouk.client.send(anouk.seal(status(candidate, anouk.enrolment.coachId(), "ACTIEF", now())));
            assertDoesNotThrow(() -> fixture.hub.assign(candidate, anouk.enrolment.coachId()));
            assertEquals("CLOCK_AHEAD", fixture.hub.database().read(dsl -> dsl.fetchValue(
                    "select error_code from refused_bundle")));
        }
    }

    @Test
    void contentThatDoesNotFitTheSchemaIsRefusedWholeAndNothingIsApplied() throws Exception {
        try (HubFixture fixture = new HubFixture(dir, "gemeente-a")) {
            TestDevice anouk = new TestDevice(fixture, "Anouk", HubRole.JOBCOACH, "noord");
            Change good = status(UUID.randomUUID().toString(), anouk.enrolment.coachId(), "ACTIEF", now());
            assertEquals("UNKNOWN_ENTITY", code(anouk, good, new Change("hub_key", UUID.randomUUID().toString(),
                    Map.of("jwk", "{}"), now(), false)));
            assertEquals("BAD_ID", code(anouk, good, new Change("candidate", "../../../x", Map.of("status", "A"),
                    now(), false)));
            assertEquals("UNKNOWN_FIELD", code(anouk, good, new Change("candidate", UUID.randomUUID().toString(),
                    Map.of("is_admin", "true"), now(), false)));
            assertEquals("BAD_VALUE", code(anouk, good, new Change("candidate", UUID.randomUUID().toString(),
                    Map.of("max_travel_minutes", "veel"), now(), false)));
            assertEquals(0, fixture.hub.counts().getOrDefault("candidate", 0), "not even the good change of those bundles");
        }
    }

    private static String code(TestDevice device, Change... changes) {
        HubRefusedException e = assertThrows(HubRefusedException.class, () -> device.client.send(device.seal(changes)));
        assertEquals(422, e.status());
        return e.code();
    }

    @Test
    void aHubPoisonedBeforeTheDoorExistedIsRepairedByTheAdminCommand() throws Exception {
        String candidate = UUID.randomUUID().toString();
        // What an older hub stored when it accepted the largest stamp the format allows.
        String coachId = storedStatusStamp(candidate, device -> MAX + "-" + device);
        try (Hub poisoned = Hub.open(HubDatabase.open("jdbc:sqlite:" + dir.resolve("hub.db"), null, null), null,
                Clock.systemUTC())) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> poisoned.issueEnrollmentCode(
                    "Lotte", HubRole.JOBCOACH, "noord", Duration.ofHours(1)));
            assertTrue(e.getMessage().contains("hub repair-clock"), e.getMessage());
            assertThrows(IllegalStateException.class, () -> poisoned.assign(candidate, coachId));
        }

        String dryRun = admin("repair-clock", "--dry-run");
        assertTrue(dryRun.contains("candidate " + candidate + " status  " + MAX) && dryRun.contains("--dry-run"),
                dryRun);
        assertTrue(admin("repair-clock", "--dry-run").contains("1 klokstempels"), "the dry run changed nothing");
        assertTrue(admin("repair-clock").contains("1 klokstempels hersteld"));
        assertTrue(admin("repair-clock").contains("niets te herstellen"));

        try (HubFixture fixture = new HubFixture(dir, "gemeente-a")) {
            TestDevice lotte = new TestDevice(fixture, "Anouk", HubRole.JOBCOACH, "noord");
            assertDoesNotThrow(() -> fixture.hub.assign(candidate, coachId));
            lotte.pull();
            assertEquals("ACTIEF", lotte.received.get("candidate/" + candidate).get("status"),
                    "the repaired value reaches devices, with a stamp they accept");
            TestDevice tablet = new TestDevice(fixture, "Anouk", HubRole.JOBCOACH, "noord");
            tablet.client.send(tablet.seal(new Change("candidate", candidate, Map.of("status", "GEPLAATST"), now(),
                    false)));
            lotte.pull();
            assertEquals("GEPLAATST", lotte.received.get("candidate/" + candidate).get("status"),
                    "a later write wins again");
        }
    }

    /**
     * A hub that took Anouk's status of {@code candidate} and then holds {@code stamp} (given her device id) as its
     * stamp, written straight into its database; returns her coach id.
     */
    private String storedStatusStamp(String candidate, java.util.function.UnaryOperator<String> stamp)
            throws Exception {
        try (HubFixture fixture = new HubFixture(dir, "gemeente-a")) {
            TestDevice anouk = new TestDevice(fixture, "Anouk", HubRole.JOBCOACH, "noord");
            anouk.client.send(anouk.seal(status(candidate, anouk.enrolment.coachId(), "ACTIEF", now())));
            fixture.hub.database().write(dsl -> dsl.execute("update master_field set hlc = ? where entity_id = ?"
                    + " and field = 'status'", stamp.apply(anouk.id()), candidate));
            return anouk.enrolment.coachId();
        }
    }

    /** {@code stamp} with its ASCII digits written in the digits that start at {@code zero} (another script's). */
    private static String inDigitsOf(char zero, String stamp) {
        StringBuilder other = new StringBuilder();
        for (char c : stamp.toCharArray()) {
            other.append(c >= '0' && c <= '9' ? (char) (zero + c - '0') : c);
        }
        return other.toString();
    }

    @Test
    void aStampInAnotherScriptsDigitsIsRefusedAtTheDoor() throws Exception {
        try (HubFixture fixture = new HubFixture(dir, "gemeente-a")) {
            TestDevice anouk = new TestDevice(fixture, "Anouk", HubRole.JOBCOACH, "noord");
            String candidate = UUID.randomUUID().toString();
            // The clock value of now in Arabic-Indic digits: it passed the clock check, and its text sorts after every
            // stamp, so it would have won every later write to the candidate's status.
            String arabic = inDigitsOf('\u0660', now()) + "-" + anouk.id();
            HubRefusedException refused = assertThrows(HubRefusedException.class, () -> anouk.client.send(
                    anouk.seal(status(candidate, anouk.enrolment.coachId(), "ACTIEF", arabic))));
            assertEquals("MALFORMED", refused.code());
            assertTrue(refused.getMessage().contains("Ongeldige klokstempel"), refused.getMessage());
            assertEquals(0, fixture.hub.counts().getOrDefault("candidate", 0));

            anouk.client.send(anouk.seal(status(candidate, anouk.enrolment.coachId(), "ACTIEF", now())));
            TestDevice tablet = new TestDevice(fixture, "Anouk", HubRole.JOBCOACH, "noord");
            tablet.pull();
            assertEquals("ACTIEF", tablet.received.get("candidate/" + candidate).get("status"),
                    "the same change with its stamp in ASCII digits is taken");
        }
    }

    @Test
    void aHubThatStoredAStampInAnotherScriptsDigitsStampsNothingUntilRepaired() throws Exception {
        String candidate = UUID.randomUUID().toString();
        // What a hub on a Persian default locale stamped before its stamps were written in ASCII digits.
        String coachId = storedStatusStamp(candidate, device -> inDigitsOf('\u06F0', now()) + "-hub");
        try (Hub stored = Hub.open(HubDatabase.open("jdbc:sqlite:" + dir.resolve("hub.db"), null, null), null,
                Clock.systemUTC())) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> stored.issueEnrollmentCode(
                    "Lotte", HubRole.JOBCOACH, "noord", Duration.ofHours(1)));
            assertTrue(e.getMessage().contains("hub repair-clock"), e.getMessage());
        }

        assertTrue(admin("repair-clock").contains("1 klokstempels hersteld"));

        try (HubFixture fixture = new HubFixture(dir, "gemeente-a")) {
            TestDevice lotte = new TestDevice(fixture, "Anouk", HubRole.JOBCOACH, "noord");
            lotte.pull();
            assertEquals("ACTIEF", lotte.received.get("candidate/" + candidate).get("status"),
                    "the value reaches devices again, with a stamp they accept");
            assertDoesNotThrow(() -> fixture.hub.assign(candidate, coachId));
            TestDevice tablet = new TestDevice(fixture, "Anouk", HubRole.JOBCOACH, "noord");
            tablet.client.send(tablet.seal(new Change("candidate", candidate, Map.of("status", "GEPLAATST"), now(),
                    false)));
            lotte.pull();
            assertEquals("GEPLAATST", lotte.received.get("candidate/" + candidate).get("status"),
                    "a later write wins again");
        }
    }

    @Test
    void theAdministratorSetsTheMarginInTheHubSettings() throws Exception {
        new HubFixture(dir, "gemeente-a").close();
        assertTrue(admin("clock-margin").contains("Klokmarge: 5 minuten"));
        assertTrue(admin("clock-margin", "60").contains("60 minuten"));
        assertThrows(nl.werkmap.app.cli.UsageException.class, () -> admin("clock-margin", "0"));
        assertThrows(nl.werkmap.app.cli.UsageException.class, () -> admin("clock-margin", "veel"));
        try (HubFixture fixture = new HubFixture(dir, "gemeente-a")) {
            assertEquals(Duration.ofMinutes(60), fixture.hub.clockMargin());
            TestDevice anouk = new TestDevice(fixture, "Anouk", HubRole.JOBCOACH, "noord");
            String halfAnHourAhead = new Hlc(Instant.now().plus(Duration.ofMinutes(30)).toEpochMilli(), 0).toString();
            anouk.client.send(anouk.seal(status(UUID.randomUUID().toString(), anouk.enrolment.coachId(), "ACTIEF",
                    halfAnHourAhead)));
            assertEquals(1, fixture.hub.counts().get("candidate"));
        }
    }

    private String admin(String... action) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of(action));
        args.addAll(List.of("--db-file", dir.resolve("hub.db").toString()));
        int code = new HubCommand().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
