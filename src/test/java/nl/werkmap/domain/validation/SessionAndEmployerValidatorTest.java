package nl.werkmap.domain.validation;

import static nl.werkmap.domain.validation.CandidateValidatorTest.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import nl.werkmap.domain.Address;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.ContactPerson;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.Examples;
import org.junit.jupiter.api.Test;

class SessionAndEmployerValidatorTest {

    @Property
    void durationMustBeOneToSixHundredMinutes(@ForAll @IntRange(min = 0, max = 2000) int minutes) {
        List<ValidationProblem> problems = SessionValidator.validate(Examples.session(minutes, 1));
        boolean ok = minutes >= 1 && minutes <= 600;
        assertEquals(ok ? List.of()
                        : List.of(problem(SessionValidator.DURATION_MINUTES, ValidationMessage.SESSION_DURATION_RANGE)),
                problems);
    }

    @Property
    void hoursAccountedUpToADayAreAccepted(@ForAll @DoubleRange(min = 0, max = 24) double hours) {
        assertEquals(List.of(), SessionValidator.validate(Examples.session(60, hours)));
    }

    @Test
    void moreThanADayIsATypingError() {
        assertEquals(List.of(problem(SessionValidator.HOURS_ACCOUNTED, ValidationMessage.SESSION_HOURS_RANGE)),
                SessionValidator.validate(Examples.session(60, 25)));
    }

    @Test
    void sessionNeedsStartLocationAndType() {
        CoachingSession s = new CoachingSession(UUID.randomUUID(), UUID.randomUUID(), null, null, null, 30, null,
                null, Set.of(), null, null, null, 0.5);
        assertEquals(List.of(problem(SessionValidator.STARTS_AT, ValidationMessage.REQUIRED),
                problem(SessionValidator.LOCATION, ValidationMessage.REQUIRED),
                problem(SessionValidator.TYPE, ValidationMessage.REQUIRED)), SessionValidator.validate(s));
    }

    @Test
    void employerChecks() {
        assertEquals(List.of(), EmployerValidator.validate(Examples.employer()));
        Employer wrong = new Employer(UUID.randomUUID(), " ", "1234567", null, null,
                new Address(null, "1234 SS", null), new ContactPerson("Henk", "12", "henk.nl"));
        assertEquals(List.of(problem(EmployerValidator.NAME, ValidationMessage.REQUIRED),
                problem(EmployerValidator.SECTOR, ValidationMessage.REQUIRED),
                problem(EmployerValidator.KVK_NUMBER, ValidationMessage.KVK_FORMAT),
                problem(EmployerValidator.POSTCODE, ValidationMessage.POSTCODE_FORMAT),
                problem(EmployerValidator.CONTACT_PHONE, ValidationMessage.PHONE_FORMAT),
                problem(EmployerValidator.CONTACT_EMAIL, ValidationMessage.EMAIL_FORMAT)),
                EmployerValidator.validate(wrong));
    }

    @Test
    void messageKeysAreUniqueAndNamespaced() {
        long distinct = java.util.Arrays.stream(ValidationMessage.values()).map(ValidationMessage::key)
                .distinct().filter(k -> k.startsWith("validation.")).count();
        assertEquals(ValidationMessage.values().length, distinct);
    }
}
