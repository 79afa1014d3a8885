package nl.werkmap.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.PersonalDetails;
import nl.werkmap.domain.RegisterStatus;
import nl.werkmap.domain.SchoolDestination;

/**
 * Scores how complete a candidate's basic data is and lists what is missing. UWV's Kandidatenverkenner failed
 * because most of its candidates lacked basic data; showing the gaps per candidate and per team is how Werkmap makes
 * complete data the easy path. Every check weighs the same, so the score is easy to explain to a coach.
 */
public final class Completeness {
    private static final int COMMON_CHECKS = 11;
    private static final int PUPIL_CHECKS = 2;

    private Completeness() {
    }

    public static CompletenessReport assess(Candidate candidate, CandidateFacts facts, LocalDate today) {
        List<MissingItem> missing = new ArrayList<>();
        PersonalDetails p = candidate.personal();
        if (blank(p.phone()) && blank(p.email())) {
            missing.add(MissingItem.CONTACTGEGEVENS);
        }
        if (p.birthDate() == null) {
            missing.add(MissingItem.GEBOORTEDATUM);
        }
        if (blank(p.address().postcode()) && blank(p.address().city())) {
            missing.add(MissingItem.WOONPLAATS);
        }
        RegisterStatus registerStatus = candidate.register().status();
        if (registerStatus == null || registerStatus == RegisterStatus.ONBEKEND) {
            missing.add(MissingItem.REGISTERSTATUS);
        }
        if (candidate.coachId() == null) {
            missing.add(MissingItem.COACH);
        }
        if (blank(candidate.profile().talents())) {
            missing.add(MissingItem.TALENTEN);
        }
        if (blank(candidate.profile().wishes())) {
            missing.add(MissingItem.WENSEN);
        }
        if (blank(candidate.profile().supportNeeds())) {
            missing.add(MissingItem.ONDERSTEUNINGSBEHOEFTE);
        }
        if (candidate.profile().hoursAvailable() == null) {
            missing.add(MissingItem.BESCHIKBARE_UREN);
        }
        LocalDate ladder = facts.lastLadderMeasuredOn();
        if (ladder == null || ladder.isBefore(today.minusMonths(WerkmapRules.LADDER_MAX_AGE_MONTHS))) {
            missing.add(MissingItem.LADDERMETING);
        }
        if (facts.profileConsent() == null) {
            missing.add(MissingItem.TOESTEMMING_PROFIEL);
        }
        int checks = COMMON_CHECKS;
        if (candidate.isPupil()) {
            checks += PUPIL_CHECKS;
            if (candidate.school().expectedLeavingDate() == null) {
                missing.add(MissingItem.VERWACHTE_UITSTROOMDATUM);
            }
            SchoolDestination destination = candidate.school().destination();
            if (destination == null || destination == SchoolDestination.ONBEKEND) {
                missing.add(MissingItem.BESTEMMING_NA_SCHOOL);
            }
        }
        int passed = checks - missing.size();
        int score = (int) Math.round(100.0 * passed / checks);
        return new CompletenessReport(score, missing);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
