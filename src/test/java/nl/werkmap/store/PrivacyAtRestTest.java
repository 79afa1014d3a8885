package nl.werkmap.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.PersonalDetails;

/**
 * What a thief with the laptop's disk sees: the raw bytes of the database and its WAL must not contain a
 * candidate's name, BSN, phone number or session notes, in any common text encoding.
 */
class PrivacyAtRestTest {

    private static final String NAME = "Wilhelmina Zwanenburg-Quist";
    private static final String BSN = "987654321";
    private static final String PHONE = "06-31415926";
    private static final String NOTE = "Paniekaanval in de kantine na het middageten";

    @TempDir
    Path dir;

    @Test
    void personalFieldsNeverReachTheDiskInPlainText() throws Exception {
        Path db = dir.resolve("werkmap.db");
        Path wal = dir.resolve("werkmap.db-wal");
        try (CaseloadStore store = CaseloadStore.open(db, TestVault.sealer())) {
            Candidate base = Samples.candidate(NAME, null);
            Candidate candidate = base.withPersonal(new PersonalDetails(NAME, null, BSN,
                    base.personal().birthDate(), PHONE, null, base.personal().address(), null));
            store.coaches().save(Samples.coach("Ans Zichtbaar"));
            store.candidates().save(candidate);
            CoachingSession session = new CoachingSession(UUID.randomUUID(), candidate.id(), null, null,
                    LocalDateTime.of(2024, 6, 3, 10, 0), 30, nl.werkmap.domain.SessionLocation.WERKPLEK,
                    nl.werkmap.domain.SessionType.CRISIS, null, null, NOTE, null, 0.5);
            store.sessions().save(session);

            // While the store is open the changes sit in the WAL; look at both files as they are now.
            assertTrue(Files.size(wal) > 0, "the WAL holds the fresh writes");
            assertNothingLeaks(db, wal);
            // The scan does find what is meant to be plain (a coach's name), so the test above can fail.
            assertTrue(contains(Files.readAllBytes(wal), "Ans Zichtbaar".getBytes(StandardCharsets.UTF_8)));
        }
        assertNothingLeaks(db, wal);
    }

    private static void assertNothingLeaks(Path... files) throws Exception {
        for (Path file : files) {
            if (!Files.exists(file)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            for (String secret : List.of(NAME, "Zwanenburg", BSN, PHONE, "31415926", NOTE, "Paniekaanval")) {
                for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
                        StandardCharsets.UTF_16BE)) {
                    assertFalse(contains(bytes, secret.getBytes(charset)),
                            file.getFileName() + " contains '" + secret + "' in " + charset);
                }
            }
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
