package nl.werkmap.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Address;
import nl.werkmap.domain.Attendee;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.PersonalDetails;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.RawScan;
import nl.werkmap.hub.store.HubRole;

/**
 * Issue 12.1: the hub's files hold no personal value in a form a raw scan finds. Two laptops sync candidates with
 * names, phone numbers, e-mail, street addresses and a session note through the real hub path, and edit one phone
 * number concurrently (so a lost value is kept as a conflict); the team lead's laptop receives every value as it
 * was written. Then the hub's database, its WAL (before and after a checkpoint), an encrypted backup and anything
 * else in the hub's folder are scanned byte-wise: none of the values is there.
 */
class HubAtRestScanTest {

    @TempDir
    Path dir;

    @Test
    void noNamePhoneNumberOrNotePhraseInTheHubsFiles() throws Exception {
        Path hubDir = dir.resolve("hub");
        List<String> secrets = new ArrayList<>();
        try (HubFixture hub = new HubFixture(hubDir, "gemeente-a");
             Laptop anouk = new Laptop(dir, hub, "Anouk", HubRole.JOBCOACH, "noord");
             Laptop lotte = new Laptop(dir, hub, "Lotte", HubRole.TEAMLEIDER, "noord")) {
            assertTrue(anouk.sync().ok());
            assertTrue(lotte.sync().ok());
            List<Candidate> candidates = new ArrayList<>();
            String[][] people = {
                    {"Fenna Wijnbergen", "06-48213377", "fenna.wijnbergen@voorbeeld.nl", "Zwanenhalsstraat 17"},
                    {"Youssef El Amrani", "+31 6 19283746", "y.elamrani@voorbeeld.nl", "Keizersgrachtpad 221"},
                    {"Noor Jansen-Bakker", "0592-774411", "noor.jb@voorbeeld.nl", "Oude Turfmarktlaan 9"}};
            for (String[] person : people) {
                Candidate candidate = anouk.newCandidate(person[0]);
                candidate = candidate.withPersonal(new PersonalDetails(person[0], null, null, null, person[1],
                        person[2], new Address(person[3], "9401 AB", "Assen"), null));
                anouk.store.candidates().save(candidate);
                candidates.add(candidate);
                secrets.addAll(List.of(person));
            }
            String note = "vertelde over haar angst voor de nachttrein";
            anouk.store.sessions().save(new CoachingSession(UUID.randomUUID(), candidates.get(0).id(), null,
                    anouk.coachId(), LocalDateTime.of(2026, 11, 20, 10, 0), 60, SessionLocation.WERKPLEK,
                    SessionType.WERKPLEKBEZOEK, Set.of(Attendee.KANDIDAAT), note, "Zorgen om reistijd",
                    "Volgende week samen de route oefenen", 1.0));
            secrets.addAll(List.of(note, "Zorgen om reistijd", "Volgende week samen de route oefenen"));
            assertTrue(anouk.sync().ok());
            assertTrue(lotte.sync().ok());

            // The same phone number changed on both laptops before either synced: one value loses and is kept.
            Candidate onAnouk = anouk.candidate(candidates.get(1).id()).orElseThrow();
            Candidate onLotte = lotte.candidate(candidates.get(1).id()).orElseThrow();
            anouk.store.candidates().save(onAnouk.withPersonal(withPhone(onAnouk.personal(), "06-55501234")));
            lotte.store.candidates().save(onLotte.withPersonal(withPhone(onLotte.personal(), "06-77709876")));
            secrets.addAll(List.of("06-55501234", "06-77709876"));
            assertTrue(anouk.sync().ok());
            assertTrue(lotte.sync().ok());
            assertTrue(anouk.sync().ok());
            assertTrue(hub.hub.database().read(dsl -> dsl.fetchCount(dsl.selectFrom("hub_conflict"))) > 0,
                    "the concurrent edit left a lost value at the hub");

            // The hub serves what was written, to the lead's laptop.
            Candidate fenna = lotte.candidate(candidates.get(0).id()).orElseThrow();
            assertEquals("Fenna Wijnbergen", fenna.personal().fullName());
            assertEquals("06-48213377", fenna.personal().phone());
            assertEquals("Zwanenhalsstraat 17", fenna.personal().address().street());

            assertTrue(hub.hub.database().read(dsl -> dsl.fetchCount(dsl.selectFrom("master_field")
                    .where("sealed_value is not null"))) >= 15, "the personal fields are there, sealed");
            assertTrue(hub.hub.database().read(dsl -> dsl.fetchCount(dsl.selectFrom("received_part"))) > 0,
                    "the received bundles are kept, in sealed parts");
            hub.hub.backup(hubDir.resolve("hub-kopie.werkmapbackup"));
            RawScan scan = new RawScan(secrets);
            assertFalse(scan.findIn(("xx" + secrets.get(0) + "yy").getBytes(StandardCharsets.UTF_8), "control")
                    .isEmpty(), "the scan finds a value where it is");
            List<String> found = scan.findIn(filesIn(hubDir));
            assertEquals(List.of(), found, "before the checkpoint (WAL full)");
            hub.hub.database().exclusive(dsl -> dsl.fetch("PRAGMA wal_checkpoint(TRUNCATE)"));
            assertEquals(List.of(), scan.findIn(filesIn(hubDir)), "after the checkpoint");
        }
        assertEquals(List.of(), new RawScan(secrets).findIn(filesIn(hubDir)), "after the hub closed");
    }

    private static PersonalDetails withPhone(PersonalDetails p, String phone) {
        return new PersonalDetails(p.fullName(), p.preferredName(), p.bsn(), p.birthDate(), phone, p.email(),
                p.address(), p.municipality());
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertTrue(all.stream().anyMatch(f -> f.getFileName().toString().equals("hub.db")));
            assertTrue(all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".werkmapbackup")));
            return all;
        }
    }
}
