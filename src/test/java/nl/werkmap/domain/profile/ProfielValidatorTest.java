package nl.werkmap.domain.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.werkmap.domain.validation.ValidationProblem;

class ProfielValidatorTest {

    private static final UUID CANDIDATE = UUID.fromString("00000000-0000-4000-8000-000000000015");
    private final Werknemersprofiel complete = ProfielSamples.complete(CANDIDATE);

    private static List<ValidationProblem> check(Werknemersprofiel p, List<Werkervaring> jobs) {
        return ProfielValidator.validate(p, jobs, 2026);
    }

    private static ValidationProblem problem(String field, ProfielMessage message) {
        return new ValidationProblem(field, message.key());
    }

    @Test
    void aCompleteProfileAndAnEmptyOneAreBothAccepted() {
        assertEquals(List.of(), check(complete, List.of(ProfielSamples.job(CANDIDATE, "9412"))));
        assertEquals(List.of(), check(Werknemersprofiel.empty(CANDIDATE), List.of()));
    }

    @Test
    void anOccupationCodeNotInIscoIsRefused() {
        assertEquals(List.of(problem(ProfielValidator.OCCUPATION_WISHES, ProfielMessage.OCCUPATION_UNKNOWN)),
                check(ProfielSamples.withWishes(complete, List.of("I"), List.of("9412", "9999")), List.of()));
        assertEquals(List.of(problem(ProfielValidator.OCCUPATION_WISHES, ProfielMessage.OCCUPATION_UNKNOWN)),
                check(ProfielSamples.withWishes(complete, List.of("I"), List.of("941")), List.of()),
                "a minor group is too vague to match");
        assertEquals(List.of(problem("experience.1", ProfielMessage.OCCUPATION_UNKNOWN)),
                check(complete, List.of(ProfielSamples.job(CANDIDATE, "9412"), ProfielSamples.job(CANDIDATE, "12"))));
    }

    @Test
    void aSectorOutsideAToUIsRefused() {
        assertEquals(List.of(problem(ProfielValidator.SECTOR_WISHES, ProfielMessage.SECTOR_UNKNOWN)),
                check(ProfielSamples.withWishes(complete, List.of("I", "V"), List.of()), List.of()));
    }

    @Test
    void hoursMaxBelowMinAndHoursOutOfRangeAreRefused() {
        assertEquals(List.of(problem(ProfielValidator.HOURS_MAX, ProfielMessage.HOURS_MAX_BELOW_MIN)),
                check(ProfielSamples.withHours(complete, 20.0, 16.0), List.of()));
        assertEquals(List.of(problem(ProfielValidator.HOURS_MIN, ProfielMessage.HOURS_RANGE)),
                check(ProfielSamples.withHours(complete, -1.0, 16.0), List.of()));
        assertEquals(List.of(problem(ProfielValidator.HOURS_MAX, ProfielMessage.HOURS_RANGE)),
                check(ProfielSamples.withHours(complete, 8.0, 61.0), List.of()));
        assertEquals(List.of(), check(ProfielSamples.withHours(complete, 16.0, 16.0), List.of()));
        assertEquals(List.of(), check(ProfielSamples.withHours(complete, null, 16.0), List.of()));
    }

    @Test
    void aJourneyOver240MinutesOrABadPostcodeIsRefused() {
        assertEquals(List.of(problem(ProfielValidator.TRAVEL_MINUTES, ProfielMessage.TRAVEL_RANGE)),
                check(ProfielSamples.withTravel(complete, "3511 AB", 241), List.of()));
        assertEquals(List.of(), check(ProfielSamples.withTravel(complete, "3511 AB", 240), List.of()));
        assertEquals(List.of(problem(ProfielValidator.POSTCODE, ProfielMessage.POSTCODE_FORMAT)),
                check(ProfielSamples.withTravel(complete, "0511 AB", 30), List.of()));
        assertEquals(List.of(problem(ProfielValidator.POSTCODE, ProfielMessage.POSTCODE_FORMAT)),
                check(ProfielSamples.withTravel(complete, "3511 SS", 30), List.of()));
    }

    @Test
    void experienceYearsMustLieInTheWorkingPastInOrder() {
        Werkervaring reversed = new Werkervaring(UUID.randomUUID(), CANDIDATE, "9412", null, 2024, 2022);
        Werkervaring future = new Werkervaring(UUID.randomUUID(), CANDIDATE, "9412", null, 2027, null);
        Werkervaring running = new Werkervaring(UUID.randomUUID(), CANDIDATE, "9412", null, 2025, null);
        List<ValidationProblem> problems = check(complete, List.of(reversed, future, running));
        assertEquals(List.of(problem("experience.0", ProfielMessage.EXPERIENCE_YEARS),
                problem("experience.1", ProfielMessage.EXPERIENCE_YEARS)), problems);
    }

    @Test
    void completenessCountsTheFourThingsThatKilledTheKandidatenverkenner() {
        assertTrue(ProfielCompleteness.complete(complete));
        assertEquals(java.util.EnumSet.allOf(ProfielItem.class), ProfielCompleteness.missing(null));
        assertEquals(java.util.EnumSet.allOf(ProfielItem.class),
                ProfielCompleteness.missing(Werknemersprofiel.empty(CANDIDATE)));
        assertEquals(java.util.Set.of(ProfielItem.SECTORWENSEN),
                ProfielCompleteness.missing(ProfielSamples.withWishes(complete, List.of(), List.of("9412"))));
        assertEquals(java.util.Set.of(ProfielItem.UREN_EN_BESCHIKBAARHEID),
                ProfielCompleteness.missing(ProfielSamples.withHours(complete, 12.0, null)),
                "a minimum alone does not say how much someone can work");
        assertEquals(java.util.Set.of(ProfielItem.REISBEREIK),
                ProfielCompleteness.missing(ProfielSamples.withTravel(complete, "3511 AB", null)));
    }
}
