package nl.werkmap.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Examples;
import nl.werkmap.domain.SchoolDestination;
import nl.werkmap.domain.SchoolInfo;
import org.junit.jupiter.api.Test;

class CompletenessTest {
    private static final LocalDate TODAY = Examples.TODAY;
    private static final CandidateFacts FRESH = new CandidateFacts(TODAY.minusMonths(2), true, TODAY.minusDays(3));

    @Test
    void aCompleteFileScoresHundred() {
        CompletenessReport report = Completeness.assess(Examples.candidate(), FRESH, TODAY);
        assertEquals(100, report.score());
        assertTrue(report.isComplete());
    }

    @Test
    void aBareRegistrationListsEverythingMissing() {
        Candidate bare = Candidate.register(UUID.randomUUID(), "Sanne", TODAY);
        CompletenessReport report = Completeness.assess(bare, CandidateFacts.NONE, TODAY);
        assertEquals(List.of(MissingItem.CONTACTGEGEVENS, MissingItem.GEBOORTEDATUM, MissingItem.WOONPLAATS,
                MissingItem.REGISTERSTATUS, MissingItem.COACH, MissingItem.TALENTEN, MissingItem.WENSEN,
                MissingItem.ONDERSTEUNINGSBEHOEFTE, MissingItem.BESCHIKBARE_UREN, MissingItem.LADDERMETING,
                MissingItem.TOESTEMMING_PROFIEL), report.missing());
        assertEquals(0, report.score());
    }

    @Test
    void aRefusedConsentIsAnAnswerNotAGap() {
        CandidateFacts refused = new CandidateFacts(TODAY, false, TODAY);
        assertEquals(100, Completeness.assess(Examples.candidate(), refused, TODAY).score());
    }

    @Test
    void aLadderMeasurementOlderThanSixMonthsIsStale() {
        CandidateFacts old = new CandidateFacts(TODAY.minusMonths(6).minusDays(1), true, TODAY);
        CompletenessReport report = Completeness.assess(Examples.candidate(), old, TODAY);
        assertEquals(List.of(MissingItem.LADDERMETING), report.missing());
        assertEquals(91, report.score()); // 10 of 11
        CandidateFacts justInTime = new CandidateFacts(TODAY.minusMonths(6), true, TODAY);
        assertEquals(100, Completeness.assess(Examples.candidate(), justInTime, TODAY).score());
    }

    @Test
    void pupilsAlsoNeedALeavingDateAndDestination() {
        Candidate pupil = Examples.candidate().withSchool(Examples.school());
        assertEquals(100, Completeness.assess(pupil, FRESH, TODAY).score());
        Candidate unknown = pupil.withSchool(new SchoolInfo("De Brug", null, null, null, SchoolDestination.ONBEKEND));
        CompletenessReport report = Completeness.assess(unknown, FRESH, TODAY);
        assertEquals(List.of(MissingItem.VERWACHTE_UITSTROOMDATUM, MissingItem.BESTEMMING_NA_SCHOOL),
                report.missing());
        assertEquals(85, report.score()); // 11 of 13 = 84.6
    }

    @Property
    void scoreIsTheShareOfChecksPassed(@ForAll boolean phone, @ForAll boolean coach, @ForAll boolean talents,
                                       @ForAll boolean ladder, @ForAll boolean pupil) {
        Candidate c = Examples.candidate();
        var p = c.personal();
        c = c.withPersonal(new nl.werkmap.domain.PersonalDetails(p.fullName(), null, null, p.birthDate(),
                phone ? p.phone() : null, null, p.address(), p.municipality()));
        if (!coach) {
            c = c.withCoach(null);
        }
        if (!talents) {
            var pr = c.profile();
            c = c.withProfile(new nl.werkmap.domain.CandidateProfile(" ", pr.wishes(), pr.supportNeeds(),
                    pr.preferredSectors(), pr.hoursAvailable()));
        }
        if (pupil) {
            c = c.withSchool(Examples.school());
        }
        CandidateFacts facts = new CandidateFacts(ladder ? TODAY : null, true, TODAY);
        CompletenessReport report = Completeness.assess(c, facts, TODAY);

        EnumSet<MissingItem> expected = EnumSet.noneOf(MissingItem.class);
        if (!phone) {
            expected.add(MissingItem.CONTACTGEGEVENS);
        }
        if (!coach) {
            expected.add(MissingItem.COACH);
        }
        if (!talents) {
            expected.add(MissingItem.TALENTEN);
        }
        if (!ladder) {
            expected.add(MissingItem.LADDERMETING);
        }
        assertEquals(new ArrayList<>(expected), report.missing());
        int checks = pupil ? 13 : 11;
        assertEquals(Math.round(100.0 * (checks - expected.size()) / checks), report.score());
    }
}
