package nl.werkmap.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.rules.CandidateFacts;
import nl.werkmap.domain.rules.Completeness;
import nl.werkmap.domain.rules.ContactRules;
import nl.werkmap.domain.rules.ContactWarning;
import nl.werkmap.domain.rules.ProefplaatsingCheck;
import nl.werkmap.domain.validation.Bsn;
import nl.werkmap.domain.validation.CandidateValidator;
import nl.werkmap.domain.validation.EmployerValidator;
import nl.werkmap.domain.validation.PlacementValidator;
import nl.werkmap.domain.validation.SessionValidator;
import org.junit.jupiter.api.Test;

/** Demo data must pass the same checks as data a coach types in, and give every warning something to show. */
class DemoDataIsValidTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static final DemoCaseload.DemoPlan PLAN = new DemoCaseload.DemoPlan(2_000, 99, TODAY);
    private static final DemoBatch BATCH = PLAN.slice(0, 2_000);

    @Test
    void everyRecordPassesItsValidator() {
        BATCH.candidates.forEach(c -> assertEquals(List.of(), CandidateValidator.validate(c), c.toString()));
        BATCH.placements.forEach(p -> assertEquals(List.of(), PlacementValidator.validate(p), p.toString()));
        BATCH.sessions.forEach(s -> assertEquals(List.of(), SessionValidator.validate(s), s.toString()));
        PLAN.staff.employers.forEach(e -> assertEquals(List.of(), EmployerValidator.validate(e.employer())));
        BATCH.candidates.stream().map(c -> c.personal().bsn()).filter(b -> b != null)
                .forEach(b -> assertTrue(Bsn.isValid(b), b));
    }

    @Test
    void warningsHaveSomethingToShow() {
        Map<java.util.UUID, LocalDate> lastContact = BATCH.sessions.stream().collect(Collectors.toMap(
                s -> s.candidateId(), s -> s.startsAt().toLocalDate(), (a, b) -> a.isAfter(b) ? a : b));
        long neverSeen = 0;
        long tooLong = 0;
        for (Candidate c : BATCH.candidates) {
            var warning = ContactRules.check(c, lastContact.get(c.id()), TODAY);
            if (warning.isPresent()) {
                if (warning.get().kind() == ContactWarning.Kind.NOOIT_GEZIEN) {
                    neverSeen++;
                } else {
                    tooLong++;
                }
            }
        }
        assertTrue(neverSeen > 10 && neverSeen < 200, "never seen: " + neverSeen);
        assertTrue(tooLong > 50 && tooLong < 600, "too long: " + tooLong);

        long proefWarnings = BATCH.placements.stream().filter(p -> p.type() == PlacementType.PROEFPLAATSING)
                .filter(p -> !ProefplaatsingCheck.check(p, TODAY).isEmpty()).count();
        assertTrue(proefWarnings > 0);

        Map<java.util.UUID, Candidate> byId = BATCH.candidates.stream()
                .collect(Collectors.toMap(Candidate::id, Function.identity()));
        long incomplete = byId.values().stream()
                .filter(c -> Completeness.assess(c, new CandidateFacts(null, null, null), TODAY).score() < 100)
                .count();
        assertEquals(byId.size(), incomplete);
        long placedWithoutBuddy = BATCH.placements.stream()
                .filter(p -> p.type() == PlacementType.DIENSTVERBAND && p.actualEnd() == null)
                .filter(p -> BATCH.contacts.stream().noneMatch(c -> c.placementId().equals(p.id())))
                .count();
        assertEquals(0, placedWithoutBuddy);
        List<Placement> running = BATCH.placements.stream().filter(p -> p.isActiveOn(TODAY)).toList();
        assertTrue(running.size() > 500, "running placements: " + running.size());
    }
}
