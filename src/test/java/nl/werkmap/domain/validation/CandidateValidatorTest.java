package nl.werkmap.domain.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import nl.werkmap.domain.Address;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateProfile;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.Examples;
import nl.werkmap.domain.Grondslag;
import nl.werkmap.domain.PersonalDetails;
import nl.werkmap.domain.RegisterInfo;
import nl.werkmap.domain.RegisterStatus;
import org.junit.jupiter.api.Test;

class CandidateValidatorTest {

    @Test
    void aCompleteCandidateHasNoProblems() {
        assertEquals(List.of(), CandidateValidator.validate(Examples.candidate()));
    }

    @Test
    void anEmptyFormReportsEveryRequiredField() {
        Candidate empty = new Candidate(UUID.randomUUID(), null,
                new RegisterInfo(null, null, null, null), null, null, null, null, null, null, null, null, null,
                null, null);
        assertEquals(List.of(
                problem(CandidateValidator.FULL_NAME, ValidationMessage.REQUIRED),
                problem(CandidateValidator.REGISTER_STATUS, ValidationMessage.REQUIRED),
                problem(CandidateValidator.STATUS, ValidationMessage.REQUIRED),
                problem(CandidateValidator.REGISTERED_ON, ValidationMessage.REQUIRED)),
                CandidateValidator.validate(empty));
    }

    @Test
    void aBlankNameCountsAsMissing() {
        Candidate c = Examples.candidate();
        Candidate blank = c.withPersonal(withName(c.personal(), "   "));
        assertEquals(List.of(problem(CandidateValidator.FULL_NAME, ValidationMessage.REQUIRED)),
                CandidateValidator.validate(blank));
    }

    @Test
    void statusesNeedWhatExplainsThem() {
        Candidate c = Examples.candidate();
        assertEquals(List.of(problem(CandidateValidator.OUTFLOW_DESTINATION,
                        ValidationMessage.STATUS_DESTINATION_REQUIRED)),
                CandidateValidator.validate(c.withStatus(CandidateStatus.UITGESTROOMD, null, null, Examples.TODAY)));
        assertEquals(List.of(problem(CandidateValidator.STATUS_REASON, ValidationMessage.STATUS_REASON_REQUIRED)),
                CandidateValidator.validate(
                        c.withStatus(CandidateStatus.TIJDELIJK_NIET_BESCHIKBAAR, " ", null, Examples.TODAY)));
    }

    @Test
    void contactDetailsAreCheckedWhenGiven() {
        PersonalDetails wrong = new PersonalDetails("Sanne", null, "123456789", null, "0612", "sanne@",
                new Address(null, "0123 AB", null), null);
        List<ValidationProblem> problems = CandidateValidator.validate(Examples.candidate().withPersonal(wrong));
        assertEquals(List.of(
                problem(CandidateValidator.BSN, ValidationMessage.BSN_ELFPROEF),
                problem(CandidateValidator.PHONE, ValidationMessage.PHONE_FORMAT),
                problem(CandidateValidator.EMAIL, ValidationMessage.EMAIL_FORMAT),
                problem(CandidateValidator.POSTCODE, ValidationMessage.POSTCODE_FORMAT)), problems);

        PersonalDetails shortBsn = new PersonalDetails("Sanne", null, "1234", null, null, null, null, null);
        assertEquals(List.of(problem(CandidateValidator.BSN, ValidationMessage.BSN_FORMAT)),
                CandidateValidator.validate(Examples.candidate().withPersonal(shortBsn)));
    }

    @Test
    void registerEndMayNotPrecedeItsStart() {
        RegisterInfo backwards = new RegisterInfo(RegisterStatus.JA, Grondslag.WAJONG, LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 4, 30));
        assertEquals(List.of(problem(CandidateValidator.REGISTER_END, ValidationMessage.REGISTER_END_BEFORE_START)),
                CandidateValidator.validate(Examples.candidate().withRegister(backwards)));
        RegisterInfo sameDay = new RegisterInfo(RegisterStatus.JA, Grondslag.WAJONG, LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 5, 1));
        assertEquals(List.of(), CandidateValidator.validate(Examples.candidate().withRegister(sameDay)));
    }

    @Property
    void hoursAvailableUpToSixtyAreAccepted(@ForAll @DoubleRange(min = 0, max = 60) double hours) {
        assertEquals(List.of(), CandidateValidator.validate(withHours(hours)));
    }

    @Property
    void hoursAvailableAboveSixtyAreRejected(@ForAll @DoubleRange(min = 60, minIncluded = false, max = 1e6)
                                             double hours) {
        assertTrue(CandidateValidator.validate(withHours(hours))
                .contains(problem(CandidateValidator.HOURS_AVAILABLE, ValidationMessage.HOURS_AVAILABLE_RANGE)));
    }

    private static Candidate withHours(double hours) {
        Candidate c = Examples.candidate();
        CandidateProfile p = c.profile();
        return c.withProfile(new CandidateProfile(p.talents(), p.wishes(), p.supportNeeds(), p.preferredSectors(),
                hours));
    }

    private static PersonalDetails withName(PersonalDetails p, String name) {
        return new PersonalDetails(name, p.preferredName(), p.bsn(), p.birthDate(), p.phone(), p.email(),
                p.address(), p.municipality());
    }

    static ValidationProblem problem(String field, ValidationMessage message) {
        return ValidationProblem.of(field, message);
    }
}
