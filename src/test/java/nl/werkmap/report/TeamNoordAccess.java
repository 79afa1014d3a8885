package nl.werkmap.report;

import java.nio.file.Path;
import java.time.Clock;

import org.jooq.DSLContext;

/** Opens the {@link TeamNoord} fixture for tests in other packages. */
public final class TeamNoordAccess implements AutoCloseable {

    public static final Clock TODAY = TeamNoord.TODAY;

    private final CaseloadFixture fixture;

    private TeamNoordAccess(CaseloadFixture fixture) {
        this.fixture = fixture;
    }

    public static TeamNoordAccess open(Path file) throws Exception {
        return new TeamNoordAccess(TeamNoord.build(file));
    }

    public DSLContext dsl() {
        return fixture.dsl;
    }

    @Override
    public void close() throws Exception {
        fixture.close();
    }
}
