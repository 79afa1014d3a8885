package nl.werkmap.hub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.ECKey;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import nl.werkmap.domain.Candidate;
import nl.werkmap.hub.store.HubDatabase;
import nl.werkmap.hub.store.HubRole;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;
import nl.werkmap.sync.merge.DownApplier;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.BundleEnvelope;
import nl.werkmap.sync.protocol.BundleRefusedException;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;
import nl.werkmap.sync.protocol.RefusalCode;
import nl.werkmap.sync.protocol.SyncKeys;
import nl.werkmap.testing.StepClock;

/**
 * No sequence of bundles, with stamps anywhere in the format's range (the largest included) and a wall clock that
 * moves on and sometimes back a little, leaves the hub or a laptop unable to stamp its next write, or makes that
 * write lose to a stamp it accepted. One hub and one laptop live through all tries, so the sequences add up.
 */
class ClockPoisonProperties {

    record Step(long offsetMillis, int logical, long wallMove) {
    }

    /** A wall clock the test moves: forward freely, back by less than a minute (an NTP correction). */
    private static final StepClock WALL = new StepClock(Instant.parse("2026-12-04T10:00:00Z"));
    private static Path dir;
    private static Hub hub;
    private static String deviceId;
    private static ECKey signing;
    private static CaseloadStore laptop;
    private static DownApplier applier;
    private static final List<String> ROWS = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());

    @BeforeContainer
    static void start() throws Exception {
        dir = Files.createTempDirectory("clock-poison");
        hub = Hub.open(HubDatabase.open("jdbc:sqlite:" + dir.resolve("hub.db"), null, null), "gemeente-a", WALL,
                HubFixture.passphrase());
        signing = SyncKeys.newSigningKey();
        String code = hub.issueEnrollmentCode("Anouk", HubRole.JOBCOACH, "noord", Duration.ofDays(1));
        deviceId = hub.registry().enroll(code, "laptop", signing.toPublicJWK(),
                SyncKeys.newEncryptionKey().toPublicJWK()).deviceId();
        laptop = CaseloadStore.open(dir.resolve("laptop.db"), TestVault.sealer(), WALL);
        applier = new DownApplier(laptop, TestVault.sealer(), WALL);
    }

    @AfterContainer
    static void stop() throws Exception {
        laptop.close();
        hub.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        long day = Duration.ofDays(1).toMillis();
        Arbitrary<Long> offset = Arbitraries.oneOf(
                Arbitraries.of(Long.MAX_VALUE, 0L, -day, Duration.ofMinutes(5).toMillis(),
                        Duration.ofMinutes(5).toMillis() + 1, Duration.ofMinutes(10).toMillis(), 400 * day),
                Arbitraries.longs().between(-day, day));
        Arbitrary<Integer> logical = Arbitraries.oneOf(Arbitraries.of(0, 99_999), Arbitraries.integers()
                .between(0, 99_999));
        Arbitrary<Long> move = Arbitraries.oneOf(Arbitraries.longs().between(-59_000, 0),
                Arbitraries.longs().between(0, Duration.ofMinutes(10).toMillis()));
        return Combinators.combine(offset, logical, move).as(Step::new).list().ofMinSize(1).ofMaxSize(6);
    }

    /** The stamp a step names: {@code offset} from the wall clock, or the largest value when it is MAX_VALUE. */
    private static Hlc stamp(Step step) {
        long physical = step.offsetMillis() == Long.MAX_VALUE ? 999_999_999_999_999L
                : Math.max(0, WALL.millis() + step.offsetMillis());
        return new Hlc(physical, step.logical());
    }

    @Property(tries = 40)
    void theHubCanAlwaysStampItsNextWriteAndItWins(@ForAll("steps") List<Step> steps) {
        for (Step step : steps) {
            Change change = new Change("candidate", ROWS.get(step.logical() % 2), Map.of("status", "S" + step.logical()),
                    stamp(step).stamp(deviceId), false);
            Bundle bundle = Bundle.up(UUID.randomUUID().toString(), deviceId, "gemeente-a", 1, 1,
                    WALL.instant().toString(), List.of(change));
            try {
                hub.inbox().receive(BundleEnvelope.seal(bundle, signing, hub.keys().currentEncryptionPublicKey()),
                        "test");
            } catch (BundleRefusedException e) {
                assertEquals(RefusalCode.CLOCK_AHEAD, e.code(), e.getMessage());
            }
            WALL.advance(Duration.ofMillis(step.wallMove()));
            String row = ROWS.get(step.logical() % 2);
            hub.assign(row, "coach-" + step.logical());
            String assigned = hub.database().read(dsl -> dsl.fetchValue("select hlc from master_field where entity_id"
                    + " = ? and field = 'coach_id'", row)).toString();
            String highest = hub.database().read(dsl -> dsl.fetchValue("select max(hlc) from master_field")).toString();
            assertEquals(highest, assigned, "the hub's own write is its newest");
        }
    }

    @Property(tries = 40)
    void aLaptopCanAlwaysStampItsNextWriteAfterWhatItApplied(@ForAll("steps") List<Step> steps) {
        for (Step step : steps) {
            Change change = new Change("candidate", ROWS.get(step.logical() % 2), Map.of("full_name", "Sanne",
                    "status", "S" + step.logical(), "register_status", "INGESCHREVEN", "registered_on", "2026-11-01"),
                    stamp(step).stamp("other"), false, "other");
            Bundle bundle = Bundle.down(UUID.randomUUID().toString(), "hub", "gemeente-a", "dev", 0, 1,
                    WALL.instant().toString(), List.of(change), null);
            try {
                applier.apply(bundle, 0);
            } catch (BundleRefusedException e) {
                assertEquals(RefusalCode.CLOCK_AHEAD, e.code(), e.getMessage());
            }
            WALL.advance(Duration.ofMillis(step.wallMove()));
            Candidate own = Candidate.register(UUID.randomUUID(), "Eigen", LocalDate.of(2026, 11, 1));
            laptop.candidates().save(own);
            String mine = laptop.read(dsl -> dsl.fetchValue("select max(hlc) from change_log where entity_id = ?",
                    own.id().toString())).toString();
            String highest = laptop.read(dsl -> dsl.fetchValue("select max(hlc) from change_log")).toString();
            assertTrue(mine.compareTo(highest.substring(0, 21)) > 0, mine + " after " + highest);
        }
    }
}
