package nl.werkmap.sync;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.store.HubRole;

/**
 * The team most sync tests start from: a real hub on loopback with a jobcoach (Anouk) and her team lead (Lotte) in
 * team noord, both enrolled and synced once.
 */
final class CoachAndLead implements AutoCloseable {

    final HubFixture hub;
    final Laptop coach;
    final Laptop lead;

    private CoachAndLead(HubFixture hub, Laptop coach, Laptop lead) {
        this.hub = hub;
        this.coach = coach;
        this.lead = lead;
    }

    static CoachAndLead synced(Path dir, String municipality) throws Exception {
        HubFixture hub = new HubFixture(dir, municipality);
        Laptop anouk = new Laptop(dir, hub, "Anouk", HubRole.JOBCOACH, "noord");
        Laptop lotte = new Laptop(dir, hub, "Lotte", HubRole.TEAMLEIDER, "noord");
        assertTrue(anouk.sync().ok());
        assertTrue(lotte.sync().ok());
        return new CoachAndLead(hub, anouk, lotte);
    }

    @Override
    public void close() {
        coach.close();
        lead.close();
        hub.close();
    }
}
