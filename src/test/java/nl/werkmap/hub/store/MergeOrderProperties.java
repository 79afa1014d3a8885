package nl.werkmap.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;
import nl.werkmap.sync.protocol.HlcClock;

/** Any order and any duplication of the same bundles gives the same master caseload. */
class MergeOrderProperties {

    record Delivery(String device, List<Change> changes) {
    }

    @Provide
    Arbitrary<List<Delivery>> deliveries() {
        Arbitrary<String> device = Arbitraries.of("dev-a", "dev-b", "dev-c");
        Arbitrary<Change> change = Combinators.combine(
                Arbitraries.of("r1", "r2", "r3"),
                Arbitraries.of("status", "city", "hours"),
                Arbitraries.of("A", "B", "C", null),
                Arbitraries.longs().between(1, 6),
                Arbitraries.integers().between(0, 9)
        ).as((row, field, value, ms, tomb) -> {
            java.util.Map<String, String> fields = new java.util.HashMap<>();
            fields.put(field, value);
            return new Change("candidate", row, tomb == 0 ? Map.of() : fields, new Hlc(ms, 0).toString(), tomb == 0);
        });
        return Combinators.combine(device, change.list().ofMinSize(1).ofMaxSize(4)).as(Delivery::new)
                .list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 25)
    void orderAndDuplicatesDoNotChangeTheResult(@ForAll("deliveries") List<Delivery> bundles,
                                                @ForAll java.util.Random random) throws Exception {
        List<Delivery> shuffled = new ArrayList<>(bundles);
        shuffled.addAll(bundles.subList(0, random.nextInt(bundles.size()) + 1));
        java.util.Collections.shuffle(shuffled, random);
        assertEquals(merged(bundles), merged(shuffled));
    }

    private static List<String> merged(List<Delivery> bundles) throws Exception {
        Path dir = Files.createTempDirectory("merge-prop");
        try {
            try (HubDatabase db = HubDatabase.open("jdbc:sqlite:" + dir.resolve("hub.db"), null, null)) {
                MasterCaseload caseload = new MasterCaseload(new HlcClock(Clock.systemUTC()),
                MasterSealing.with(nl.werkmap.security.TestVaults.inMemory()));
                for (Delivery d : bundles) {
                    db.write(dsl -> caseload.apply(dsl, d.device(), d.changes()));
                }
                PlainView.unseal(db, caseload.sealing());
                return db.read(MergeOrderProperties::state);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<String> state(DSLContext dsl) {
        List<String> rows = new ArrayList<>();
        dsl.fetch("select entity_id, field, value, hlc, device_id from master_field order by entity_id, field")
                .forEach(r -> rows.add(r.intoList().toString()));
        dsl.fetch("select entity_id, tombstone_hlc, tombstone_device from master_row order by entity_id")
                .forEach(r -> rows.add(r.intoList().toString()));
        return rows;
    }

}
