package nl.werkmap.store.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.RegisterStatus;

/** Putting one saved row in gives the same index a full rebuild would: sorted, searchable, nothing doubled. */
class CaseloadIndexReplaceTest {

    private static CaseloadRow row(UUID id, String name) {
        return new CaseloadRow(id, name, CandidateStatus.ACTIEF_TRAJECT, null, null, RegisterStatus.NEE,
                List.of("Groen"), null, 50, List.of(), false, name);
    }

    @Test
    void aReplacedAddedOrRemovedRowGivesWhatARebuildGives() {
        UUID anna = UUID.randomUUID();
        UUID bram = UUID.randomUUID();
        UUID cees = UUID.randomUUID();
        UUID dirk = UUID.randomUUID();
        CaseloadIndex index = CaseloadIndex.build(List.of(row(anna, "Anna Smit"), row(bram, "Bram de Wit"),
                row(cees, "Cees Bos")));
        index.filter("bra", CaseloadFilter.ANY);

        CaseloadIndex renamed = index.replaced(bram, row(bram, "Zoë Brammer"));
        CaseloadIndex rebuilt = CaseloadIndex.build(List.of(row(anna, "Anna Smit"), row(cees, "Cees Bos"),
                row(bram, "Zoë Brammer")));
        assertEquals(rebuilt.all(), renamed.all());
        assertEquals(List.of(row(bram, "Zoë Brammer")), renamed.filter("zoe", CaseloadFilter.ANY));
        assertEquals(List.of(), renamed.filter("wit", CaseloadFilter.ANY));

        CaseloadIndex added = renamed.replaced(dirk, row(dirk, "Dirk Aalders"));
        assertEquals(List.of("Anna Smit", "Cees Bos", "Dirk Aalders", "Zoë Brammer"),
                added.all().stream().map(CaseloadRow::displayName).toList());
        CaseloadIndex removed = added.replaced(cees, null);
        assertEquals(3, removed.size());
        assertEquals(List.of(), removed.filter("cees", CaseloadFilter.ANY));
        assertEquals(3, index.size(), "the index replaced from is left as it was");
    }

    /**
     * A save that keeps the name (most of them: a session, a status, a sector) takes the short way, the row
     * swapped in place; mixed with renames, additions and removals, on names that are unique and names that are
     * not, every step equals a rebuild from the same rows: order, searches and filters.
     */
    @Test
    void savesThatKeepTheNameGiveWhatARebuildGivesToo() {
        java.util.Random random = new java.util.Random(13);
        String[] given = {"Anna", "Bram", "Cees", "Daan", "Eva", "Fatima", "Ömer", "Zoë"};
        String[] surname = {"Smit", "de Wit", "Bos", "Öztürk", "van Dijk", "Jansen"};
        java.util.Map<UUID, CaseloadRow> rows = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 60; i++) {
            UUID id = UUID.randomUUID();
            // Half the names unique (a number in them), half shared with others.
            String name = given[random.nextInt(given.length)] + " " + surname[random.nextInt(surname.length)]
                    + (i % 2 == 0 ? " " + i : "");
            rows.put(id, row(id, name));
        }
        CaseloadIndex index = CaseloadIndex.build(List.copyOf(rows.values()));
        for (int step = 0; step < 400; step++) {
            List<UUID> ids = List.copyOf(rows.keySet());
            UUID id = ids.get(random.nextInt(ids.size()));
            CaseloadRow was = rows.get(id);
            int kind = random.nextInt(10);
            CaseloadRow now;
            if (kind < 6) {
                // The name kept; the status, warnings or sectors changed.
                now = new CaseloadRow(id, was.displayName(), CandidateStatus.values()[random.nextInt(
                        CandidateStatus.values().length)], null, null, RegisterStatus.NEE,
                        random.nextBoolean() ? List.of("Groen") : List.of("Zorg", "Groen"), null,
                        random.nextInt(101), random.nextBoolean() ? List.of() : List.of("contact.warning.X"),
                        false, was.fullName());
            } else if (kind < 8) {
                now = row(id, given[random.nextInt(given.length)] + " " + surname[random.nextInt(surname.length)]);
            } else if (kind < 9) {
                now = null;
            } else {
                id = UUID.randomUUID();
                now = row(id, given[random.nextInt(given.length)] + " Nieuw");
            }
            index = index.replaced(id, now);
            if (now == null) {
                rows.remove(id);
            } else {
                rows.put(id, now);
            }
            CaseloadIndex rebuilt = CaseloadIndex.build(List.copyOf(rows.values()));
            assertEquals(rebuilt.all().stream().map(CaseloadRow::displayName).toList(),
                    index.all().stream().map(CaseloadRow::displayName).toList(), "order at step " + step);
            for (String query : new String[] {"", "an", "ozt", "bos 1", "zoe"}) {
                CaseloadFilter warnings = new CaseloadFilter(java.util.Set.of(), null, java.util.Set.of(), "zorg",
                        true);
                assertEquals(ids(rebuilt.filter(query, CaseloadFilter.ANY)), ids(index.filter(query,
                        CaseloadFilter.ANY)), "'" + query + "' at step " + step);
                assertEquals(ids(rebuilt.filter(query, warnings)), ids(index.filter(query, warnings)),
                        "'" + query + "', sector and warnings, at step " + step);
            }
        }
    }

    /**
     * A save that keeps the name keeps the row's place among namesakes too (at 150,000 candidates many share a
     * name): the order, ids included, is the one a whole-list read of the same rows gives.
     */
    @Test
    void aSaveAmongNamesakesKeepsItsPlace() {
        java.util.Map<UUID, CaseloadRow> rows = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            UUID id = UUID.randomUUID();
            rows.put(id, row(id, i % 3 == 0 ? "Anna Smit" : "Jan de Vries"));
        }
        CaseloadIndex index = CaseloadIndex.build(List.copyOf(rows.values()));
        List<UUID> before = index.all().stream().map(CaseloadRow::id).toList();
        for (UUID id : List.copyOf(rows.keySet())) {
            CaseloadRow was = rows.get(id);
            CaseloadRow saved = new CaseloadRow(id, was.displayName(), CandidateStatus.UITGESTROOMD, null, null,
                    RegisterStatus.NEE, List.of("Zorg"), null, 75, List.of(), false, was.fullName());
            index = index.replaced(id, saved);
            rows.put(id, saved);
            assertEquals(before, index.all().stream().map(CaseloadRow::id).toList(), "order after saving " + id);
            assertEquals(CaseloadIndex.build(List.copyOf(rows.values())).all(), index.all());
        }
        assertEquals(List.copyOf(rows.values()).stream().filter(r -> r.displayName().equals("Anna Smit"))
                .map(CaseloadRow::id).toList(), ids(index, "anna"));
        assertEquals(4, index.filter("smit", new CaseloadFilter(java.util.Set.of(), null, java.util.Set.of(),
                "zorg", false)).size());
    }

    private static List<UUID> ids(CaseloadIndex index, String query) {
        return index.filter(query, CaseloadFilter.ANY).stream().map(CaseloadRow::id).toList();
    }

    /** Ids in order; rows of the same name may stand in either order only when built from the same list. */
    private static List<String> ids(List<CaseloadRow> rows) {
        return rows.stream().map(r -> r.displayName() + "/" + r.id()).sorted().toList();
    }
}
