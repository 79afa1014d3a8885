package nl.werkmap.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.DataDirectory;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.JobcoachRegime;
import nl.werkmap.domain.JobcoachType;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionLogboek;
import nl.werkmap.domain.SessionType;
import nl.werkmap.report.export.StrictCsv;
import nl.werkmap.security.TestVaults;
import nl.werkmap.security.Vault;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.Samples;

/** The hours for the administration: per coach, client, day and activity, travel apart, appointments left out. */
class HoursCommandTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    private static CoachingSession session(Candidate who, Placement where, Coach by, LocalDate day, int hour,
                                           double hours, int travel, CoachingActivity activity) {
        return new CoachingSession(RecordIds.next(), who.id(), where.id(), by.id(), day.atTime(hour, 0),
                (int) (hours * 60), SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, Set.of(), "Notitie", null,
                null, hours, null, new SessionLogboek(activity, Set.of(), travel, null, 1, day, null));
    }

    @Test
    void hoursPerCoachClientDayAndActivity(@TempDir Path dir) throws Exception {
        Vault vault = Vault.create(dir.resolve(DataDirectory.KEYRING_FILE), TestVaults.PASSPHRASE.toCharArray());
        try (CaseloadStore store = CaseloadStore.open(dir.resolve(DataDirectory.DATABASE_FILE), vault.sealer())) {
            Coach fatima = Samples.coach("Fatima Yilmaz");
            store.coaches().save(fatima);
            Candidate anna = Samples.candidate("Anna de Boer", fatima.id());
            Candidate bram = Samples.candidate("Bram Visser", fatima.id());
            store.candidates().saveAll(List.of(anna, bram));
            Employer employer = Samples.employer();
            store.employers().save(employer);
            Placement annasJob = job(anna, employer, JobcoachType.EXTERN_UWV);
            Placement bramsJob = job(bram, employer, JobcoachType.GEMEENTE);
            store.placements().saveAll(List.of(annasJob, bramsJob));
            CoachingSession gone = session(bram, bramsJob, fatima, DAY, 16, 2.0, 0, CoachingActivity.INTRODUCEREN);
            store.sessions().saveAll(List.of(
                    session(anna, annasJob, fatima, DAY, 9, 1.0, 20, CoachingActivity.INWERKEN_EN_TRAINEN),
                    session(anna, annasJob, fatima, DAY, 14, 0.5, 10, CoachingActivity.INWERKEN_EN_TRAINEN),
                    session(bram, bramsJob, fatima, DAY, 11, 1.5, 30, CoachingActivity.BEGELEIDEN_LEIDINGGEVENDE),
                    session(anna, annasJob, fatima, LocalDate.of(2026, 7, 2), 9, 1.0, 0,
                            CoachingActivity.INWERKEN_EN_TRAINEN),
                    new CoachingSession(RecordIds.next(), anna.id(), annasJob.id(), fatima.id(), DAY.atTime(17, 0), 60,
                            SessionLocation.WERKPLEK, SessionType.WERKPLEKBEZOEK, Set.of(), null, null, null, 0),
                    gone));
            store.sessions().tombstone(gone.id());
        }
        vault.lock();

        Path out = dir.resolve("uren.csv");
        var stdin = new ByteArrayInputStream((TestVaults.PASSPHRASE + "\n").getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int code = new HoursCommand(stdin).run(List.of("--data", dir.toString(), "--period", "2026-H1", "--out",
                out.toString()), new PrintStream(said, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code, said.toString(StandardCharsets.UTF_8));

        byte[] bytes = Files.readAllBytes(out);
        List<List<String>> records = StrictCsv.parse(new String(Arrays.copyOfRange(bytes, 3, bytes.length),
                StandardCharsets.UTF_8));
        assertEquals(List.of("Datum", "Coach", "Kandidaat", "Financier", "Activiteit", "Uren coaching",
                "Reistijd (min)", "Sessies"), records.get(0));
        assertEquals(List.of(
                List.of("10-03-2026", "Fatima Yilmaz", "Anna de Boer", "UWV", "Inwerken en trainen", "1,50", "30", "2"),
                List.of("10-03-2026", "Fatima Yilmaz", "Bram Visser", "Gemeente", "Begeleiden van de leidinggevende",
                        "1,50", "30", "1")), records.subList(1, records.size()),
                "two sessions of one day and activity add up; H2, the appointment and the deleted session stay out");
        assertTrue(said.toString(StandardCharsets.UTF_8).contains("bevat namen"));
    }

    private static Placement job(Candidate who, Employer employer, JobcoachType financier) {
        return new Placement(RecordIds.next(), who.id(), employer.id(), "Medewerker", PlacementType.DIENSTVERBAND,
                LocalDate.of(2026, 1, 5), null, null, null, null, 32, false, null, 60, null, false, false, null,
                financier, JobcoachRegime.MIDDEN, null);
    }
}
