package nl.werkmap.app;

import java.util.Optional;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.ui.unlock.DemoSeeder;

/** The example caseload offered on first start: a fictional region with a caseload of a typical size. */
final class DemoSeeding {

    /** Within the 50 to 150 a coach carries; big enough to try search and filters. */
    static final int CANDIDATES = 80;
    /** Fixed, so everyone who tries the example sees the same people. */
    static final long SEED = 2026L;

    private DemoSeeding() {
    }

    static Optional<DemoSeeder> seeder() {
        return Optional.of(store -> DemoCaseload.generate(store, CANDIDATES, SEED));
    }
}
