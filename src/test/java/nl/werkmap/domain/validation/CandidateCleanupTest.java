package nl.werkmap.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import nl.werkmap.domain.Address;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Examples;
import nl.werkmap.domain.PersonalDetails;
import org.junit.jupiter.api.Test;

class CandidateCleanupTest {

    @Test
    void bringsTypedValuesIntoTheStoredForm() {
        PersonalDetails typed = new PersonalDetails("  Sanne de Vries ", " ", "1234.56.782", null, " 06 12345678 ",
                " sanne@example.nl ", new Address(" Dorpsstraat 1 ", "1234ab", "  "), "Zwolle");
        PersonalDetails clean = CandidateCleanup.clean(Examples.candidate().withPersonal(typed)).personal();
        assertEquals("Sanne de Vries", clean.fullName());
        assertNull(clean.preferredName());
        assertEquals("123456782", clean.bsn());
        assertEquals("06 12345678", clean.phone());
        assertEquals("sanne@example.nl", clean.email());
        assertEquals(new Address("Dorpsstraat 1", "1234 AB", null), clean.address());
    }

    @Test
    void leavesInvalidValuesForTheValidatorToReport() {
        PersonalDetails typed = new PersonalDetails("Sanne", null, "12 34", null, null, null,
                new Address(null, "0123 ab", null), null);
        PersonalDetails clean = CandidateCleanup.clean(Examples.candidate().withPersonal(typed)).personal();
        assertEquals("12 34", clean.bsn());
        assertEquals("0123 ab", clean.address().postcode());
    }

    @Property
    void cleaningTwiceChangesNothing(@ForAll String name, @ForAll String bsn, @ForAll String postcode) {
        PersonalDetails typed = new PersonalDetails(name, null, bsn, null, null, null,
                new Address(null, postcode, null), null);
        Candidate once = CandidateCleanup.clean(Examples.candidate().withPersonal(typed));
        assertEquals(once, CandidateCleanup.clean(once));
    }
}
