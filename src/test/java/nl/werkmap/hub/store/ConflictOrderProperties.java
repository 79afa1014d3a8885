package nl.werkmap.hub.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
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
import nl.werkmap.sync.protocol.Resolution;

/**
 * Concurrent edits are kept as conflicts whatever order the hub receives the bundles in. Three devices edit two
 * fields of two candidates offline and sync now and then (a simulation that gives each edit the base stamp its
 * device had, as the outbox does); the hub then receives the same bundles in any order a network allows (a device's
 * bundles in the order it sent them, a bundle after those its device had fetched before writing it), each more
 * than once. Every order gives the same master caseload and the same open conflicts: exactly the values no later
 * write was based on, except the winner, and except those a coach kept the other value for ("Deze houden"). Devices
 * send such decisions in their bundles, naming a value by its stamp, also more than once and from several devices;
 * a fourth device of another coach, who does not see the candidates, sends decisions too, which must change nothing.
 * Resent bundles are recognised by their id before merging, as the inbox does.
 */
class ConflictOrderProperties {

    /** Two laptops of the candidates' coach and their team lead; then a device of another coach. */
    private static final List<String> DEVICES = List.of("dev-a", "dev-b", "dev-c", "dev-x");
    private static final String OUTSIDER = "dev-x";
    private static final String COACH = "coach-1";

    /** What a device does in one step. */
    enum Kind { EDIT, SYNC, KEEP }

    /**
     * One step of the simulation: a device edits a field, syncs (sends its edits and decisions, then fetches), or
     * keeps the current value of a field over one of the values it has seen for it ({@code pick} chooses which).
     * The outsider only keeps and syncs.
     */
    record Step(int device, Kind kind, String row, String field, int pick) {
    }

    /** A bundle as the hub receives it, with the bundles that must have arrived before it. */
    record Sent(String id, String device, List<Change> changes, List<Resolution> resolutions, Set<String> after) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        // Weighted so that most histories have edits that cross and coaches who keep one side of them.
        Arbitrary<Integer> device = Arbitraries.frequency(net.jqwik.api.Tuple.of(4, 0), net.jqwik.api.Tuple.of(4, 1),
                net.jqwik.api.Tuple.of(4, 2), net.jqwik.api.Tuple.of(1, 3));
        Arbitrary<Kind> kind = Arbitraries.frequency(net.jqwik.api.Tuple.of(5, Kind.EDIT),
                net.jqwik.api.Tuple.of(3, Kind.SYNC), net.jqwik.api.Tuple.of(2, Kind.KEEP));
        Arbitrary<String> row = Arbitraries.frequency(net.jqwik.api.Tuple.of(3, "r1"), net.jqwik.api.Tuple.of(1, "r2"));
        return Combinators.combine(device, kind, row, Arbitraries.of("status", "city"),
                        Arbitraries.integers().between(0, 1000))
                .as((d, k, r, field, pick) -> new Step(d, d == 3 && k == Kind.EDIT ? Kind.KEEP : k, r, field,
                        pick))
                .list().ofMinSize(8).ofMaxSize(40);
    }

    @Property(tries = 100)
    void anyArrivalOrderGivesTheSameMasterAndTheSameConflicts(@ForAll("histories") List<Step> history,
                                                               @ForAll Random random) throws Exception {
        List<Sent> bundles = simulate(history);
        List<String> inOrder = merged(bundles);
        List<Sent> shuffled = arrivalOrder(bundles, random);
        assertEquals(inOrder, merged(shuffled));
        Set<String> lost = expectedConflicts(bundles);
        Set<String> expected = new TreeSet<>(lost);
        expected.removeIf(kept(bundles)::contains);
        net.jqwik.api.statistics.Statistics.label("concurrent edits").collect(Math.min(lost.size(), 3));
        net.jqwik.api.statistics.Statistics.label("kept by a coach").collect(Math.min(lost.size() - expected.size(),
                3));
        net.jqwik.api.statistics.Statistics.label("decisions sent").collect(Math.min(3, bundles.stream()
                .mapToInt(b -> b.resolutions().size()).sum()));
        assertEquals(expected, openConflicts(shuffled));
    }

    /** One "keep" decision in the second property: who sends it, on which field, naming which write. */
    record Decision(int device, int field, int write) {
    }

    @Provide
    Arbitrary<List<Decision>> decisions() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 2)).as(Decision::new).list().ofMaxSize(10);
    }

    /**
     * Decisions in any order, even before the loss they name, and each more than once: on every field up to three
     * devices wrote without seeing each other (so all but the newest lost), then coaches and the outsider keep
     * values in bundles that reach the hub interleaved with the edits in any order. The open conflicts are always
     * the losses minus those a device that sees the candidate kept; the master is the same as without decisions.
     */
    @Property(tries = 60)
    void decisionsInAnyOrderAndAnyNumberSettleTheSameConflicts(@ForAll("decisions") List<Decision> decisions,
                                                               @ForAll Random random) throws Exception {
        List<String> fields = List.of("r1/status", "r1/city", "r2/status", "r2/city");
        List<Sent> bundles = new ArrayList<>();
        int writers = 1 + random.nextInt(3);
        for (int w = 0; w < writers; w++) {
            List<Change> changes = new ArrayList<>();
            for (int f = 0; f < fields.size(); f++) {
                String[] rowField = fields.get(f).split("/");
                changes.add(new Change("candidate", rowField[0], Map.of(rowField[1], "w" + w + "f" + f),
                        writeStamp(w), false, null, Map.of(rowField[1], Change.NO_BASE)));
            }
            bundles.add(new Sent("edits-" + w, DEVICES.get(w), changes, List.of(), Set.of()));
        }
        Set<String> expected = new TreeSet<>();
        for (int f = 0; f < fields.size(); f++) {
            for (int w = 0; w < writers - 1; w++) {
                expected.add(fields.get(f) + "/w" + w + "f" + f + "/" + writeStamp(w));
            }
        }
        List<Sent> decided = new ArrayList<>();
        for (Decision decision : decisions) {
            String[] rowField = fields.get(decision.field()).split("/");
            String named = writeStamp(decision.write());
            decided.add(new Sent("decision-" + decided.size(), DEVICES.get(decision.device()), List.of(),
                    List.of(Resolution.keep("candidate", rowField[0], rowField[1], named)), Set.of()));
            if (decision.device() != DEVICES.indexOf(OUTSIDER)) {
                expected.remove(fields.get(decision.field()) + "/w" + decision.write() + "f" + decision.field()
                        + "/" + named);
            }
        }
        List<Sent> all = new ArrayList<>(bundles);
        all.addAll(decided);
        List<Sent> order = new ArrayList<>(all);
        order.addAll(all);
        Collections.shuffle(order, random);
        net.jqwik.api.statistics.Statistics.label("open after decisions").collect(expected.size());
        assertEquals(expected, openConflicts(order));
        assertEquals(merged(bundles).stream().filter(row -> !row.endsWith(", 0]")).toList(),
                merged(order).stream().filter(row -> !row.endsWith(", 0]")).toList(), "the master is untouched");
    }

    /** The stamp of writer {@code w}'s edits: later writers write later, none having seen the others. */
    private static String writeStamp(int w) {
        return new Hlc(10 + w, 0).stamp(DEVICES.get(w));
    }

    /** Runs the devices against a hub that receives bundles in the order they are sent. */
    private static List<Sent> simulate(List<Step> history) {
        List<Map<String, String>> local = new ArrayList<>();
        List<List<Change>> pending = new ArrayList<>();
        List<List<Resolution>> decisions = new ArrayList<>();
        List<Map<String, TreeSet<String>>> known = new ArrayList<>();
        List<Set<String>> seen = new ArrayList<>();
        long[] clocks = new long[DEVICES.size()];
        for (int d = 0; d < DEVICES.size(); d++) {
            local.add(new HashMap<>());
            pending.add(new ArrayList<>());
            decisions.add(new ArrayList<>());
            known.add(new HashMap<>());
            seen.add(new HashSet<>());
        }
        Map<String, String> hub = new HashMap<>();
        Map<String, TreeSet<String>> hubAll = new HashMap<>();
        Set<String> basedOn = new HashSet<>();
        Set<String> arrived = new HashSet<>();
        List<Sent> sent = new ArrayList<>();
        int values = 0;
        for (Step step : history) {
            int d = step.device();
            String device = DEVICES.get(d);
            String key = step.row() + "/" + step.field();
            if (step.kind() == Kind.EDIT) {
                String stamp = new Hlc(++clocks[d], 0).stamp(device);
                String base = local.get(d).getOrDefault(key, Change.NO_BASE);
                local.get(d).put(key, stamp);
                known.get(d).computeIfAbsent(key, k -> new TreeSet<>()).add(stamp);
                pending.get(d).add(new Change("candidate", step.row(), Map.of(step.field(), "v" + values++), stamp,
                        false, null, Map.of(step.field(), base)));
                continue;
            }
            if (step.kind() == Kind.KEEP) {
                // The coach sets aside a value this device has seen for a field (its own, or one it fetched) and
                // that the field no longer holds here; the outsider names any value sent so far, as a device that
                // is not allowed to see it could.
                Map<String, TreeSet<String>> seenValues = d == DEVICES.indexOf(OUTSIDER) ? hubAll : known.get(d);
                List<String[]> choices = new ArrayList<>();
                new java.util.TreeMap<>(seenValues).forEach((field, stamps) -> stamps.stream()
                        .filter(stamp -> !stamp.equals(local.get(d).get(field)))
                        .forEach(stamp -> choices.add(new String[] {field, stamp})));
                // Mostly a value no write was based on yet, as the conflicts the coach is shown are.
                List<String[]> open = choices.stream().filter(c -> !basedOn.contains(c[0] + "/" + c[1])).toList();
                List<String[]> from = step.pick() % 4 != 0 && !open.isEmpty() ? open : choices;
                if (!from.isEmpty()) {
                    String[] choice = from.get(step.pick() % from.size());
                    String[] rowAndField = choice[0].split("/");
                    decisions.get(d).add(Resolution.keep("candidate", rowAndField[0], rowAndField[1], choice[1]));
                }
                continue;
            }
            if (!pending.get(d).isEmpty() || !decisions.get(d).isEmpty()) {
                Set<String> after = new HashSet<>(seen.get(d));
                sent.stream().filter(s -> s.device().equals(device)).forEach(s -> after.add(s.id()));
                Sent bundle = new Sent("b" + sent.size(), device, List.copyOf(pending.get(d)),
                        List.copyOf(decisions.get(d)), after);
                sent.add(bundle);
                pending.get(d).clear();
                decisions.get(d).clear();
                arrived.add(bundle.id());
                for (Change change : bundle.changes()) {
                    change.fields().keySet().forEach(f -> {
                        hub.merge(change.id() + "/" + f, change.hlc(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
                        hubAll.computeIfAbsent(change.id() + "/" + f, k -> new TreeSet<>()).add(change.hlc());
                        basedOn.add(change.id() + "/" + f + "/" + change.base(f));
                    });
                }
            }
            hubAll.forEach((k, stamps) -> known.get(d).computeIfAbsent(k, x -> new TreeSet<>()).addAll(stamps));
            hub.forEach((k, stamp) -> local.get(d).merge(k, stamp, (a, b) -> a.compareTo(b) >= 0 ? a : b));
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

    /** The values a device of the candidates' coach or team lead kept the other value for, as field/stamp. */
    private static Set<String> kept(List<Sent> bundles) {
        Set<String> kept = new HashSet<>();
        for (Sent bundle : bundles) {
            if (!bundle.device().equals(OUTSIDER)) {
                bundle.resolutions().forEach(r -> kept.add(r.id() + "/" + r.field() + "/" + r.hlc()));
            }
        }
        Set<String> lost = new HashSet<>();
        for (String conflict : expectedConflicts(bundles)) {
            String[] parts = conflict.split("/");
            if (kept.contains(parts[0] + "/" + parts[1] + "/" + parts[3])) {
                lost.add(conflict);
            }
        }
        return lost;
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
        try (HubDatabase db = HubDatabase.open(MigratedHubFile.copyTo(dir.resolve("hub.db")), null, null)) {
            MasterCaseload caseload = new MasterCaseload(new HlcClock(Clock.systemUTC()),
                MasterSealing.with(nl.werkmap.security.TestVaults.inMemory()));
            // The candidates were assigned to the coach before anything else happened (no base: no detection).
            db.write(dsl -> caseload.apply(dsl, "hub", List.of(
                    new Change("candidate", "r1", Map.of("coach_id", COACH), new Hlc(0, 1).stamp("hub"), false),
                    new Change("candidate", "r2", Map.of("coach_id", COACH), new Hlc(0, 1).stamp("hub"), false))));
            Set<String> received = new HashSet<>();
            for (Sent bundle : bundles) {
                if (received.add(bundle.id())) {
                    List<String> sees = bundle.device().equals(OUTSIDER) ? List.of("coach-2") : List.of(COACH);
                    db.write(dsl -> caseload.apply(dsl, bundle.device(), bundle.changes(), bundle.resolutions(),
                            sees));
                }
            }
            PlainView.unseal(db, caseload.sealing());
            return db.read(query::apply);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<String> state(DSLContext dsl) {
        List<String> rows = new ArrayList<>();
        dsl.fetch("select entity_id, field, value, hlc, device_id from master_field where field <> 'coach_id'"
                + " order by entity_id, field")
                .forEach(r -> rows.add(r.intoList().toString()));
        dsl.fetch("select entity_id, field, losing_hlc, losing_value, settled from hub_conflict where settled = 0"
                + " order by entity_id, field, losing_hlc").forEach(r -> rows.add(r.intoList().toString()));
        return rows;
    }
}
