package nl.werkmap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.match.Baankans;
import nl.werkmap.domain.profile.ProfielSamples;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.service.BaankansService;
import nl.werkmap.service.BaankansServiceTest;
import nl.werkmap.service.ProfielService;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.Samples;

/** The headless match lists every criterion with its verdict and reason in Dutch, both ways round. */
class MatchCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @Test
    void bothWaysWithEveryCriterionAndItsReason(@TempDir Path dir) throws Exception {
        Vault vault = Vault.create(dir.resolve(DataDirectory.KEYRING_FILE), TestVaults.PASSPHRASE.toCharArray());
        Candidate sanne = Samples.bareCandidate("Sanne de Vries");
        Baankans job;
        try (CaseloadStore store = CaseloadStore.open(dir.resolve(DataDirectory.DATABASE_FILE), vault.sealer())) {
            store.candidates().save(sanne);
            new ProfielService(() -> store, CLOCK).save(ProfielSamples.complete(sanne.id()),
                    List.of(ProfielSamples.job(sanne.id(), "9412")));
            Employer employer = Samples.employer();
            store.employers().save(employer);
            job = BaankansServiceTest.carved(employer.id(), 28.0, 32.0, "9412");
            new BaankansService(() -> store).save(job);
        }
        vault.lock();

        String forSanne = run(dir, "--candidate", sanne.id().toString());
        assertTrue(forSanne.contains("Baankansen voor Sanne de Vries: 1 open"), forSanne);
        assertTrue(forSanne.contains("1. Keukenhulp"), forSanne);
        assertTrue(forSanne.contains("vraagt minstens 28 uur, kan er 24"), forSanne);
        assertTrue(forSanne.contains("wil werken als Keukenhulpen (9412)"), forSanne);
        assertTrue(forSanne.contains("minuten met de fiets, geschat uit de postcodes (PC4, GeoNames); kan 30 minuten"),
                "travel from the postcode table, and it says so: " + forSanne);
        assertTrue(forSanne.contains("PC4, GeoNames, CC BY 4.0"), "names the table the travel estimate rests on");
        assertTrue(forSanne.contains("(past 8, deels 1, past niet 0, onbekend 0)"), forSanne);
        for (String criterium : List.of("Uren", "Beschikbaarheid", "Reistijd", "Rijbewijs", "Sector", "Beroep",
                "Taken en vaardigheden", "Ondersteuning", "Opleidingsniveau")) {
            assertTrue(forSanne.contains("    " + criterium + " "), criterium + " in " + forSanne);
        }
        assertTrue(!forSanne.contains("match."), "every reason has its Dutch sentence: " + forSanne);

        String forJob = run(dir, "--baankans", job.id().toString());
        assertTrue(forJob.contains("Kandidaten met een werknemersprofiel voor Keukenhulp: 1"), forJob);
        assertTrue(forJob.contains("1. Sanne de Vries"), forJob);

        assertThrows(UsageException.class, () -> run(dir, "--candidate", "geen-id"));
        assertThrows(UsageException.class, () -> run(dir));
    }

    private static String run(Path dir, String... args) throws Exception {
        var stdin = new ByteArrayInputStream((TestVaults.PASSPHRASE + "\n").getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        List<String> all = new java.util.ArrayList<>(List.of("--data", dir.toString()));
        all.addAll(List.of(args));
        int code = new MatchCommand(stdin).run(all, new PrintStream(said, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code, said.toString(StandardCharsets.UTF_8));
        return said.toString(StandardCharsets.UTF_8);
    }
}
