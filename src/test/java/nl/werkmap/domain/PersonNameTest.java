package nl.werkmap.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Lists name a candidate by roepnaam and achternaam, with a second cue, so a note never lands on the wrong person. */
class PersonNameTest {

    @Test
    void roepnaamWithTheAchternaamAndItsPrefixes() {
        assertEquals("Fat Yilmaz", PersonName.listName("Fatima Yilmaz", "Fat"));
        assertEquals("Hans van der Berg", PersonName.listName("Johannes Petrus van der Berg", "Hans"));
        assertEquals("Mo El Amrani", PersonName.listName("Mohammed El Amrani", "Mo"));
        assertEquals("Sanne de Jong", PersonName.listName("Sanne de Jong", "Sanne"), "full name already starts so");
        assertEquals("Els Bergsma", PersonName.listName("Els Bergsma", null));
        assertEquals("Kim", PersonName.listName("Kim", "Kim"));
    }

    @Test
    void theCueIsTheSchoolForAPupilElseTheBirthYear() {
        assertEquals("De Brug", PersonName.cue("De Brug", LocalDate.of(2008, 1, 2)));
        assertEquals("1998", PersonName.cue(null, LocalDate.of(1998, 3, 14)));
        assertEquals("", PersonName.cue(" ", null));
    }
}
