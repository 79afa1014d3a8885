package nl.werkmap.sync;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import nl.werkmap.domain.Candidate;
import nl.werkmap.hub.HubFixture;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;
import nl.werkmap.sync.client.HubClient;
import nl.werkmap.sync.device.Enroller;
import nl.werkmap.sync.device.SyncIdentity;
import nl.werkmap.sync.outbox.Backoff;

/** A coach's laptop for sync tests: a real caseload file, a real vault sealer, enrolled at the fixture's hub. */
final class Laptop implements AutoCloseable {

    CaseloadStore store;
    final FieldSealer sealer;
    final Path file;
    final SyncIdentity identity;
    final String hubUrl;
    SyncEngine engine;

    Laptop(Path dir, HubFixture hub, String coach, HubRole role, String team) throws Exception {
        this(dir, hub, coach, role, team, Clock.systemUTC());
    }

    Laptop(Path dir, HubFixture hub, String coach, HubRole role, String team, Clock clock) throws Exception {
        this(dir, hub, coach, role, team, clock, TestVault.sealer());
    }

    /** With the sealer of a vault of its own, for a caseload that must later open with that vault's keyring. */
    Laptop(Path dir, HubFixture hub, String coach, HubRole role, String team, Clock clock, FieldSealer sealer)
            throws Exception {
        this.sealer = sealer;
        file = dir.resolve(coach + "-" + UUID.randomUUID() + ".db");
        store = CaseloadStore.open(file, sealer, clock);
        hubUrl = hub.url();
        String code = hub.hub.issueEnrollmentCode(coach, role, team, Duration.ofHours(1));
        identity = Enroller.enroll(store, sealer, new HubClient(hubUrl), hubUrl, code, coach + " laptop");
        engine = newEngine(clock);
    }

    /** A fresh engine on the same file, as after a restart of the app. */
    SyncEngine newEngine(Clock clock) {
        engine = new SyncEngine(store, sealer, clock, new Backoff(Duration.ofMillis(1), Duration.ofMillis(5),
                java.util.random.RandomGenerator.getDefault()), url -> new HubClient(url, null, Duration.ofSeconds(5)));
        return engine;
    }

    /** The app closed and started again: the same caseload file opened anew, with a fresh engine. */
    void restart() {
        store.close();
        store = CaseloadStore.open(file, sealer, Clock.systemUTC());
        newEngine(Clock.systemUTC());
    }

    /** No network: every round fails to reach the hub (a closed port on this machine) until the next newEngine. */
    void offline() {
        engine = new SyncEngine(store, sealer, Clock.systemUTC(), new Backoff(Duration.ofMillis(1),
                Duration.ofMillis(5), java.util.random.RandomGenerator.getDefault()),
                url -> new HubClient("http://127.0.0.1:9", null, Duration.ofSeconds(2)));
    }

    UUID coachId() {
        return UUID.fromString(identity.coachId());
    }

    SyncReport sync() {
        return engine.syncOnce(true);
    }

    Candidate newCandidate(String name) {
        Candidate candidate = Candidate.register(UUID.randomUUID(), name, java.time.LocalDate.of(2026, 11, 1))
                .withCoach(coachId());
        store.candidates().save(candidate);
        return candidate;
    }

    java.util.Optional<Candidate> candidate(UUID id) {
        return store.candidates().find(id);
    }

    /**
     * Every row of {@code table} by id, each column as "name=value", sealed values opened (their bytes differ by
     * nonce between laptops) and other bytes as their numbers: for comparing two laptops' caseloads.
     */
    java.util.List<java.util.List<Object>> rowsOpened(String table) {
        return store.read(dsl -> {
            java.util.List<java.util.List<Object>> rows = new java.util.ArrayList<>();
            for (org.jooq.Record r : dsl.fetch("SELECT * FROM \"" + table + "\" ORDER BY id")) {
                java.util.List<Object> row = new java.util.ArrayList<>();
                String id = r.get("id", String.class);
                for (org.jooq.Field<?> f : r.fields()) {
                    Object v = r.get(f);
                    row.add(f.getName() + "=" + (v instanceof byte[] b ? opened(table, f.getName(), id, b) : v));
                }
                rows.add(row);
            }
            return rows;
        });
    }

    private String opened(String table, String column, String id, byte[] value) {
        try {
            return sealer.open(table, column, id, value);
        } catch (nl.werkmap.security.TamperedFieldException plain) {
            return java.util.Arrays.toString(value);
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
