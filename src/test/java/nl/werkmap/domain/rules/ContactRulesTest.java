package nl.werkmap.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.Examples;
import nl.werkmap.domain.OutflowDestination;
import org.junit.jupiter.api.Test;

class ContactRulesTest {
    private static final LocalDate TODAY = Examples.TODAY;

    @Test
    void sixWeeksIsStillFineOneDayMoreIsNot() {
        Candidate c = Examples.candidate();
        assertEquals(Optional.empty(), ContactRules.check(c, TODAY.minusDays(42), TODAY));
        assertEquals(Optional.of(new ContactWarning(ContactWarning.Kind.TE_LANG_GEEN_CONTACT, 43)),
                ContactRules.check(c, TODAY.minusDays(43), TODAY));
    }

    @Test
    void neverSeenCandidatesAreAlwaysReported() {
        Candidate c = Examples.candidate(); // registered 2025-06-01
        assertEquals(Optional.of(new ContactWarning(ContactWarning.Kind.NOOIT_GEZIEN, 287)),
                ContactRules.check(c, null, TODAY));
        assertEquals("contact.warning.NOOIT_GEZIEN", ContactRules.check(c, null, TODAY).orElseThrow().messageKey());
    }

    @Test
    void leaversAreNotFollowed() {
        Candidate left = Examples.candidate().withStatus(CandidateStatus.UITGESTROOMD, null,
                OutflowDestination.VERHUISD, TODAY);
        assertEquals(Optional.empty(), ContactRules.check(left, null, TODAY));
    }

    @Property
    void warnsExactlyWhenTheGapExceedsTheLimit(@ForAll @IntRange(min = 0, max = 400) int gap,
                                               @ForAll @IntRange(min = 0, max = 200) int limit) {
        Optional<ContactWarning> w = ContactRules.check(TODAY.minusDays(gap), TODAY.minusYears(2), TODAY, limit);
        assertEquals(gap > limit, w.isPresent());
        w.ifPresent(warning -> assertEquals(gap, warning.daysWithoutContact()));
    }
}
