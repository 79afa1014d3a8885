package nl.werkmap.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import nl.werkmap.hub.Hub;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.RawScan;
import nl.werkmap.hub.TestDevice;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;

/**
 * Issue 12.1 on PostgreSQL: after devices synced names, phone numbers and a note phrase through the hub, and after a
 * plain (pre-V8) hub was upgraded in place, none of the values is found in: every row of every hub table as text,
 * the raw pages of the tables that hold caseload data and their TOAST tables (dead row versions included; read with
 * {@code pg_read_binary_file}, which needs a superuser or pg_read_server_files, else that part is skipped), and a
 * {@code pg_dump} of the database when pg_dump is on the PATH. Runs only with WERKMAP_TEST_PG_URL (see
 * scripts/test-postgres.sh); the database may hold other tests' hubs, so the values are made unique per run.
 */
@Tag("postgres")
@EnabledIfEnvironmentVariable(named = "WERKMAP_TEST_PG_URL", matches = "jdbc:postgresql:.+")
class PostgresAtRestTest {

    private static final List<String> TABLES = List.of("master_field", "master_row", "hub_conflict", "received_part",
            "received_bundle", "refused_bundle", "hub_subject_key", "hub_setting", "hub_key", "device", "hub_coach");

    @Test
    void syncedValuesAreNowhereInTheTablesPagesOrDump() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> secrets = List.of("Fenna Wijnbergen " + run, "06-4821" + run, "Zwanenhalsstraat " + run,
                "vertelde over haar angst voor de nachttrein " + run, "06-5550" + run, "06-7770" + run);
        HubDatabase db = open(System.getenv("WERKMAP_TEST_PG_URL"));
        try (HubFixture fixture = new HubFixture(db, "gemeente-pg")) {
            String team = "team-" + run;
            TestDevice anouk = new TestDevice(fixture, "Anouk " + team, nl.werkmap.hub.store.HubRole.JOBCOACH, team);
            TestDevice bram = new TestDevice(fixture, "Bram " + team, nl.werkmap.hub.store.HubRole.TEAMLEIDER, team);
            String fenna = UUID.randomUUID().toString();
            String session = UUID.randomUUID().toString();
            long now = System.currentTimeMillis();
            anouk.client.send(anouk.seal(new Change("candidate", fenna, Map.of("coach_id", anouk.enrolment.coachId(),
                            "full_name", secrets.get(0), "phone", secrets.get(1), "street_address", secrets.get(2)),
                            new Hlc(now, 0).toString(), false),
                    new Change("coaching_session", session, Map.of("candidate_id", fenna, "went_well",
                            secrets.get(3)), new Hlc(now, 1).toString(), false)));
            bram.pull();
            assertEquals(secrets.get(1), bram.received.get("candidate/" + fenna).get("phone"));
            String seen = new Hlc(now, 0).toString();
            // Concurrent edits of the phone number: one is kept as a lost value.
            anouk.client.send(anouk.seal(new Change("candidate", fenna, Map.of("phone", secrets.get(4)),
                    new Hlc(now + 5, 0).toString(), false, null, Map.of("phone", seen))));
            bram.client.send(bram.seal(new Change("candidate", fenna, Map.of("phone", secrets.get(5)),
                    new Hlc(now + 6, 0).toString(), false, null, Map.of("phone", seen))));
            assertTrue(db.read(dsl -> dsl.fetchCount(dsl.selectFrom("hub_conflict").where("entity_id = ?", fenna)))
                    > 0);
            assertNothingFound(db, secrets);
        }
    }

    @Test
    void aPlainHubIsSealedInPlaceAndVacuumedFull() throws Exception {
        String schema = "upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String base = System.getenv("WERKMAP_TEST_PG_URL");
        try (HubDatabase admin = open(base)) {
            admin.exclusive(dsl -> dsl.execute("CREATE SCHEMA " + schema));
        }
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        org.flywaydb.core.Flyway.configure(getClass().getClassLoader())
                .dataSource(url, System.getenv("WERKMAP_TEST_PG_USER"), System.getenv("WERKMAP_TEST_PG_PASSWORD"))
                .locations("classpath:db/hub").target("7").load().migrate();
        try (HubDatabase old = open(url)) {
            old.write(dsl -> {
                plainAsBefore(dsl);
                return null;
            });
            RawScan scan = new RawScan(PlainHubUpgradeTest.PERSONAL);
            assertFalse(scan.findIn(tableText(old).getBytes(StandardCharsets.UTF_8), "tables").isEmpty(),
                    "the old hub kept them plain");
            byte[] pages = rawPages(old);
            if (pages != null) {
                assertFalse(scan.findIn(pages, "table files").isEmpty(), "the page scan finds them where they are");
            }
        }
        HubDatabase db = open(url);
        try (Hub hub = Hub.open(db, null, Clock.systemUTC(), HubFixture.passphrase())) {
            assertNothingFound(db, PlainHubUpgradeTest.PERSONAL);
        } finally {
            try (HubDatabase admin = open(base)) {
                admin.exclusive(dsl -> dsl.execute("DROP SCHEMA " + schema + " CASCADE"));
            }
        }
    }

    private static void plainAsBefore(DSLContext dsl) {
        PlainHubUpgradeTest.writeAsBeforeSealing(dsl);
    }

    private static void assertNothingFound(HubDatabase db, List<String> secrets) throws Exception {
        RawScan scan = new RawScan(secrets);
        assertEquals(List.of(), scan.findIn(tableText(db).getBytes(StandardCharsets.UTF_8), "tables"));
        byte[] pages = rawPages(db);
        if (pages != null) {
            assertTrue(pages.length > 0);
            assertEquals(List.of(), scan.findIn(pages, "table files"));
        }
        byte[] dump = pgDump(db.url());
        if (dump != null) {
            assertEquals(List.of(), scan.findIn(dump, "pg_dump"));
        }
    }

    /** Every row of every hub table, as PostgreSQL's text form of the row. */
    private static String tableText(HubDatabase db) {
        return db.read(dsl -> {
            StringBuilder text = new StringBuilder();
            for (String table : TABLES) {
                if (dsl.fetchValue("select to_regclass(?)", table) != null) {
                    dsl.fetch("select t::text from " + table + " t").forEach(r -> text.append(r.get(0)).append('\n'));
                }
            }
            return text.toString();
        });
    }

    /** The raw files of the caseload tables and their TOAST tables; null when this role may not read them. */
    private static byte[] rawPages(HubDatabase db) {
        try {
            db.exclusive(dsl -> dsl.fetch("CHECKPOINT"));
        } catch (RuntimeException e) {
            return null; // CHECKPOINT needs a superuser as well: the pages may still be in shared buffers only
        }
        return db.read(dsl -> {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (String table : List.of("master_field", "hub_conflict", "received_part", "received_bundle")) {
                if (dsl.fetchValue("select to_regclass(?)", table) == null) {
                    continue;
                }
                List<String> files = new ArrayList<>();
                files.add(dsl.fetchValue("select pg_relation_filepath(?::regclass)", table).toString());
                Object toast = dsl.fetchValue("select pg_relation_filepath(reltoastrelid) from pg_class where oid ="
                        + " ?::regclass and reltoastrelid <> 0", table);
                if (toast != null) {
                    files.add(toast.toString());
                }
                for (String file : files) {
                    try {
                        byte[] bytes = (byte[]) dsl.fetchValue("select pg_read_binary_file(?)", file);
                        all.writeBytes(bytes);
                    } catch (RuntimeException e) {
                        return null;
                    }
                }
            }
            return all.toByteArray();
        });
    }

    /** A pg_dump of the database, or null when pg_dump is not on the PATH. */
    private static byte[] pgDump(String jdbcUrl) throws Exception {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        List<String> command = new ArrayList<>(List.of("pg_dump", "-h", uri.getHost(), "-p",
                String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()), "-d", database, "--no-owner"));
        if (System.getenv("WERKMAP_TEST_PG_USER") != null) {
            command.addAll(List.of("-U", System.getenv("WERKMAP_TEST_PG_USER")));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        if (System.getenv("WERKMAP_TEST_PG_PASSWORD") != null) {
            builder.environment().put("PGPASSWORD", System.getenv("WERKMAP_TEST_PG_PASSWORD"));
        }
        Process process;
        try {
            process = builder.start();
        } catch (java.io.IOException e) {
            return null;
        }
        byte[] dump = process.getInputStream().readAllBytes();
        assertEquals(0, process.waitFor(), "pg_dump ran");
        assertTrue(new String(dump, StandardCharsets.UTF_8).contains("master_field"));
        return dump;
    }

    private static HubDatabase open(String url) {
        return HubDatabase.open(url, System.getenv("WERKMAP_TEST_PG_USER"), System.getenv("WERKMAP_TEST_PG_PASSWORD"));
    }
}
