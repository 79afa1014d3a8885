package nl.werkmap.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

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

/**
 * Concurrent edits are kept as conflicts whatever order the hub receives the bundles in. Three devices edit two
 * fields of two candidates offline and sync now and then (a simulation that gives each edit the base stamp its
 * device had, as the outbox does); the hub then receives the same bundles in any order a network allows (a device's
 * bundles in the order it sent them, a bundle after those its device had fetched before writing it), each more
 * than once. Every order gives the same master caseload and the same open conflicts: exactly the values no later
 * write was based on, except the winner. Resent bundles are recognised by their id before merging, as the inbox does.
 */
class ConflictOrderProperties {

    private static final List<String> DEVICES = List.of("dev-a", "dev-b", "dev-c");

    /** One step of the simulation: a device edits a field, or syncs (sends its edits, then fetches). */
    record Step(int device, boolean sync, String row, String field) {
    }

    /** A bundle as the hub receives it, with the bundles that must have arrived before it. */
    record Sent(String id, String device, List<Change> changes, Set<String> after) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2),
                        Arbitraries.of("r1", "r2"), Arbitraries.of("status", "city"))
                .as((device, kind, row, field) -> new Step(device, kind == 0, row, field))
                .list().ofMinSize(2).ofMaxSize(24);
    }

    @Property(tries = 60)
    void anyArrivalOrderGivesTheSameMasterAndTheSameConflicts(@ForAll("histories") List<Step> history,
                                                               @ForAll Random random) throws Exception {
        List<Sent> bundles = simulate(history);
        List<String> inOrder = merged(bundles);
        List<Sent> shuffled = arrivalOrder(bundles, random);
        assertEquals(inOrder, merged(shuffled));
        Set<String> expected = expectedConflicts(bundles);
        net.jqwik.api.statistics.Statistics.label("concurrent edits").collect(Math.min(expected.size(), 3));
        assertEquals(expected, openConflicts(shuffled));
    }

    /** Runs the devices against a hub that receives bundles in the order they are sent. */
    private static List<Sent> simulate(List<Step> history) {
        List<Map<String, String>> local = new ArrayList<>();
        List<List<Change>> pending = new ArrayList<>();
        List<Set<String>> seen = new ArrayList<>();
        long[] clocks = new long[DEVICES.size()];
        for (int d = 0; d < DEVICES.size(); d++) {
            local.add(new HashMap<>());
            pending.add(new ArrayList<>());
            seen.add(new HashSet<>());
        }
        Map<String, String> hub = new HashMap<>();
        Set<String> arrived = new HashSet<>();
        List<Sent> sent = new ArrayList<>();
        int values = 0;
        for (Step step : history) {
            int d = step.device();
            String device = DEVICES.get(d);
            if (!step.sync()) {
                String key = step.row() + "/" + step.field();
                String stamp = new Hlc(++clocks[d], 0).stamp(device);
                String base = local.get(d).getOrDefault(key, Change.NO_BASE);
                local.get(d).put(key, stamp);
                pending.get(d).add(new Change("candidate", step.row(), Map.of(step.field(), "v" + values++), stamp,
                        false, null, Map.of(step.field(), base)));
                continue;
            }
            if (!pending.get(d).isEmpty()) {
                Set<String> after = new HashSet<>(seen.get(d));
                sent.stream().filter(s -> s.device().equals(device)).forEach(s -> after.add(s.id()));
                Sent bundle = new Sent("b" + sent.size(), device, List.copyOf(pending.get(d)), after);
                sent.add(bundle);
                pending.get(d).clear();
                arrived.add(bundle.id());
                for (Change change : bundle.changes()) {
                    change.fields().keySet().forEach(f -> hub.merge(change.id() + "/" + f, change.hlc(),
                            (a, b) -> a.compareTo(b) >= 0 ? a : b));
                }
            }
            hub.forEach((key, stamp) -> local.get(d).merge(key, stamp, (a, b) -> a.compareTo(b) >= 0 ? a : b));
            for (String stamp : hub.values()) {
                clocks[d] = Math.max(clocks[d], Hlc.parse(stamp).physical());
            }
            seen.get(d).clear();
            seen.get(d).addAll(arrived);
        }
        return sent;
    }

    /** A random order the network could deliver, with every bundle sent again at some later moment. */
    private static List<Sent> arrivalOrder(List<Sent> bundles, Random random) {
        List<Sent> waiting = new ArrayList<>(bundles);
        List<Sent> order = new ArrayList<>();
        Set<String> done = new HashSet<>();
        while (!waiting.isEmpty()) {
            List<Sent> ready = waiting.stream().filter(s -> done.containsAll(s.after())).toList();
            Sent next = ready.get(random.nextInt(ready.size()));
            waiting.remove(next);
            done.add(next.id());
            order.add(next);
        }
        for (Sent bundle : bundles) {
            int first = order.indexOf(bundle);
            order.add(first + 1 + random.nextInt(order.size() - first), bundle);
        }
        return order;
    }

    /** The values nothing was later based on, except the newest: the concurrent edits that lost. */
    private static Set<String> expectedConflicts(List<Sent> bundles) {
        Map<String, List<Change>> byField = new HashMap<>();
        Set<String> based = new HashSet<>();
        for (Sent bundle : bundles) {
            for (Change change : bundle.changes()) {
                String field = change.fields().keySet().iterator().next();
                byField.computeIfAbsent(change.id() + "/" + field, k -> new ArrayList<>()).add(change);
                based.add(change.id() + "/" + field + "/" + change.base(field));
            }
        }
        Set<String> expected = new TreeSet<>();
        byField.forEach((key, writes) -> {
            String newest = writes.stream().map(Change::hlc).max(String::compareTo).orElseThrow();
            for (Change write : writes) {
                if (!write.hlc().equals(newest) && !based.contains(key + "/" + write.hlc())) {
                    expected.add(key + "/" + write.fields().values().iterator().next() + "/" + write.hlc());
                }
            }
        });
        return expected;
    }

    private static List<String> merged(List<Sent> bundles) throws Exception {
        return withHub(bundles, ConflictOrderProperties::state);
    }

    private static Set<String> openConflicts(List<Sent> bundles) throws Exception {
        return withHub(bundles, dsl -> {
            Set<String> open = new TreeSet<>();
            dsl.fetch("select entity_id, field, losing_value, losing_hlc from hub_conflict where settled = 0")
                    .forEach(r -> open.add(r.get(0) + "/" + r.get(1) + "/" + r.get(2) + "/" + r.get(3)));
            return open;
        });
    }

    private static <T> T withHub(List<Sent> bundles, java.util.function.Function<DSLContext, T> query)
            throws Exception {
        Path dir = Files.createTempDirectory("conflict-prop");
        try (HubDatabase db = HubDatabase.open("jdbc:sqlite:" + dir.resolve("hub.db"), null, null)) {
            MasterCaseload caseload = new MasterCaseload(new HlcClock(Clock.systemUTC()));
            Set<String> received = new HashSet<>();
            for (Sent bundle : bundles) {
                if (received.add(bundle.id())) {
                    db.write(dsl -> caseload.apply(dsl, bundle.device(), bundle.changes()));
                }
            }
            return db.read(query::apply);
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
        dsl.fetch("select entity_id, field, losing_hlc, losing_value, settled from hub_conflict where settled = 0"
                + " order by entity_id, field, losing_hlc").forEach(r -> rows.add(r.intoList().toString()));
        return rows;
    }
}
