package nl.werkmap.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.werkmap.domain.retention.RetentionPolicy;
import nl.werkmap.domain.retention.RetentionRules;
import nl.werkmap.domain.retention.TrajectoryFacts;

/** The retention rule of issue 16: end of the trajectory plus the period; UWV-funded jobcoaching at most 10 years. */
class RetentionRulesTest {

    private static final LocalDate OUTFLOW = LocalDate.of(2022, 3, 15);

    @Test
    void theTrajectoryEndsAtTheLaterOfOutflowAndTheLastPlacementEnd() {
        TrajectoryFacts facts = new TrajectoryFacts(true, OUTFLOW, LocalDate.of(2020, 1, 1),
                LocalDate.of(2022, 6, 30), false, false);
        assertEquals(Optional.of(LocalDate.of(2022, 6, 30)), RetentionRules.trajectoryEnd(facts));
        assertEquals(Optional.of(LocalDate.of(2027, 6, 30)), RetentionRules.retentionDate(facts, RetentionPolicy.DEFAULT));
        assertFalse(RetentionRules.due(facts, RetentionPolicy.DEFAULT, LocalDate.of(2027, 6, 29)));
        assertTrue(RetentionRules.due(facts, RetentionPolicy.DEFAULT, LocalDate.of(2027, 6, 30)));
    }

    @Test
    void noDateWhileTheTrajectoryRunsOrAPlacementIsOpen() {
        assertTrue(RetentionRules.retentionDate(new TrajectoryFacts(false, OUTFLOW, OUTFLOW, null, false, false),
                RetentionPolicy.DEFAULT).isEmpty());
        assertTrue(RetentionRules.retentionDate(new TrajectoryFacts(true, OUTFLOW, OUTFLOW, null, true, false),
                RetentionPolicy.DEFAULT).isEmpty());
    }

    @Test
    void uwvFundedJobcoachingUsesItsOwnPeriodNeverAboveTen() {
        TrajectoryFacts uwv = new TrajectoryFacts(true, OUTFLOW, OUTFLOW, null, false, true);
        assertEquals(Optional.of(LocalDate.of(2032, 3, 15)),
                RetentionRules.retentionDate(uwv, new RetentionPolicy(15, 10)));
        assertEquals(Optional.of(LocalDate.of(2029, 3, 15)),
                RetentionRules.retentionDate(uwv, new RetentionPolicy(15, 7)));
        assertThrows(IllegalArgumentException.class, () -> new RetentionPolicy(5, 11));
        assertThrows(IllegalArgumentException.class, () -> new RetentionPolicy(0, 5));
    }
}
