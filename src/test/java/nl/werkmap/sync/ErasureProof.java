package nl.werkmap.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.jwk.ECKey;

import nl.werkmap.domain.Address;
import nl.werkmap.domain.Attendee;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.PersonalDetails;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.domain.retention.RetentionPolicy;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.RawScan;
import nl.werkmap.hub.store.HeldSubjectKeys;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.security.FieldSealer;
import nl.werkmap.security.SubjectKey;
import nl.werkmap.service.erasure.ErasureService;
import nl.werkmap.service.erasure.RetentionService;

/**
 * Issue 16.3, the proof, for a hub on any database: two laptops and a real hub on loopback hold a candidate (name,
 * phone, e-mail, street, a session note, a phone number that lost a concurrent edit and is kept as a conflict); the
 * team lead erases them on her laptop; after the erasure reached the hub and the other laptop, every file (both
 * caseload files and their WAL, and every file {@link HubDisk} names for the hub) is scanned raw:
 * <ul>
 * <li>for the values as text in every encoding {@link RawScan} knows;</li>
 * <li>for every sealed blob the laptops' key still opens (each place a sealed field could start, at the length the
 * value would have, with the value's table, column and row as associated data);</li>
 * <li>for every base64 run at the hub that any candidate key the hub still holds opens;</li>
 * <li>for every base64 run at the hub that the hub's data key unwraps as the erased candidate's key (a copy of the
 * deleted key row in a dead row version, a free page or a WAL record would open everything sealed under it);</li>
 * <li>for every compact JWE the hub's private keys still decrypt.</li>
 * </ul>
 * None of the erased candidate's values is found; the same scans find them before the erasure and find the candidate
 * who stays afterwards, so each scan can fail. Values carry a per-run suffix: a shared PostgreSQL cluster holds other
 * runs' WAL.
 */
final class ErasureProof {

    private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9+/]{40,}={0,2}");
    private static final Pattern COMPACT_JWE = Pattern.compile(
            "eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    /** The hub's files, as a thief with the disk (and the hub passphrase) would have them. */
    interface HubDisk {
        /** Writes what the hub holds in memory or in a log to its files (a checkpoint), before a scan. */
        void flush() throws Exception;

        /** Every file to scan. */
        List<Path> files() throws Exception;
    }

    /** A value of the candidate with the place it is sealed at: table (entity), column (field), row id. */
    record Sealed(String table, String column, String rowId, String value) {
    }

    private ErasureProof() {
    }

    static void prove(Path dir, HubFixture hub, HubDisk disk) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<Sealed> fenna = new ArrayList<>();
        List<Sealed> youssef = new ArrayList<>();
        try (Laptop anouk = new Laptop(dir, hub, "Anouk", HubRole.JOBCOACH, "noord-" + run);
             Laptop lotte = new Laptop(dir, hub, "Lotte", HubRole.TEAMLEIDER, "noord-" + run)) {
            assertTrue(anouk.sync().ok());
            assertTrue(lotte.sync().ok());
            Candidate erased = person(anouk, "Fenna Wijnbergen " + run, "06-482" + run,
                    "fenna.wijnbergen." + run + "@voorbeeld.nl", "Zwanenhalsstraat " + run, fenna);
            Candidate kept = person(anouk, "Youssef El Amrani " + run, "06-192" + run,
                    "y.elamrani." + run + "@voorbeeld.nl", "Keizersgrachtpad " + run, youssef);
            UUID session = UUID.randomUUID();
            String note = "vertelde over haar angst voor de nachttrein " + run;
            String agreements = "Volgende week samen de route oefenen " + run;
            anouk.store.sessions().save(new CoachingSession(session, erased.id(), null, anouk.coachId(),
                    LocalDateTime.of(2026, 11, 20, 10, 0), 60, SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK,
                    Set.of(Attendee.KANDIDAAT), note, "Zorgen om de reistijd met de trein", agreements, 1.0));
            fenna.add(new Sealed("coaching_session", "went_well", session.toString(), note));
            fenna.add(new Sealed("coaching_session", "agreements", session.toString(), agreements));
            assertTrue(anouk.sync().ok());
            assertTrue(lotte.sync().ok());

            // The same phone number changed on both laptops before either synced: one value loses and is kept.
            Candidate onAnouk = anouk.candidate(erased.id()).orElseThrow();
            Candidate onLotte = lotte.candidate(erased.id()).orElseThrow();
            anouk.store.candidates().save(onAnouk.withPersonal(withPhone(onAnouk.personal(), "06-555" + run)));
            lotte.store.candidates().save(onLotte.withPersonal(withPhone(onLotte.personal(), "06-777" + run)));
            fenna.add(new Sealed("candidate", "phone", erased.id().toString(), "06-555" + run));
            fenna.add(new Sealed("candidate", "phone", erased.id().toString(), "06-777" + run));
            assertTrue(anouk.sync().ok());
            assertTrue(lotte.sync().ok());
            assertTrue(anouk.sync().ok());
            assertTrue(lotte.sync().ok());
            assertTrue(hub.hub.database().read(dsl -> dsl.fetchCount(dsl.selectFrom("hub_conflict"))) > 0,
                    "the concurrent edit left a lost value at the hub");

            // Control: before the erasure the scans find the candidate, on a laptop and at the hub, key included.
            checkpoint(anouk);
            disk.flush();
            String erasedId = erased.id().toString();
            assertFalse(sealedFound(List.of(anouk.file), anouk.sealer, fenna).isEmpty(),
                    "the laptop scan finds the sealed values before the erasure");
            List<Path> hubBefore = disk.files();
            assertFalse(hubSealedFound(hubBefore, HeldSubjectKeys.all(hub.hub), fenna).isEmpty(),
                    "the hub scan finds the sealed values before the erasure");
            assertFalse(wrappedKeyFound(hubBefore, hub, erasedId).isEmpty(),
                    "the key scan finds the candidate's wrapped key before the erasure");

            // The team lead erases, with a legal reason (the trajectory has not ended); it syncs to everyone.
            ErasureService service = new ErasureService(lotte.store, lotte.sealer, Clock.systemDefaultZone(),
                    new RetentionService(lotte.store, lotte.sealer, Clock.systemDefaultZone(),
                            RetentionPolicy.DEFAULT));
            service.erase(erasedId, "verzoek van betrokkene (AVG art. 17)");
            assertTrue(lotte.candidate(erased.id()).isEmpty());
            assertTrue(lotte.sync().ok());
            assertFalse(HeldSubjectKeys.subjects(hub.hub).contains(erasedId), "the hub destroyed the candidate's key");
            assertTrue(anouk.sync().ok());
            assertTrue(anouk.candidate(erased.id()).isEmpty(), "the other laptop erased its copy");
            assertTrue(anouk.candidate(kept.id()).isPresent());
            assertTrue(lotte.sync().ok());

            disk.flush();
            List<Path> laptopFiles = new ArrayList<>(siblings(anouk.file));
            laptopFiles.addAll(siblings(lotte.file));
            List<Path> hubFiles = disk.files();
            List<Path> every = new ArrayList<>(laptopFiles);
            every.addAll(hubFiles);
            List<SubjectKey> heldAtHub = HeldSubjectKeys.all(hub.hub);
            List<ECKey> hubPrivateKeys = hub.hub.keys().encryptionKeys();

            RawScan plain = new RawScan(values(fenna));
            assertEquals(List.of(), plain.findIn(every), "the candidate's values as text in any file");
            assertEquals(List.of(), sealedFound(laptopFiles, anouk.sealer, fenna), "sealed on a laptop");
            assertEquals(List.of(), hubSealedFound(hubFiles, heldAtHub, fenna), "sealed at the hub");
            assertEquals(List.of(), wrappedKeyFound(hubFiles, hub, erasedId), "the erased key, wrapped, at the hub");
            assertEquals(List.of(), jweFound(every, hubPrivateKeys, plain), "in a bundle the hub's keys open");

            // The same scans still find the candidate who stayed.
            assertFalse(sealedFound(List.of(anouk.file), anouk.sealer, youssef).isEmpty());
            assertFalse(hubSealedFound(hubFiles, heldAtHub, youssef).isEmpty());
            assertFalse(wrappedKeyFound(hubFiles, hub, kept.id().toString()).isEmpty());
        }
    }

    private static Candidate person(Laptop laptop, String name, String phone, String email, String street,
                                    List<Sealed> values) {
        Candidate candidate = laptop.newCandidate(name);
        candidate = candidate.withPersonal(new PersonalDetails(name, null, null, null, phone, email,
                new Address(street, "9401 AB", "Assen"), null));
        laptop.store.candidates().save(candidate);
        String id = candidate.id().toString();
        values.add(new Sealed("candidate", "full_name", id, name));
        values.add(new Sealed("candidate", "phone", id, phone));
        values.add(new Sealed("candidate", "email", id, email));
        values.add(new Sealed("candidate", "street_address", id, street));
        return candidate;
    }

    private static PersonalDetails withPhone(PersonalDetails p, String phone) {
        return new PersonalDetails(p.fullName(), p.preferredName(), p.bsn(), p.birthDate(), phone, p.email(),
                p.address(), p.municipality());
    }

    private static List<String> values(List<Sealed> sealed) {
        return sealed.stream().map(Sealed::value).distinct().toList();
    }

    private static void checkpoint(Laptop laptop) throws Exception {
        try (var c = nl.werkmap.store.db.Database.connectPlain(laptop.file); var s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    /** The caseload file with its WAL and shared-memory files. */
    private static List<Path> siblings(Path db) {
        return List.of(db, Path.of(db + "-wal"), Path.of(db + "-shm"));
    }

    /**
     * Every value the laptop key opens from the raw bytes: at each byte that can start a sealed field (version 1),
     * the blob of the value's length, with the value's table, column and row bound.
     */
    static List<String> sealedFound(List<Path> files, FieldSealer sealer, List<Sealed> values) throws Exception {
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            for (Sealed value : values) {
                int length = 1 + 12 + 16 + value.value().getBytes(StandardCharsets.UTF_8).length;
                for (int i = 0; i + length <= bytes.length; i++) {
                    if (bytes[i] != 1) {
                        continue;
                    }
                    byte[] blob = java.util.Arrays.copyOfRange(bytes, i, i + length);
                    try {
                        if (value.value().equals(sealer.open(value.table(), value.column(), value.rowId(), blob))) {
                            found.add("'" + value.value() + "' sealed in " + file);
                            break;
                        }
                    } catch (RuntimeException notThisOne) {
                        // Not a sealed field of this value at this place: the scan goes on.
                    }
                }
            }
        }
        return found;
    }

    /** Every base64 run of the files, decoded (each file read once; runs that are not base64 are skipped). */
    private static void eachBase64Run(List<Path> files, java.util.function.BiConsumer<Path, byte[]> blob)
            throws Exception {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Matcher run = BASE64_RUN.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            while (run.find()) {
                try {
                    blob.accept(file, Base64.getDecoder().decode(run.group()));
                } catch (IllegalArgumentException notBase64) {
                    // A run of letters that is no base64: go on.
                }
            }
        }
    }

    /** Every value a key the hub still holds opens from a base64 run in the hub's files (sealed_value, kept parts). */
    static List<String> hubSealedFound(List<Path> files, List<SubjectKey> keys, List<Sealed> values) throws Exception {
        List<String> found = new ArrayList<>();
        eachBase64Run(files, (file, blob) -> {
            for (SubjectKey key : keys) {
                for (Sealed value : values) {
                    try {
                        if (value.value().equals(key.open(value.table(), value.column(), value.rowId(), blob))) {
                            found.add("'" + value.value() + "' sealed in " + file);
                        }
                    } catch (RuntimeException notThisOne) {
                        // Another key, place or length: go on.
                    }
                }
            }
        });
        return found;
    }

    /**
     * Every piece of a base64 run in the hub's files, at the length wrapped keys have and at every offset (a SQLite
     * record puts the next column's text right after it), that the hub's data key unwraps as {@code subject}'s key.
     */
    static List<String> wrappedKeyFound(List<Path> files, HubFixture hub, String subject) throws Exception {
        Set<Integer> lengths = HeldSubjectKeys.wrappedLengths(hub.hub);
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Matcher run = BASE64_RUN.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            while (run.find()) {
                String text = run.group();
                pieces:
                for (int length : lengths) {
                    for (int start = 0; start + length <= text.length(); start++) {
                        byte[] blob;
                        try {
                            blob = Base64.getDecoder().decode(text.substring(start, start + length));
                        } catch (IllegalArgumentException notBase64) {
                            continue;
                        }
                        if (HeldSubjectKeys.opensWrapped(hub.hub, subject, blob)) {
                            found.add("the key of " + subject + " in " + file);
                            break pieces;
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Every compact JWE in the files that the hub's private keys decrypt, scanned for the values. */
    static List<String> jweFound(List<Path> files, List<ECKey> keys, RawScan scan) throws Exception {
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            Matcher jwe = COMPACT_JWE.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            while (jwe.find()) {
                for (ECKey key : keys) {
                    try {
                        JWEObject object = JWEObject.parse(jwe.group());
                        object.decrypt(new ECDHDecrypter(key));
                        found.addAll(scan.findIn(object.getPayload().toBytes(), "bundle in " + file));
                    } catch (Exception notForThisKey) {
                        // Sealed to a laptop, or cut off in a free page: nothing the hub's keys open.
                    }
                }
            }
        }
        return found;
    }
}
