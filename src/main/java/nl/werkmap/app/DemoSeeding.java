package nl.werkmap.app;

import java.util.Optional;

import nl.werkmap.ui.unlock.DemoSeeder;

/** The example caseload offered on first start, when this build has one. */
final class DemoSeeding {

    private DemoSeeding() {
    }

    static Optional<DemoSeeder> seeder() {
        return Optional.empty();
    }
}
