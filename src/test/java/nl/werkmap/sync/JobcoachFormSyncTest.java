package nl.werkmap.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.JobcoachForm;
import nl.werkmap.domain.JobcoachFormKind;
import nl.werkmap.domain.JobcoachRegime;
import nl.werkmap.domain.JobcoachType;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.service.NewPlacementService;
import nl.werkmap.store.Samples;
import nl.werkmap.hub.HubFixture;

/** A signed form reaches the team lead's laptop through the hub, signature and all; its delete follows. */
class JobcoachFormSyncTest {

    @TempDir
    Path dir;
    CoachAndLead team;
    HubFixture hub;
    Laptop anouk;
    Laptop lotte;

    @BeforeEach
    void start() throws Exception {
        team = CoachAndLead.synced(dir, "gemeente-a");
        hub = team.hub;
        anouk = team.coach;
        lotte = team.lead;
    }

    @AfterEach
    void stop() {
        team.close();
    }

    @Test
    void aSignedFormAndItsDeleteSync() {
        Candidate sanne = anouk.newCandidate("Sanne de Vries");
        Employer employer = Samples.employer();
        Placement job = new Placement(RecordIds.next(), sanne.id(), employer.id(), "Medewerker",
                PlacementType.DIENSTVERBAND, LocalDate.of(2026, 1, 12), null, null, null, null, 24, false, null, 50,
                null, false, false, null, JobcoachType.EXTERN_UWV, JobcoachRegime.LICHT, null);
        new NewPlacementService(() -> anouk.store).place(employer, job, Samples.buddy(job.id()));
        JobcoachForm form = new JobcoachForm(RecordIds.next(), sanne.id(), job.id(),
                JobcoachFormKind.WERKGEVER_EVALUATIE, new HalfYear(2026, 1), LocalDate.of(2026, 6, 20), 9, true, 0,
                "Sanne doet het goed", null, null, null, "Karin de Vries", "100,200 300,400;500,500 600,450", false);
        anouk.store.forms().save(form);

        assertTrue(anouk.sync().ok());
        SyncReport down = lotte.sync();
        assertTrue(down.ok(), down.error());
        assertEquals(List.of(form), lotte.store.forms().forCandidate(sanne.id()));

        anouk.store.forms().delete(form.id());
        assertTrue(anouk.sync().ok());
        assertTrue(lotte.sync().ok());
        assertEquals(List.of(), lotte.store.forms().forCandidate(sanne.id()));
    }
}
