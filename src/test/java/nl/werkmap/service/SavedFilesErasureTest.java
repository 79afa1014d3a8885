package nl.werkmap.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachRole;
import nl.werkmap.domain.retention.RetentionPolicy;
import nl.werkmap.hub.RawScan;
import nl.werkmap.service.erasure.ErasureService;
import nl.werkmap.service.erasure.RetentionService;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.Samples;
import nl.werkmap.store.TestVault;
import nl.werkmap.store.erasure.SavedFiles;

/**
 * Issue 16: files Werkmap saved for a candidate outside the caseload. At erasure, one still where it was written and
 * unchanged is removed; one changed since is left and named; one moved away is named; the register itself is gone
 * with the candidate; another candidate's file is left alone. The register keeps the path sealed, not as text.
 */
class SavedFilesErasureTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dir;
    private CaseloadStore store;
    private Coach lead;

    @BeforeEach
    void open() {
        store = CaseloadStore.open(dir.resolve("caseload.db"), TestVault.sealer(), CLOCK);
        lead = new Coach(UUID.randomUUID(), "Lotte de Wit", CoachRole.TEAMLEIDER, "Team Noord", null);
        store.coaches().save(lead);
        store.currentCoach().choose(lead.id(), CLOCK.instant());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void unchangedFilesAreRemovedOthersNamedAndTheRegisterGoes() throws Exception {
        Candidate fenna = Samples.candidate("Fenna Wijnbergen", lead.id());
        Candidate sam = Samples.candidate("Sam Blijft", lead.id());
        store.candidates().save(fenna);
        store.candidates().save(sam);
        Path profile = write("Fenna Wijnbergen profiel.pdf", "profiel van Fenna");
        Path inzage = write("Fenna Wijnbergen inzage.json", "{\"naam\":\"Fenna\"}");
        Path log = write("toegangslog Fenna.csv", "Moment;Actie");
        Path other = write("Sam profiel.pdf", "profiel van Sam");
        store.registerSavedFile(fenna.id(), "profiel.pdf", profile, CLOCK.instant());
        store.registerSavedFile(fenna.id(), "inzage.json", inzage, CLOCK.instant());
        store.registerSavedFile(fenna.id(), "toegangslog.csv", log, CLOCK.instant());
        store.registerSavedFile(sam.id(), "profiel.pdf", other, CLOCK.instant());
        Files.writeString(inzage, "{\"naam\":\"Fenna\",\"aantekening\":\"van de coach\"}");
        Files.move(log, dir.resolve("usb-stick.csv"));
        assertEquals(List.of(), new RawScan(List.of("Wijnbergen", "Fenna.csv")).findIn(List.of(
                dir.resolve("caseload.db"), dir.resolve("caseload.db-wal"))), "the register holds the paths sealed");

        List<SavedFiles.Outcome> outcomes = new ErasureService(store, TestVault.sealer(), CLOCK,
                new RetentionService(store, TestVault.sealer(), CLOCK, RetentionPolicy.DEFAULT))
                .erase(fenna.id().toString(), "verzoek van betrokkene (AVG art. 17)");

        Map<Path, SavedFiles.Fate> fates = outcomes.stream()
                .collect(Collectors.toMap(SavedFiles.Outcome::path, SavedFiles.Outcome::fate));
        assertEquals(Map.of(profile.toAbsolutePath(), SavedFiles.Fate.REMOVED, inzage.toAbsolutePath(),
                SavedFiles.Fate.CHANGED, log.toAbsolutePath(), SavedFiles.Fate.GONE), fates);
        assertFalse(Files.exists(profile), "Werkmap's own unchanged output is removed");
        assertTrue(Files.exists(inzage), "a file changed since is the coach's: left, and named");
        assertTrue(Files.exists(other), "another candidate's file stays");
        assertEquals(1, (int) store.read(dsl -> dsl.fetchValue("SELECT count(*) FROM saved_file", Integer.class)),
                "only Sam's register row is left");
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
