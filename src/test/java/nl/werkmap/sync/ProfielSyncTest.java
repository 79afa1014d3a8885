package nl.werkmap.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.profile.ProfielSamples;
import nl.werkmap.domain.profile.Werkervaring;
import nl.werkmap.domain.profile.Werknemersprofiel;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.service.ProfielService;

/**
 * A werknemersprofiel with its work experience reaches the team lead's laptop through the hub, sealed texts and
 * all, and a job removed later is removed there too.
 */
class ProfielSyncTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

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
    void aProfileAndItsExperienceSyncAndARemovedJobFollows() {
        Candidate sanne = anouk.newCandidate("Sanne de Vries");
        Werknemersprofiel profile = ProfielSamples.complete(sanne.id());
        Werkervaring kitchen = ProfielSamples.job(sanne.id(), "9412");
        Werkervaring shop = ProfielSamples.job(sanne.id(), "5223");
        ProfielService service = new ProfielService(() -> anouk.store, CLOCK);
        service.save(profile, List.of(kitchen, shop));

        SyncReport up = anouk.sync();
        assertTrue(up.ok(), up.error());
        SyncReport down = lotte.sync();
        assertTrue(down.ok(), down.error());
        assertEquals(profile, lotte.store.profiles().forCandidate(sanne.id()).orElseThrow());
        assertEquals(2, lotte.store.profiles().experience(sanne.id()).size());

        service.save(profile, List.of(kitchen));
        assertTrue(anouk.sync().ok());
        assertTrue(lotte.sync().ok());
        assertEquals(List.of(kitchen), lotte.store.profiles().experience(sanne.id()));
    }

    @Test
    void aBaankansWithCarvedTasksReachesTheTeam() {
        nl.werkmap.domain.Employer employer = nl.werkmap.store.Samples.employer();
        anouk.store.employers().save(employer);
        nl.werkmap.domain.match.Baankans job = nl.werkmap.service.BaankansServiceTest.carved(employer.id(), 16.0,
                20.0, "9412");
        new nl.werkmap.service.BaankansService(() -> anouk.store).save(job);

        SyncReport up = anouk.sync();
        assertTrue(up.ok(), up.error());
        SyncReport down = lotte.sync();
        assertTrue(down.ok(), down.error());
        assertEquals(job, lotte.store.baankansen().find(job.id()).orElseThrow());
    }
}
