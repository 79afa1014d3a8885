package nl.werkmap.store.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.PersonName;
import nl.werkmap.domain.RegisterStatus;

/**
 * The index now appends the folded words of each name without a string or list per word (issue 13). Built from the
 * same rows (roepnamen, accents, hyphens, repeated and shared words, digits, same names twice), it keeps the rows in
 * the same order and answers every search the same as the index before the change ({@link ReferenceCaseloadIndex}).
 */
class CaseloadIndexBuildEquivalenceTest {

    private static final String[] FIRST = {"Jan", "Jänsen", "Fatima", "Özlem", "Ana-María", "Jan Willem", "Ben",
        "Søren", "Łukasz", "El", "Bo", "Jo", "Mohamed", "Anne-Sophie", "Ýr", "Çağla", "3D", "Anna"};
    private static final String[] LAST = {"van den Berg", "de Jong", "El Amrani", "Öztürk", "Berg", "Jansen",
        "van Dijk-Bakker", "ter Horst", "Ben Ali", "Jan", "O'Neill", "Straße", "Æbelø", "Anna", "d'Artagnan"};
    private static final String[] ROEP = {null, null, "Fat", "Jan", "Joke", "Ben", "Annie", "Lukas", "Jo"};

    /** Rows that share a sector list (as the row builder makes them) and rows with a list of their own. */
    private static final List<List<String>> SECTORS = List.of(List.of(), List.of("Zorg"),
            List.of("Groen", "Logistiek"), List.of("Fietsen en auto's", "Zorg"), List.of("Schoonmaak"));

    @Test
    void sharedSectorArraysGiveTheSameSectorFilter() {
        Random random = new Random(7);
        List<CaseloadRow> rows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String full = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            List<String> sectors = i % 7 == 0 ? new ArrayList<>(List.of("Zorg", "Horeca"))
                    : SECTORS.get(random.nextInt(SECTORS.size()));
            rows.add(new CaseloadRow(new UUID(8, i), full, CandidateStatus.values()[0], null, null,
                    RegisterStatus.values()[0], sectors, null, 50, List.of(), false, full, ""));
        }
        CaseloadIndex now = CaseloadIndex.build(rows);
        ReferenceCaseloadIndex before = ReferenceCaseloadIndex.build(rows);
        for (String sector : new String[] {"Zorg", "zorg", "Groen", "Logistiek", "Horeca", "Fietsen en auto's",
            "Schoonmaak", "Bouw"}) {
            for (String typed : new String[] {"", "j", "el", "an"}) {
                CaseloadFilter f = CaseloadFilter.ANY.withSector(sector);
                assertEquals(ids(before.filter(typed, f)), ids(now.filter(typed, f)), typed + " in " + sector);
            }
        }
        assertTrue(before.filter("", CaseloadFilter.ANY.withSector("zorg")).size() > 100, "many in zorg");
    }

    @Test
    void sameOrderAndSameAnswersAsBefore() {
        Random random = new Random(42);
        List<CaseloadRow> rows = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            String full = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            String roep = ROEP[random.nextInt(ROEP.length)];
            rows.add(new CaseloadRow(new UUID(7, i), PersonName.listName(full, roep), CandidateStatus.values()[
                    random.nextInt(CandidateStatus.values().length)], null, null, RegisterStatus.values()[
                    random.nextInt(RegisterStatus.values().length)], List.of(), null, 50, i % 5 == 0
                    ? List.of("contact.warning.tooLong") : List.of(), false, full, ""));
        }
        CaseloadIndex now = CaseloadIndex.build(rows);
        ReferenceCaseloadIndex before = ReferenceCaseloadIndex.build(rows);

        assertEquals(ids(before.all()), ids(now.all()));
        List<String> searches = new ArrayList<>(List.of("", "j", "ja", "jan", "jan b", "jan berg", "berg jan", "el",
                "el a", "oz", "ozt", "sor", "lu", "lukasz", "ss", "strasse", "ae", "aebelo", "d", "artagnan", "o",
                "neill", "3", "3d", "ana maria", "anne sophie", "fat", "fati", "jo", "joke", "annie", "anna anna",
                "jan jan", "ben ali", "van", "van d", "x", "ca", "cagla", "yr", "bakker", "dijk bakker"));
        for (CaseloadRow row : rows.subList(0, 200)) {
            String name = row.fullName();
            searches.add(name.substring(0, 1 + random.nextInt(name.length())));
        }
        for (String typed : searches) {
            assertEquals(ids(before.filter(typed, CaseloadFilter.ANY)), ids(now.filter(typed, CaseloadFilter.ANY)),
                    typed);
            CaseloadFilter warned = CaseloadFilter.ANY.withOnlyWarnings(true);
            assertEquals(ids(before.filter(typed, warned)), ids(now.filter(typed, warned)), typed + " with warnings");
        }
    }

    /** The found rows by id (each row has its own), so a difference reads as a short list. */
    private static List<UUID> ids(List<CaseloadRow> rows) {
        return rows.stream().map(CaseloadRow::id).toList();
    }
}
