package nl.werkmap.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person in the caseload. Composed of small parts so screens and rules can work on the part they need.
 * Nested parts are never null (an unknown part is its EMPTY/UNKNOWN value), except {@code school}, which is null
 * for someone who is not a pupil. Required fields such as the name may be null while a form is being filled in;
 * {@code CandidateValidator} reports them.
 *
 * @param statusReason       why the status is what it is (needed for TIJDELIJK_NIET_BESCHIKBAAR)
 * @param outflowDestination where the candidate went (needed for UITGESTROOMD)
 * @param coachId            the coach this candidate is assigned to, null if none
 */
public record Candidate(
        UUID id,
        PersonalDetails personal,
        RegisterInfo register,
        RouteIn routeIn,
        Benefit benefit,
        CandidateStatus status,
        String statusReason,
        LocalDate statusSince,
        OutflowDestination outflowDestination,
        UUID coachId,
        LocalDate registeredOn,
        CandidateProfile profile,
        Mobility mobility,
        SchoolInfo school) {

    public Candidate {
        Require.nonNull(id, "id");
        personal = personal == null ? PersonalDetails.named(null) : personal;
        register = register == null ? RegisterInfo.UNKNOWN : register;
        profile = profile == null ? CandidateProfile.EMPTY : profile;
        mobility = mobility == null ? Mobility.UNKNOWN : mobility;
    }

    /** A fresh registration: status AANMELDING, register status unknown, nothing else known yet. */
    public static Candidate register(UUID id, String fullName, LocalDate registeredOn) {
        return new Candidate(id, PersonalDetails.named(fullName), RegisterInfo.UNKNOWN, null, null,
                CandidateStatus.AANMELDING, null, registeredOn, null, null, registeredOn,
                CandidateProfile.EMPTY, Mobility.UNKNOWN, null);
    }

    public boolean isPupil() {
        return school != null;
    }

    public Candidate withPersonal(PersonalDetails newPersonal) {
        return new Candidate(id, newPersonal, register, routeIn, benefit, status, statusReason, statusSince,
                outflowDestination, coachId, registeredOn, profile, mobility, school);
    }

    public Candidate withRegister(RegisterInfo newRegister) {
        return new Candidate(id, personal, newRegister, routeIn, benefit, status, statusReason, statusSince,
                outflowDestination, coachId, registeredOn, profile, mobility, school);
    }

    /** A status change; the reason and destination belong to the new status, so they are replaced too. */
    public Candidate withStatus(CandidateStatus newStatus, String reason, OutflowDestination destination,
                                LocalDate since) {
        return new Candidate(id, personal, register, routeIn, benefit, newStatus, reason, since,
                destination, coachId, registeredOn, profile, mobility, school);
    }

    public Candidate withCoach(UUID newCoachId) {
        return new Candidate(id, personal, register, routeIn, benefit, status, statusReason, statusSince,
                outflowDestination, newCoachId, registeredOn, profile, mobility, school);
    }

    public Candidate withProfile(CandidateProfile newProfile) {
        return new Candidate(id, personal, register, routeIn, benefit, status, statusReason, statusSince,
                outflowDestination, coachId, registeredOn, newProfile, mobility, school);
    }

    public Candidate withMobility(Mobility newMobility) {
        return new Candidate(id, personal, register, routeIn, benefit, status, statusReason, statusSince,
                outflowDestination, coachId, registeredOn, profile, newMobility, school);
    }

    public Candidate withSchool(SchoolInfo newSchool) {
        return new Candidate(id, personal, register, routeIn, benefit, status, statusReason, statusSince,
                outflowDestination, coachId, registeredOn, profile, mobility, newSchool);
    }
}
