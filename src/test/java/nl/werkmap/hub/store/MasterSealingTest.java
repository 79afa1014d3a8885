package nl.werkmap.hub.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.werkmap.sync.protocol.PersonalColumns;

/** Issue 12.1: the hub seals exactly what the laptops seal, plus whatever this version does not know. */
class MasterSealingTest {

    @Test
    void personalColumnsAreTheLaptopsSealedColumnsAndUnknownOnesToo() {
        for (String[] sealed : new String[][] {{"candidate", "full_name"}, {"candidate", "phone"},
                {"candidate", "street_address"}, {"employer", "contact_name"}, {"employer_contact", "name"},
                {"coaching_session", "went_well"}, {"placement", "end_note"}}) {
            assertTrue(PersonalColumns.sealed(sealed[0], sealed[1]), String.join(".", sealed));
            assertTrue(MasterSealing.personal(sealed[0], sealed[1]), String.join(".", sealed));
        }
        for (String[] plain : new String[][] {{"candidate", "coach_id"}, {"candidate", "status"},
                {"coach", "name"}, {"employer", "name"}, {"placement", "candidate_id"},
                {"coaching_session", "candidate_id"}}) {
            assertFalse(PersonalColumns.sealed(plain[0], plain[1]), String.join(".", plain));
            assertFalse(MasterSealing.personal(plain[0], plain[1]), String.join(".", plain));
        }
        assertTrue(MasterSealing.personal("candidate", "favourite_colour"), "an unknown field rests sealed");
        assertTrue(MasterSealing.personal("hub_key", "jwk"), "an unknown entity rests sealed");
        assertFalse(PersonalColumns.sealed("hub_key", "jwk"), "but is no sealed column of the caseload");
    }
}
