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
}
