package nl.werkmap.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.werkmap.domain.Consent;
import nl.werkmap.domain.ConsentPurpose;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.codes.SbiSections;
import nl.werkmap.domain.share.DelingValidator;
import nl.werkmap.domain.share.DelingVorm;
import nl.werkmap.domain.share.ProfielDeling;

/**
 * Demo employers carry a real SBI section; demo shares pass the share's own checks (as saved that day), and a named
 * share is only made for a candidate whose latest decision on sharing with employers was "yes" by then.
 */
class DemoSharesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final DemoCaseload.DemoPlan PLAN = new DemoCaseload.DemoPlan(2_000, 7, TODAY);
    private static final DemoBatch BATCH = PLAN.slice(0, 2_000);

    @Test
    void everyEmployerHasAKnownSbiSection() {
        for (DemoStaff.DemoEmployer e : PLAN.staff.employers) {
            String section = e.employer().sbiSection();
            assertNotNull(section, e.employer().branche());
            assertTrue(SbiSections.sbi2008().all().stream().anyMatch(s -> s.letter().equals(section)), section);
        }
    }

    @Test
    void aFewSharesEachValidAndNamedOnlyWithConsent() {
        List<Employer> employers = PLAN.staff.employers.stream().map(DemoStaff.DemoEmployer::employer).toList();
        var made = DemoWerknemersprofielen.make(BATCH.candidates, 7);
        List<ProfielDeling> shares = DemoShares.make(made.profiles(), BATCH.consents, employers, 7, TODAY);
        int profiles = made.profiles().size();
        assertTrue(shares.size() > 0.02 * profiles && shares.size() < 0.12 * profiles, "shares: " + shares.size());
        assertTrue(shares.stream().anyMatch(s -> s.vorm() == DelingVorm.BENOEMD), "named ones");
        assertTrue(shares.stream().anyMatch(s -> s.vorm() == DelingVorm.ANONIEM), "anonymous ones");
        Map<UUID, Consent> yes = BATCH.consents.stream()
                .filter(c -> c.purpose() == ConsentPurpose.PROFIEL_AAN_WERKGEVER)
                .collect(Collectors.toMap(Consent::candidateId, Function.identity(),
                        (a, b) -> b.decidedOn().isAfter(a.decidedOn()) ? b : a));
        for (ProfielDeling s : shares) {
            assertEquals(List.of(), DelingValidator.validate(s, s.gedeeldOp()), s.toString());
            if (s.vorm() == DelingVorm.BENOEMD) {
                Consent c = yes.get(s.candidateId());
                assertTrue(c != null && c.given() && !c.decidedOn().isAfter(s.gedeeldOp()), s.toString());
                if (s.ingetrokkenOp() == null) {
                    assertTrue(s.toestemmingGeldt(s.employerId(), s.gedeeldOp()), s.toString());
                }
            }
        }
        assertEquals(shares, DemoShares.make(made.profiles(), BATCH.consents, employers, 7, TODAY), "repeatable");
    }
}
