package nl.werkmap.domain.share;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.werkmap.domain.validation.ValidationProblem;

/**
 * Checks a share before it is stored. Every share says what went, why and when; a named share also needs the
 * employer and the candidate's consent for it: how it was given, from when and until when, and not expired.
 */
public final class DelingValidator {

    public static final String EMPLOYER = "employer";
    public static final String PURPOSE = "purpose";
    public static final String FIELDS = "fields";
    public static final String SHARED_ON = "sharedOn";
    public static final String CONSENT_HOW = "consentHow";
    public static final String CONSENT_ON = "consentOn";
    public static final String EXPIRES_ON = "expiresOn";
    public static final String REVOKED_ON = "revokedOn";
    /** The candidate's consent decision (the Toestemmingen list), not a field of the share itself. */
    public static final String CONSENT = "consent";

    public static final String EMPLOYER_REQUIRED = "validation.share.employerRequired";
    public static final String PURPOSE_REQUIRED = "validation.share.purposeRequired";
    public static final String FIELDS_REQUIRED = "validation.share.fieldsRequired";
    public static final String NAMED_FIELD = "validation.share.namedFieldInAnonymous";
    public static final String SHARED_ON_REQUIRED = "validation.share.sharedOnRequired";
    public static final String CONSENT_HOW_REQUIRED = "validation.share.consentHowRequired";
    public static final String CONSENT_ON_REQUIRED = "validation.share.consentOnRequired";
    public static final String CONSENT_AFTER_SHARE = "validation.share.consentAfterShare";
    public static final String EXPIRES_REQUIRED = "validation.share.expiresRequired";
    public static final String EXPIRED = "validation.share.expired";
    public static final String REVOKED_BEFORE = "validation.share.revokedBeforeShared";
    public static final String NO_CONSENT = "validation.share.noConsent";
    public static final String EMPLOYER_GONE = "validation.share.employerGone";

    /** Every message key a share can be refused with (the bundle test checks they exist). */
    public static final java.util.List<String> MESSAGE_KEYS = java.util.List.of(EMPLOYER_REQUIRED, PURPOSE_REQUIRED,
            FIELDS_REQUIRED, NAMED_FIELD, SHARED_ON_REQUIRED, CONSENT_HOW_REQUIRED, CONSENT_ON_REQUIRED,
            CONSENT_AFTER_SHARE, EXPIRES_REQUIRED, EXPIRED, REVOKED_BEFORE, NO_CONSENT, EMPLOYER_GONE);

    private DelingValidator() {
    }

    /** The problems of a new share {@code d} on {@code today}; empty when it may be stored. */
    public static List<ValidationProblem> validate(ProfielDeling d, LocalDate today) {
        return validate(d, today, true);
    }

    /**
     * The problems of {@code d}; {@code nieuw} false for a correction of a stored share, which may have expired
     * since (correcting a typo in an old record is no new share).
     */
    public static List<ValidationProblem> validate(ProfielDeling d, LocalDate today, boolean nieuw) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (d.velden().isEmpty()) {
            problems.add(new ValidationProblem(FIELDS, FIELDS_REQUIRED));
        } else if (d.vorm() == DelingVorm.ANONIEM && d.velden().stream().anyMatch(ProfielVeld::alleenBenoemd)) {
            problems.add(new ValidationProblem(FIELDS, NAMED_FIELD));
        }
        if (d.doel() == null || d.doel().isBlank()) {
            problems.add(new ValidationProblem(PURPOSE, PURPOSE_REQUIRED));
        }
        if (d.gedeeldOp() == null) {
            problems.add(new ValidationProblem(SHARED_ON, SHARED_ON_REQUIRED));
        }
        if (d.vorm() == DelingVorm.BENOEMD) {
            named(d, today, nieuw, problems);
        }
        if (d.ingetrokkenOp() != null && d.gedeeldOp() != null && d.ingetrokkenOp().isBefore(d.gedeeldOp())) {
            problems.add(new ValidationProblem(REVOKED_ON, REVOKED_BEFORE));
        }
        return problems;
    }

    private static void named(ProfielDeling d, LocalDate today, boolean nieuw, List<ValidationProblem> problems) {
        if (d.employerId() == null) {
            problems.add(new ValidationProblem(EMPLOYER, EMPLOYER_REQUIRED));
        }
        if (d.toestemming() == null) {
            problems.add(new ValidationProblem(CONSENT_HOW, CONSENT_HOW_REQUIRED));
        }
        if (d.toestemmingOp() == null) {
            problems.add(new ValidationProblem(CONSENT_ON, CONSENT_ON_REQUIRED));
        } else if (d.gedeeldOp() != null && d.toestemmingOp().isAfter(d.gedeeldOp())) {
            problems.add(new ValidationProblem(CONSENT_ON, CONSENT_AFTER_SHARE));
        }
        if (d.verlooptOp() == null) {
            problems.add(new ValidationProblem(EXPIRES_ON, EXPIRES_REQUIRED));
        } else if (nieuw && d.verlooptOp().isBefore(today)) {
            problems.add(new ValidationProblem(EXPIRES_ON, EXPIRED));
        }
    }
}
