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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Consent;
import nl.werkmap.domain.ConsentPurpose;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.profile.ProfielSamples;
import nl.werkmap.domain.share.DelingVorm;
import nl.werkmap.domain.share.ProfielDeling;
import nl.werkmap.domain.share.ProfielVeld;
import nl.werkmap.domain.share.ToestemmingWijze;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.service.ProfielService;
import nl.werkmap.service.ShareService;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.Samples;

/** {@code profiel}: the anonymous PDF end to end; the named one only with a consent for that employer. */
class ProfielCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private record Ran(int code, String out, String err) {
    }

    @Test
    void anonymousAlwaysNamedOnlyWithConsentForThatEmployer(@TempDir Path dir) throws Exception {
        Vault vault = Vault.create(dir.resolve(DataDirectory.KEYRING_FILE), TestVaults.PASSPHRASE.toCharArray());
        Candidate sanne = Samples.candidate("Sanne de Vries", null);
        Employer linde = Samples.employer();
        Employer other = new Employer(UUID.randomUUID(), "Bakkerij Jansen", null, linde.sector(), null, null, null);
        try (CaseloadStore store = CaseloadStore.open(dir.resolve(DataDirectory.DATABASE_FILE), vault.sealer())) {
            store.candidates().save(sanne);
            store.employers().save(linde);
            store.employers().save(other);
            store.measurements().saveZrm(Samples.zrm(sanne.id()));
            new ProfielService(() -> store, CLOCK).save(ProfielSamples.complete(sanne.id()),
                    List.of(ProfielSamples.job(sanne.id(), "9412")));
        }
        vault.lock();

        Path anonymous = dir.resolve("anoniem.pdf");
        Ran ran = run(dir, "--candidate", sanne.id().toString(), "--anoniem", "--out", anonymous.toString());
        assertEquals(0, ran.code(), ran.err());
        String text = text(anonymous);
        for (String secret : List.of("Sanne", "Vries", "111222333", "Dorpsstraat", "1234 AB", "06-12345678",
                "sanne@example.nl", "2001", "Geestelijke gezondheid", "Verslaving", "Vaste structuur")) {
            assertFalse(text.contains(secret), secret + " in:\n" + text);
        }
        assertTrue(text.contains("gemeente Zwolle") && text.contains("Praktijkonderwijs"), text);

        Path named = dir.resolve("met-naam.pdf");
        Ran refused = run(dir, "--candidate", sanne.id().toString(), "--werkgever", linde.id().toString(), "--out",
                named.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("geen geldige toestemming van deze kandidaat voor deze werkgever"), refused.err());
        assertFalse(Files.exists(named));

        try (CaseloadStore store = CaseloadStore.open(dir.resolve(DataDirectory.DATABASE_FILE),
                Vault.unlock(dir.resolve(DataDirectory.KEYRING_FILE), TestVaults.PASSPHRASE.toCharArray()).sealer())) {
            store.consents().save(new Consent(UUID.randomUUID(), sanne.id(), ConsentPurpose.PROFIEL_AAN_WERKGEVER,
                    true, TODAY.minusDays(1)));
            new ShareService(() -> store, CLOCK).share(new ProfielDeling(UUID.randomUUID(), sanne.id(),
                    DelingVorm.BENOEMD, linde.id(), "Karin de Vries", "Kennismaking hovenier",
                    EnumSet.of(ProfielVeld.NAAM, ProfielVeld.VAARDIGHEDEN), TODAY, ToestemmingWijze.SCHRIFTELIJK,
                    TODAY, TODAY.plusMonths(6), null));
        }
        Ran forOther = run(dir, "--candidate", sanne.id().toString(), "--werkgever", other.id().toString(), "--out",
                named.toString());
        assertEquals(1, forOther.code(), "consent for De Linde is no consent for the bakery");
        Ran ok = run(dir, "--candidate", sanne.id().toString(), "--werkgever", linde.id().toString(), "--out",
                named.toString());
        assertEquals(0, ok.code(), ok.err());
        String namedText = text(named);
        assertTrue(namedText.contains("Sanne de Vries") && namedText.contains("Hoveniersbedrijf De Linde"), namedText);
        assertFalse(namedText.contains("111222333") || namedText.contains("Praktijkonderwijs"),
                "only the fields chosen for this share: " + namedText);

        assertThrows(UsageException.class, () -> run(dir, "--candidate", sanne.id().toString(), "--out", "x.pdf"));
        assertThrows(UsageException.class, () -> run(dir, "--candidate", sanne.id().toString(), "--anoniem",
                "--werkgever", linde.id().toString(), "--out", "x.pdf"));
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static Ran run(Path dir, String... args) throws Exception {
        var stdin = new ByteArrayInputStream((TestVaults.PASSPHRASE + "\n").getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        ByteArrayOutputStream complained = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--data", dir.toString()));
        all.addAll(List.of(args));
        int code = new ProfielCommand(stdin, CLOCK).run(all, new PrintStream(said, true, StandardCharsets.UTF_8),
                new PrintStream(complained, true, StandardCharsets.UTF_8));
        return new Ran(code, said.toString(StandardCharsets.UTF_8), complained.toString(StandardCharsets.UTF_8));
    }
}
