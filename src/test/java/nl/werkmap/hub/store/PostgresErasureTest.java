package nl.werkmap.hub.store;

import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import nl.werkmap.hub.HubFixture;

/**
 * Issue 16 at a PostgreSQL hub (see {@link HubErasureChecks}): the candidate_id tables are found through
 * information_schema there. Runs only with WERKMAP_TEST_PG_URL (scripts/test-postgres.sh).
 */
@Tag("postgres")
@EnabledIfEnvironmentVariable(named = "WERKMAP_TEST_PG_URL", matches = "jdbc:postgresql:.+")
class PostgresErasureTest {

    @Test
    void erasureReachesEveryRowTheKeyAndEveryDeviceOnPostgres() throws Exception {
        HubDatabase db = HubDatabase.open(System.getenv("WERKMAP_TEST_PG_URL"), System.getenv("WERKMAP_TEST_PG_USER"),
                System.getenv("WERKMAP_TEST_PG_PASSWORD"));
        try (HubFixture fixture = new HubFixture(db, "gemeente-pg")) {
            HubErasureChecks.run(fixture, UUID.randomUUID().toString().substring(0, 8));
        }
    }
}
