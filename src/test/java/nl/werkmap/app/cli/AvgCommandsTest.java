package nl.werkmap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.avg.AccessAction;
import nl.werkmap.domain.avg.AccessEntry;
import nl.werkmap.domain.avg.AccessRequest;
import nl.werkmap.domain.avg.AccessResult;
import nl.werkmap.domain.avg.Zienswijze;
import nl.werkmap.hub.RawScan;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.service.avg.AccessLog;
import nl.werkmap.service.avg.MissingPurposeException;
import nl.werkmap.service.avg.ZienswijzeService;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.Samples;
import nl.werkmap.store.avg.PersonalRecords;

/**
 * The access log written for every listed action (BSN with a reason, health opened, export, inzage, reading the
 * log), sealed at rest, and the inzage JSON read back against the candidate's stored records.
 */
class AvgCommandsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
    private static final String BSN_REASON = "Aanvraag loonkostensubsidie bij UWV voor Sanne";
    private static final String STATEMENT = "Ik was die dag ziek, niet ongemotiveerd";

    @TempDir
    Path dir;
    Candidate sanne;
    Coach fatima;
    int sessions;

    @BeforeEach
    void caseload() throws Exception {
        Vault vault = Vault.create(dir.resolve(DataDirectory.KEYRING_FILE), TestVaults.PASSPHRASE.toCharArray());
        try (CaseloadStore store = open(vault)) {
            fatima = Samples.coach("Fatima Yilmaz");
            store.coaches().save(fatima);
            store.currentCoach().choose(fatima.id(), CLOCK.instant());
            sanne = Samples.candidate("Sanne de Vries", fatima.id());
            store.candidates().save(sanne);
            Employer employer = Samples.employer();
            store.employers().save(employer);
            Placement job = Samples.placement(sanne.id(), employer.id());
            store.placements().save(job);
            store.measurements().saveZrm(Samples.zrm(sanne.id()));
            store.consents().save(Samples.consent(sanne.id()));
            // Two years of weekly sessions and a second one most weeks: what the 1-second inzage is about.
            var all = new ArrayList<nl.werkmap.domain.CoachingSession>();
            for (int week = 0; week < 104; week++) {
                all.add(Samples.session(sanne.id(), job.id(), fatima.id(),
                        LocalDate.of(2024, 12, 2).plusWeeks(week).atTime(10, 0)));
                if (week % 4 != 0) {
                    all.add(Samples.session(sanne.id(), job.id(), fatima.id(),
                            LocalDate.of(2024, 12, 5).plusWeeks(week).atTime(14, 0)));
                }
            }
            store.sessions().saveAll(all);
            sessions = all.size();
            new ZienswijzeService(() -> store).save(new Zienswijze(UUID.randomUUID(), sanne.id(),
                    "coaching_session", all.get(3).id(), STATEMENT, LocalDate.of(2026, 12, 1)));
        }
        vault.lock();
    }

    private CaseloadStore open(Vault vault) {
        return CaseloadStore.open(dir.resolve(DataDirectory.DATABASE_FILE), vault.sealer(), CLOCK);
    }

    private CaseloadStore reopen() {
        Vault vault;
        try {
            vault = Vault.unlock(dir.resolve(DataDirectory.KEYRING_FILE), TestVaults.PASSPHRASE.toCharArray());
        } catch (nl.werkmap.security.WrongPassphraseException e) {
            throw new AssertionError(e);
        }
        return open(vault);
    }

    private static ByteArrayInputStream passphrase() {
        return new ByteArrayInputStream((TestVaults.PASSPHRASE + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private String run(Command command, String... args) throws Exception {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int code = command.run(List.of(args), new PrintStream(said, true, StandardCharsets.UTF_8), System.err);
        String text = said.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text);
        return text;
    }

    @Test
    void everyListedActionIsLoggedAndTheLogIsSealedAtRest() throws Exception {
        try (CaseloadStore store = reopen()) {
            AccessLog log = new AccessLog(() -> store, CLOCK);
            assertThrows(MissingPurposeException.class, () -> log.record(AccessRequest.of(sanne.id(),
                    AccessAction.BSN_INGEZIEN, "candidate.bsn")), "no BSN without a reason");
            assertTrue(log.of(sanne.id()).isEmpty(), "a refused reveal writes nothing");
            log.record(AccessRequest.of(sanne.id(), AccessAction.BSN_INGEZIEN, "candidate.bsn").purpose(BSN_REASON));
            log.record(AccessRequest.of(sanne.id(), AccessAction.GEZONDHEID_GEOPEND, "zrm_measurement"));
        }
        run(new HoursCommand(passphrase()), "--data", dir.toString(), "--period", "2026-H1", "--out",
                dir.resolve("uren.csv").toString());
        run(new InzageCommand(passphrase(), CLOCK), "--data", dir.toString(), "--candidate", sanne.id().toString(),
                "--out", dir.resolve("inzage.json").toString());
        String shown = run(new AccessLogCommand(passphrase(), CLOCK), "--data", dir.toString(), "--candidate",
                sanne.id().toString());

        List<AccessEntry> entries;
        try (CaseloadStore store = reopen()) {
            entries = store.accessLog().forCandidate(sanne.id());
        }
        // One entry per action; the fixed clock of the service and the system clock of uren do not order them.
        assertEquals(5, entries.size(), entries.toString());
        assertEquals(java.util.EnumSet.of(AccessAction.BSN_INGEZIEN, AccessAction.GEZONDHEID_GEOPEND,
                AccessAction.EXPORT, AccessAction.INZAGE, AccessAction.TOEGANGSLOG_INGEZIEN),
                java.util.EnumSet.copyOf(entries.stream().map(AccessEntry::action).toList()));
        AccessEntry bsn = of(entries, AccessAction.BSN_INGEZIEN);
        assertEquals(BSN_REASON, bsn.purpose());
        assertEquals(fatima.id(), bsn.actorId());
        assertEquals("Fatima Yilmaz", bsn.actor());
        assertEquals(CLOCK.instant(), bsn.occurredAt());
        assertTrue(bsn.origin().startsWith("laptop:"), bsn.origin());
        assertEquals(AccessResult.GELUKT, bsn.result());
        assertEquals("export.uren", of(entries, AccessAction.EXPORT).object());
        assertTrue(shown.contains("BSN_INGEZIEN") && shown.contains(BSN_REASON), shown);

        // Sealed at rest: neither the reason nor the export's detail is readable in any file of the caseload.
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().startsWith(DataDirectory.DATABASE_FILE)).toList();
        }
        assertFalse(files.isEmpty());
        assertEquals(List.of(), new RawScan(List.of(BSN_REASON, "2026-H1, 1 kandidaten", STATEMENT)).findIn(files));
    }

    private static AccessEntry of(List<AccessEntry> entries, AccessAction action) {
        return entries.stream().filter(e -> e.action() == action).findFirst().orElseThrow();
    }

    @Test
    void anEntryIsNeverRewritten() throws Exception {
        try (CaseloadStore store = reopen()) {
            AccessEntry entry = new AccessLog(() -> store, CLOCK).record(AccessRequest.of(sanne.id(),
                    AccessAction.EXPORT, "export.test"));
            AccessEntry forged = new AccessEntry(entry.id(), entry.candidateId(), entry.action(), "iets anders",
                    null, entry.result(), null, null, entry.occurredAt(), entry.origin(), null, null);
            assertThrows(nl.werkmap.store.StoreException.class, () -> store.accessLog().append(List.of(forged)));
            assertEquals(List.of(entry), store.accessLog().forCandidate(sanne.id()));
        }
    }

    @Test
    void theInzageJsonHoldsEveryStoredRecordOpenedAndIsQuick() throws Exception {
        Path json = dir.resolve("inzage.json");
        long started = System.nanoTime();
        String said = run(new InzageCommand(passphrase(), CLOCK), "--data", dir.toString(), "--candidate",
                sanne.id().toString(), "--out", json.toString());
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("inzage JSON of " + sessions + " sessions (two years): " + millis + " ms incl. unlock ("
                + said.strip() + ")");

        JsonObject read = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        assertEquals(sanne.id().toString(), read.get("kandidaat").getAsString());
        assertEquals("Sanne de Vries", read.get("naam").getAsString());
        JsonObject data = read.getAsJsonObject("gegevens");
        List<PersonalRecords.Row> stored;
        try (CaseloadStore store = reopen()) {
            stored = store.personalRecords().of(sanne.id());
        }
        Map<String, Integer> perKind = new HashMap<>();
        for (PersonalRecords.Row row : stored) {
            if (row.table().equals("saved_file")) {
                // The register row of this very file: written after the file, so no inzage can hold its own.
                assertEquals(json.toAbsolutePath().toString(), row.values().get("path"));
                continue;
            }
            perKind.merge(row.table(), 1, Integer::sum);
            JsonObject found = null;
            for (JsonElement e : data.getAsJsonArray(row.table())) {
                if (e.getAsJsonObject().get("id").getAsString().equals(row.id())) {
                    found = e.getAsJsonObject();
                }
            }
            assertTrue(found != null, row.table() + " " + row.id() + " missing from the inzage");
            JsonObject fields = found.getAsJsonObject("velden");
            for (Map.Entry<String, String> value : row.values().entrySet()) {
                JsonElement inFile = fields.get(value.getKey());
                if (value.getValue() == null) {
                    assertTrue(inFile == null || inFile.isJsonNull(), value.getKey());
                } else {
                    assertEquals(value.getValue(), inFile.getAsString(), row.table() + "." + value.getKey());
                }
            }
        }
        perKind.forEach((kind, count) -> assertEquals((int) count, data.getAsJsonArray(kind).size(), kind));
        assertEquals(sessions, data.getAsJsonArray("coaching_session").size());
        JsonObject person = data.getAsJsonArray("candidate").get(0).getAsJsonObject().getAsJsonObject("velden");
        assertEquals(sanne.personal().bsn(), person.get("bsn").getAsString(), "opened, not sealed bytes");
        assertEquals("Zelfstandig de route gelopen", data.getAsJsonArray("coaching_session").get(0)
                .getAsJsonObject().getAsJsonObject("velden").get("went_well").getAsString());
        assertTrue(data.has("zrm_measurement") && data.has("consent") && data.has("placement"));

        JsonArray log = read.getAsJsonArray("toegangslog");
        assertEquals(1, log.size(), "the inzage logs itself before it is made");
        assertEquals("INZAGE", log.get(0).getAsJsonObject().getAsJsonObject("velden").get("action").getAsString());
        assertEquals(STATEMENT, read.getAsJsonArray("zienswijzen").get(0).getAsJsonObject()
                .getAsJsonObject("velden").get("text").getAsString());
        List<String> recipients = new ArrayList<>();
        read.getAsJsonArray("ontvangers").forEach(r -> recipients.add(r.getAsJsonObject().get("ontvanger")
                .getAsString()));
        assertTrue(recipients.contains("Werkgevers"), recipients.toString());
        assertTrue(read.getAsJsonArray("doelen").size() >= 6);
        assertFalse(read.get("bewaartermijn").getAsString().isBlank());
        assertTrue(read.getAsJsonArray("herkomst").toString().contains("voortgezet speciaal onderwijs"));
        assertTrue(millis < 60_000, "under a minute: " + millis);
    }

    @Test
    void theInzagePdfIsReadable() throws Exception {
        Path pdf = dir.resolve("inzage.pdf");
        run(new InzageCommand(passphrase(), CLOCK), "--data", dir.toString(), "--candidate", sanne.id().toString(),
                "--out", pdf.toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Inzage in je gegevens"));
            assertTrue(text.contains("Sanne de Vries"));
            assertTrue(text.contains(STATEMENT));
            assertTrue(text.contains("Wie je gegevens heeft ingezien"));
            assertEquals("nl-NL", doc.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void aWrongCandidateOrFormatIsRefusedInDutch() {
        UsageException format = assertThrows(UsageException.class, () -> new InzageCommand(passphrase(), CLOCK).run(
                List.of("--data", dir.toString(), "--candidate", sanne.id().toString(), "--out", "x.txt"),
                System.out, System.err));
        assertTrue(format.getMessage().contains(".json of .pdf"));
        UsageException unknown = assertThrows(UsageException.class, () -> new InzageCommand(passphrase(), CLOCK).run(
                List.of("--data", dir.toString(), "--candidate", UUID.randomUUID().toString(), "--out",
                        dir.resolve("x.json").toString()), System.out, System.err));
        assertTrue(unknown.getMessage().contains("geen kandidaat"));
    }
}
