package nl.werkmap.domain.validation;

import nl.werkmap.domain.Address;
import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.PersonalDetails;

/**
 * Puts what a coach typed into the stored form before saving: surrounding spaces trimmed, blank fields made empty
 * (null), BSN without dots or spaces, postcode as "1234 AB", e-mail trimmed. Values that are not valid are left as
 * typed, so the validator can still point at them.
 */
public final class CandidateCleanup {
    private CandidateCleanup() {
    }

    public static Candidate clean(Candidate candidate) {
        PersonalDetails p = candidate.personal();
        Address a = p.address();
        String bsn = text(p.bsn());
        String postcode = text(a.postcode());
        PersonalDetails cleaned = new PersonalDetails(text(p.fullName()), text(p.preferredName()),
                bsn != null && Bsn.hasValidFormat(bsn) ? Bsn.normalise(bsn) : bsn, p.birthDate(), text(p.phone()),
                text(p.email()), new Address(text(a.street()),
                        postcode != null && Postcode.isValid(postcode) ? Postcode.normalise(postcode) : postcode,
                        text(a.city())), text(p.municipality()));
        return candidate.withPersonal(cleaned);
    }

    /** Trimmed, or null when nothing is left. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
