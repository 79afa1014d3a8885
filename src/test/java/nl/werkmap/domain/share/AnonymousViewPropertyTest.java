package nl.werkmap.domain.share;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.werkmap.domain.Address;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.PersonalDetails;
import nl.werkmap.domain.profile.ProfielSamples;

/**
 * Whatever the person is called and wherever they live, and whichever parts the coach ticks, the anonymous view
 * holds none of their name, BSN, street, full postcode, phone, e-mail or birth date.
 */
class AnonymousViewPropertyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Property(tries = 300)
    void theAnonymousViewNeverHoldsWhatIdentifiesThePerson(@ForAll("names") String first,
                                                           @ForAll("names") String last,
                                                           @ForAll("bsns") String bsn,
                                                           @ForAll("postcodes") String postcode,
                                                           @ForAll("fields") Set<ProfielVeld> fields) {
        String phone = "06-" + bsn.substring(0, 8);
        String email = first.toLowerCase() + "." + last.toLowerCase() + "@example.nl";
        String street = last + "straat " + bsn.charAt(0);
        PersonalDetails person = new PersonalDetails(first + " " + last, first, bsn, LocalDate.of(1998, 3, 14),
                phone, email, new Address(street, postcode, "Zwolle"), null);
        Candidate c = Candidate.register(UUID.randomUUID(), first + " " + last, TODAY).withPersonal(person);
        WerkgeversProfiel view = WerkgeversProfielen.maak(DelingVorm.ANONIEM, fields, c,
                ProfielSamples.complete(c.id()), List.of(ProfielSamples.job(c.id(), "9412")), TODAY,
                WerkgeversProfielBuilderTest.DUTCH);
        String all = view.regels().toString();
        for (String secret : List.of(first + " " + last, last, bsn, street, postcode, phone, email, "1998",
                "14-03")) {
            assertFalse(all.contains(secret), secret + " in " + all);
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(10)
                .map(s -> "Q" + s + "x");
    }

    @Provide
    Arbitrary<String> bsns() {
        return Arbitraries.strings().numeric().ofLength(9);
    }

    @Provide
    Arbitrary<String> postcodes() {
        return Arbitraries.integers().between(1000, 9999).map(n -> n + " ZQ");
    }

    @Provide
    Arbitrary<Set<ProfielVeld>> fields() {
        return Arbitraries.subsetOf(ProfielVeld.anoniem()).map(s -> s.isEmpty() ? Set.of() : EnumSet.copyOf(s));
    }
}
