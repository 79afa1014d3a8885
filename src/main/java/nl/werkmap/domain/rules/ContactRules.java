package nl.werkmap.domain.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateStatus;

/**
 * Who is getting out of view: people move, stop answering, or were never seen at all. A candidate who has left the
 * caseload (UITGESTROOMD) is not followed any more and gets no warning.
 */
public final class ContactRules {
    private ContactRules() {
    }

    /** With the default limit of {@link WerkmapRules#CONTACT_WARNING_DAYS} days (six weeks). */
    public static Optional<ContactWarning> check(Candidate candidate, LocalDate lastContact, LocalDate today) {
        return check(candidate, lastContact, today, WerkmapRules.CONTACT_WARNING_DAYS);
    }

    /**
     * A warning if the last contact is more than {@code maxDays} days ago, or if there never was one. Never-seen
     * candidates are always reported, however recent their registration: until the intake they are not in view.
     */
    public static Optional<ContactWarning> check(Candidate candidate, LocalDate lastContact, LocalDate today,
                                                 int maxDays) {
        if (candidate.status() == CandidateStatus.UITGESTROOMD) {
            return Optional.empty();
        }
        return check(lastContact, candidate.registeredOn(), today, maxDays);
    }

    /** The same rule for callers that only have the dates. */
    public static Optional<ContactWarning> check(LocalDate lastContact, LocalDate registeredOn, LocalDate today,
                                                 int maxDays) {
        if (maxDays < 0) {
            throw new IllegalArgumentException("maxDays must be >= 0, was " + maxDays);
        }
        if (lastContact == null) {
            long days = registeredOn == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(registeredOn, today));
            return Optional.of(new ContactWarning(ContactWarning.Kind.NOOIT_GEZIEN, days));
        }
        long days = ChronoUnit.DAYS.between(lastContact, today);
        if (days > maxDays) {
            return Optional.of(new ContactWarning(ContactWarning.Kind.TE_LANG_GEEN_CONTACT, days));
        }
        return Optional.empty();
    }
}
