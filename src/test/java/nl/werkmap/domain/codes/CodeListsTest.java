package nl.werkmap.domain.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class CodeListsTest {

    private final OccupationCodes isco = OccupationCodes.isco08();

    @Test
    void iscoHoldsEveryGroupOfEveryLevel() {
        Map<Integer, Long> perLevel = isco.all().stream()
                .collect(Collectors.groupingBy(Occupation::level, Collectors.counting()));
        assertEquals(Map.of(1, 10L, 2, 43L, 3, 130L, 4, 436L), perLevel);
        assertEquals(619, isco.size());
        assertEquals(436, isco.unitGroups().size());
    }

    @Test
    void findsDutchLabelsAndKeepsLeadingZeros() {
        assertEquals("Koks", isco.find("5120").orElseThrow().label());
        assertEquals("Officieren", isco.find(" 0110 ").orElseThrow().label());
        assertTrue(isco.isUnitGroup("9112"));
        assertFalse(isco.isUnitGroup("911"), "a minor group is no occupation to record");
        assertFalse(isco.isUnitGroup("9999"));
        assertFalse(isco.isUnitGroup(null));
        assertEquals("911", isco.parent("9112").orElseThrow().code());
        assertEquals("9", isco.majorGroup("9112").orElseThrow().code());
        assertEquals("Elementaire beroepen", isco.majorGroup("9112").orElseThrow().label());
    }

    @Test
    void everyUnitGroupHangsUnderItsParents() {
        for (Occupation unit : isco.unitGroups()) {
            assertTrue(isco.parent(unit.code()).isPresent(), unit.code());
            assertTrue(isco.find(unit.code().substring(0, 2)).isPresent(), unit.code());
            assertFalse(unit.label().isBlank(), unit.code());
        }
    }

    @Test
    void searchesByCodePrefixOrWordsOfTheLabel() {
        List<Occupation> byCode = isco.search("512", 10);
        assertEquals(List.of("5120"), byCode.stream().map(Occupation::code).toList());
        List<Occupation> byWords = isco.search("keuken hulp", 10);
        assertTrue(byWords.stream().anyMatch(o -> o.code().equals("9412")), byWords.toString());
        assertTrue(byWords.stream().allMatch(Occupation::isUnitGroup));
        assertEquals(3, isco.search("9", 3).size(), "the limit holds");
        assertTrue(isco.search("  ", 10).isEmpty());
    }

    @Test
    void sbiHasSectionsAToUWithOfficialAndShortNames() {
        SbiSections sbi = SbiSections.sbi2008();
        assertEquals("ABCDEFGHIJKLMNOPQRSTU",
                sbi.all().stream().map(SbiSection::letter).collect(Collectors.joining()));
        assertEquals("Logies-, maaltijd- en drankverstrekking", sbi.find("i").orElseThrow().title());
        assertEquals("I Horeca", sbi.find("I").orElseThrow().display());
        assertFalse(sbi.isKnown("V"));
        assertFalse(sbi.isKnown(null));
    }

    @Test
    void sourceAndLicenceShipWithTheLists() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/nl/werkmap/codes/SOURCE.md")) {
            String note = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(note.contains("ESCO") && note.contains("2011/833/EU"), "ISCO source and licence named");
            assertTrue(note.contains("CBS") && note.contains("CC BY 4.0"), "SBI source and licence named");
        }
    }
}
