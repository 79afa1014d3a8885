package nl.werkmap.sync.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.PersonalDetails;
import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.TestVault;
import nl.werkmap.sync.protocol.Bundle;
import nl.werkmap.sync.protocol.Change;
import nl.werkmap.sync.protocol.Hlc;

/**
 * The own-edits watch ({@link OwnEditsWatch}) skips the search for concurrent own edits only when it would find
 * nothing: the same laptop file, the same down-bundles and the same own edits in between, applied with the watch and
 * with a search per bundle, give the same conflict counts, conflicts, rows and change log. Covered: a round with no
 * own edits (the watch skips), an own edit saved between two bundles of one round (the watch must see it), own edits
 * the remote change wins over and loses to, and a next round in which the earlier edits no longer count.
 */
class OwnEditsWatchEquivalenceTest {

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    private static final String HUB_WRITER = "7f1c2a3e-0000-4000-8000-00000000beef";

    @TempDir
    Path dir;

    @Test
    void watchingForOwnEditsGivesTheSameConflictsRowsAndLogAsSearchingEachBundle() throws Exception {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        FieldSealer sealer = TestVault.sealer();
        Path original = dir.resolve("laptop.db");
        List<UUID> own = new ArrayList<>();
        try (CaseloadStore store = CaseloadStore.open(original, sealer, clock)) {
            for (int i = 0; i < 4; i++) {
                Candidate c = Candidate.register(UUID.randomUUID(), "Eigen " + i, LocalDate.of(2026, 11, 1));
                store.candidates().save(c);
                own.add(c.id());
            }
        }
        Path watchedFile = dir.resolve("watched.db");
        Path searchedFile = dir.resolve("searched.db");
        Files.copy(original, watchedFile);
        Files.copy(original, searchedFile);
        List<UUID> fresh = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        try (CaseloadStore watched = CaseloadStore.open(watchedFile, sealer, clock);
             CaseloadStore searched = CaseloadStore.open(searchedFile, sealer, clock)) {
            List<Integer> found = new ArrayList<>();
            for (boolean watch : new boolean[] {true, false}) {
                CaseloadStore store = watch ? watched : searched;
                DownApplier applier = new DownApplier(store, sealer, clock, watch);
                long seen = maxSeq(store);
                List<Integer> counts = new ArrayList<>();
                // Round 1: nothing of our own since the last sync; the watch skips the search.
                counts.add(applier.apply(bundle(newCandidates(fresh)), seen));
                // The coach saves two of her own candidates between two bundles of the same round.
                rename(store, own.get(0), "Eigen nieuw 0");
                rename(store, own.get(1), "Eigen nieuw 1");
                counts.add(applier.apply(bundle(
                        name(own.get(0), "Hub oud", -60_000), // older than her edit: kept as the loser
                        name(own.get(1), "Hub nieuw", 1_000), // newer: hers is kept as the loser
                        name(own.get(2), "Hub zonder eigen", -30_000), // she did not touch this one
                        name(fresh.get(0), "Nieuw later", -20_000)), seen));
                counts.add(applier.apply(bundle(name(own.get(3), "Hub drie", -10_000)), seen));
                // Round 2: the earlier edits were seen; only what is saved from now on counts.
                long seenAgain = maxSeq(store);
                counts.add(applier.apply(bundle(name(own.get(0), "Hub later", -5_000)), seenAgain));
                rename(store, own.get(3), "Eigen nieuw 3");
                counts.add(applier.apply(bundle(name(own.get(3), "Hub laatst", -4_000),
                        name(fresh.get(1), "Nieuw laatst", -3_000)), seenAgain));
                found.addAll(counts);
            }
            List<Integer> watchedCounts = found.subList(0, found.size() / 2);
            List<Integer> searchedCounts = found.subList(found.size() / 2, found.size());
            assertEquals(searchedCounts, watchedCounts);
            assertEquals(List.of(0, 2, 0, 0, 1), watchedCounts, "the scenario has conflicts to find");
            assertEquals(conflicts(searched, sealer), conflicts(watched, sealer));
            assertEquals(candidates(searched, sealer), candidates(watched, sealer));
            assertEquals(log(searched, sealer), log(watched, sealer));
            assertTrue(conflicts(watched, sealer).size() >= 3);
        }
    }

    private static void rename(CaseloadStore store, UUID id, String name) {
        Candidate c = store.candidates().find(id).orElseThrow();
        store.candidates().save(c.withPersonal(PersonalDetails.named(name)));
    }

    private static long maxSeq(CaseloadStore store) {
        Long max = store.read(dsl -> dsl.fetchOne("SELECT coalesce(max(seq), 0) FROM change_log").get(0, Long.class));
        return max;
    }

    private static Change[] newCandidates(List<UUID> ids) {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            changes.add(new Change("candidate", ids.get(i).toString(), Map.of("full_name", "Hub " + i, "status",
                    "ACTIEF", "register_status", "INGESCHREVEN", "registered_on", "2026-11-01"),
                    stamp(-120_000 + i), false, HUB_WRITER));
        }
        return changes.toArray(Change[]::new);
    }

    private static Change name(UUID id, String name, long offsetMillis) {
        return new Change("candidate", id.toString(), Map.of("full_name", name), stamp(offsetMillis), false,
                HUB_WRITER);
    }

    private static String stamp(long offsetMillis) {
        return new Hlc(NOW.toEpochMilli() + offsetMillis, 0).stamp(HUB_WRITER);
    }

    private static Bundle bundle(Change... changes) {
        return new Bundle(Bundle.FORMAT, Bundle.VERSION, Bundle.DOWN, UUID.randomUUID().toString(), "hub",
                "gemeente-a", "laptop", 1, 1, NOW.toString(), List.of(changes), null, null, null, null);
    }

    private static List<String> conflicts(CaseloadStore store, FieldSealer sealer) {
        return store.read(dsl -> dsl.fetch("SELECT entity, entity_id, field, losing_value, sealed, losing_hlc,"
                + " losing_device, winning_hlc, detected_at FROM sync_conflict ORDER BY entity_id, field, losing_hlc")
                .map(r -> String.join("|", r.get(0, String.class), r.get(1, String.class), r.get(2, String.class),
                        value(sealer, r, 3, r.get(4, Boolean.class)), r.get(5, String.class),
                        r.get(6, String.class), r.get(7, String.class), r.get(8, String.class))));
    }

    private static List<String> candidates(CaseloadStore store, FieldSealer sealer) {
        return store.read(dsl -> dsl.fetch("SELECT id, full_name, status, updated_at, updated_by FROM candidate"
                + " ORDER BY id").map(r -> String.join("|", r.get(0, String.class),
                sealer.open("candidate", "full_name", r.get(0, String.class), r.get(1, byte[].class)),
                r.get(2, String.class), r.get(3, String.class), r.get(4, String.class))));
    }

    private static List<String> log(CaseloadStore store, FieldSealer sealer) {
        return store.read(dsl -> dsl.fetch("SELECT entity, entity_id, field, value, sealed, hlc, device_id,"
                + " bundle_id FROM change_log ORDER BY seq").map(r -> String.join("|", r.get(0, String.class),
                r.get(1, String.class), r.get(2, String.class), value(sealer, r, 3, r.get(4, Boolean.class)),
                r.get(5, String.class), r.get(6, String.class), String.valueOf(r.get(7, String.class)))));
    }

    /** A stored value as text: sealed ones opened (their bytes differ by nonce). */
    private static String value(FieldSealer sealer, Record r, int index, Boolean sealed) {
        byte[] bytes = r.get(index, byte[].class);
        if (bytes == null) {
            return "null";
        }
        if (Boolean.TRUE.equals(sealed)) {
            return sealer.open(r.get(0, String.class), r.get(2, String.class), r.get(1, String.class), bytes);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
