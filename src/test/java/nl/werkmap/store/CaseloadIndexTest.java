package nl.werkmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.RegisterStatus;
import nl.werkmap.store.caseload.CaseloadFilter;
import nl.werkmap.store.caseload.CaseloadIndex;
import nl.werkmap.store.caseload.CaseloadRow;

class CaseloadIndexTest {

    private static final UUID ANS = UUID.randomUUID();
    private static final UUID BRAM = UUID.randomUUID();

    private static CaseloadRow row(String display, String full, CandidateStatus status, UUID coach,
                                   RegisterStatus register, List<String> sectors, List<String> warnings) {
        return new CaseloadRow(UUID.randomUUID(), display, status, coach, null, register, sectors,
                LocalDate.of(2024, 1, 1), 50, warnings, false, full);
    }

    private final CaseloadIndex index = CaseloadIndex.build(List.of(
            row("Piet Jänsen", "Piet Jänsen", CandidateStatus.ACTIEF_TRAJECT, ANS, RegisterStatus.JA,
                    List.of("Zorg"), List.of()),
            row("Mo", "Mohamed El-Amrani", CandidateStatus.GEPLAATST, BRAM, RegisterStatus.NEE,
                    List.of("Logistiek"), List.of("contact.warning.NOOIT_GEZIEN")),
            row("Émilie Öztürk", "Émilie Öztürk", CandidateStatus.ACTIEF_TRAJECT, BRAM, RegisterStatus.JA,
                    List.of("Groen", "Zorg"), List.of()),
            row("Jan van den Berg", "Jan van den Berg", CandidateStatus.INTAKE, ANS, RegisterStatus.ONBEKEND,
                    List.of(), List.of())));

    private List<String> names(String query, CaseloadFilter filter) {
        return index.filter(query, filter).stream().map(CaseloadRow::displayName).toList();
    }

    @Test
    void findsNamesWithoutCaringAboutCaseOrAccents() {
        assertEquals(List.of("Piet Jänsen"), names("jansen", CaseloadFilter.ANY));
        assertEquals(List.of("Émilie Öztürk"), names("OZTURK", CaseloadFilter.ANY));
        assertEquals(List.of("Émilie Öztürk"), names("emil", CaseloadFilter.ANY));
    }

    @Test
    void everyTypedWordMustStartAWordOfTheName() {
        assertEquals(List.of("Jan van den Berg"), names("jan ber", CaseloadFilter.ANY));
        assertEquals(List.of("Jan van den Berg", "Piet Jänsen"), names("jan", CaseloadFilter.ANY));
        assertEquals(List.of(), names("erg", CaseloadFilter.ANY));
    }

    @Test
    void findsTheFullNameBehindAPreferredName() {
        assertEquals(List.of("Mo"), names("amrani", CaseloadFilter.ANY));
    }

    @Test
    void emptyQueryListsEveryoneByName() {
        assertEquals(List.of("Émilie Öztürk", "Jan van den Berg", "Mo", "Piet Jänsen"), names("  ", CaseloadFilter.ANY));
    }

    @Test
    void filtersOnStatusCoachRegisterSectorAndWarnings() {
        assertEquals(List.of("Émilie Öztürk", "Piet Jänsen"),
                names("", CaseloadFilter.ANY.withStatuses(Set.of(CandidateStatus.ACTIEF_TRAJECT))));
        assertEquals(List.of("Émilie Öztürk", "Mo"), names("", CaseloadFilter.ANY.withCoach(BRAM)));
        assertEquals(List.of("Mo"), names("", CaseloadFilter.ANY.withRegisterStatuses(Set.of(RegisterStatus.NEE))));
        assertEquals(List.of("Émilie Öztürk", "Piet Jänsen"), names("", CaseloadFilter.ANY.withSector("zorg")));
        assertEquals(List.of("Mo"), names("", CaseloadFilter.ANY.withOnlyWarnings(true)));
        assertEquals(List.of("Piet Jänsen"), names("p", CaseloadFilter.ANY.withSector("Zorg").withCoach(ANS)));
    }

    @Test
    void typingOnAndBackGivesTheSameAnswersAsAFreshSearch() {
        List<String> keystrokes = List.of("j", "ja", "jan", "jans", "jan", "ja", "j", "", "m", "mo", "moh", "m",
                "jan b", "jan be", "jan", "p", "pi", "piet j", "piet ja", "piet jo");
        CaseloadFilter zorg = CaseloadFilter.ANY.withSector("zorg");
        for (String typed : keystrokes) {
            for (CaseloadFilter filter : List.of(CaseloadFilter.ANY, zorg)) {
                CaseloadIndex fresh = CaseloadIndex.build(index.all());
                assertEquals(names(fresh, typed, filter), names(typed, filter), typed + " " + filter);
            }
        }
    }

    @Test
    void realisticTypingWithCorrectionsMatchesASimpleSearchOverEveryRow() {
        String[] first = {"Jan", "Janneke", "Piet", "Émilie", "Mohamed", "Fatima", "Ayşe", "Zoë", "Jörg", "Iris"};
        String[] last = {"Jansen", "de Vries", "van den Berg", "Öztürk", "El-Amrani", "Jänsen", "Yılmaz", "Bos"};
        java.util.Random random = new java.util.Random(13);
        List<CaseloadRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String full = first[random.nextInt(first.length)] + " " + last[random.nextInt(last.length)];
            String display = random.nextInt(8) == 0 ? "Mo " + last[random.nextInt(last.length)] : full;
            rows.add(row(display, full, CandidateStatus.values()[random.nextInt(3)], random.nextBoolean() ? ANS : BRAM,
                    RegisterStatus.JA, random.nextBoolean() ? List.of("Zorg") : List.of("Groen"), List.of()));
        }
        CaseloadIndex big = CaseloadIndex.build(rows);
        // Typed, corrected with backspaces, cleared, a second name: every state of the box is compared.
        List<String> states = new java.util.ArrayList<>();
        for (String name : List.of("jansen", "jan de v", "emilie oz", "fatima el-a", "zoe", "jorg bos")) {
            for (int end = 1; end <= name.length(); end++) {
                states.add(name.substring(0, end));
            }
            for (int back = 1; back <= 3 && back < name.length(); back++) {
                states.add(name.substring(0, name.length() - back));
            }
            states.add(name.substring(0, name.length() - 1) + "x");
            states.add("");
        }
        CaseloadFilter mine = CaseloadFilter.ANY.withCoach(ANS).withSector("zorg");
        for (CaseloadFilter filter : List.of(CaseloadFilter.ANY, mine)) {
            for (String typed : states) {
                List<UUID> expected = rows.stream().filter(r -> simpleMatch(r, typed))
                        .filter(r -> filter == CaseloadFilter.ANY || (ANS.equals(r.coachId())
                                && r.sectors().contains("Zorg")))
                        .sorted(java.util.Comparator.comparing(r -> fold(r.displayName())))
                        .map(CaseloadRow::id).toList();
                assertEquals(expected, big.filter(typed, filter).stream().map(CaseloadRow::id).toList(),
                        "'" + typed + "'");
            }
        }
    }

    /** The plain definition: every typed word starts a word of the display or full name, folded. */
    private static boolean simpleMatch(CaseloadRow row, String typed) {
        List<String> words = new java.util.ArrayList<>(words(row.displayName()));
        words.addAll(words(row.fullName()));
        return words(typed).stream().allMatch(t -> words.stream().anyMatch(w -> w.startsWith(t)));
    }

    private static List<String> words(String text) {
        return java.util.Arrays.stream(fold(text).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{Mn}", "").replace("ı", "i");
    }

    private static List<String> names(CaseloadIndex on, String query, CaseloadFilter filter) {
        return on.filter(query, filter).stream().map(CaseloadRow::displayName).toList();
    }
}
