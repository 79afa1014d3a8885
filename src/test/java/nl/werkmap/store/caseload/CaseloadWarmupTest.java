package nl.werkmap.store.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.werkmap.store.TestVault;

/**
 * The warm-up reads its made-up caseload through the list's own read: every name really sealed and opened (the
 * real decryption runs), names as varied as real ones, coaches met, an index that finds them; nothing of a caseload.
 */
class CaseloadWarmupTest {

    @Test
    void theMadeUpCaseloadIsReadAsARealOneWithItsNamesOpened() {
        CaseloadQuery.Listed listed = CaseloadWarmup.read(TestVault.sealer(), LocalDate.of(2026, 12, 6), 1, () -> true);

        assertEquals(CaseloadWarmup.ROWS, listed.rows().size());
        Set<String> names = listed.rows().stream().map(CaseloadRow::displayName).collect(Collectors.toSet());
        assertTrue(names.size() > 1_000, "names vary: " + names.size());
        assertTrue(names.stream().anyMatch(n -> n.contains("Özlem")) && names.stream().anyMatch(n -> n.contains(" van der ")),
                "accents and tussenvoegsels");
        assertTrue(listed.rows().stream().anyMatch(r -> "Coach Twee".equals(r.coachName())));
        assertTrue(listed.rows().stream().anyMatch(r -> r.coachId() == null));
        List<CaseloadRow> found = listed.index().filter("özlem", CaseloadFilter.ANY);
        assertFalse(found.isEmpty());
        assertTrue(found.stream().allMatch(r -> r.displayName().contains("Özlem")));
    }

    @Test
    void itReadsAgainOnlyWhileAskedTo() {
        int[] asked = {0};
        CaseloadWarmup.read(TestVault.sealer(), LocalDate.of(2026, 12, 6), 6, () -> ++asked[0] < 3);

        assertEquals(3, asked[0], "asked before the second and third read; the third answer stopped it");
    }
}
