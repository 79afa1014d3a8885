package nl.werkmap.ui.candidate;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.PersonalDetails;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;
import nl.werkmap.sync.SyncEngine;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.device.Enroller;
import nl.werkmap.sync.outbox.Backoff;
import nl.werkmap.ui.common.CaseloadFiles;
import nl.werkmap.ui.common.OpenCaseload;

/**
 * A real concurrent edit for the candidate page's sync screens: a coach's laptop (the caseload the app then opens)
 * and the team lead's both linked to a real hub on loopback, both renaming Sanne at once, the team lead's name
 * winning. The hub is stopped afterwards, so the app that opens the caseload is offline.
 */
final class ConcurrentEditFixture {

    private ConcurrentEditFixture() {
    }

    /** Makes the caseload at {@code files} and returns Sanne's id; her name on the laptop then loses a conflict. */
    static UUID sanneWithAConflict(Path dir, CaseloadFiles files, String passphrase) throws Exception {
        try (HubFixture hub = new HubFixture(dir, "gemeente-a");
             OpenCaseload open = OpenCaseload.create(files, passphrase.toCharArray());
             CaseloadStore lead = CaseloadStore.open(dir.resolve("lead.db"), TestVault.sealer())) {
            SyncEngine mine = enrolled(hub, open.store(), open.sealer(), "Anouk", HubRole.JOBCOACH);
            SyncEngine theirs = enrolled(hub, lead, TestVault.sealer(), "Lotte", HubRole.TEAMLEIDER);
            String coach = mine.identities().load().orElseThrow().coachId();
            Candidate c = Candidate.register(UUID.randomUUID(), "Sanne de Vries", LocalDate.now().minusMonths(2))
                    .withCoach(UUID.fromString(coach));
            open.store().candidates().save(c);
            mine.syncOnce(true);
            theirs.syncOnce(true);
            open.store().candidates().save(c.withPersonal(PersonalDetails.named("Sanne de Vries-Kok")));
            Thread.sleep(5);
            lead.candidates().save(lead.candidates().find(c.id()).orElseThrow()
                    .withPersonal(PersonalDetails.named("Sanne Kok")));
            theirs.syncOnce(true);
            mine.syncOnce(true);
            return c.id();
        }
    }

    private static SyncEngine enrolled(HubFixture hub, CaseloadStore store, FieldSealer sealer, String coach,
                                       HubRole role) throws Exception {
        String code = hub.hub.issueEnrollmentCode(coach, role, "noord", Duration.ofHours(1));
        Enroller.enroll(store, sealer, new HubClient(hub.url()), hub.url(), code, coach + " laptop");
        SyncEngine engine = new SyncEngine(store, sealer, Clock.systemUTC(), Backoff.standard(),
                url -> new HubClient(url, null, Duration.ofSeconds(5)));
        engine.syncOnce(true);
        return engine;
    }
}
