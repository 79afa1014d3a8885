package nl.werkmap.domain.validation;

import java.util.List;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.PersonalDetails;
import nl.werkmap.domain.RegisterInfo;
import nl.werkmap.domain.rules.WerkmapRules;

/**
 * Checks a candidate as entered by a coach. Required: full name, register status, status and registration date.
 * A status needs what explains it (UITGESTROOMD a destination, TIJDELIJK_NIET_BESCHIKBAAR a reason). Optional
 * fields are checked only when given. The public constants are the field names used in the problems.
 */
public final class CandidateValidator {
    public static final String FULL_NAME = "fullName";
    public static final String BSN = "bsn";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String POSTCODE = "postcode";
    public static final String REGISTER_STATUS = "registerStatus";
    public static final String REGISTER_END = "registerEnd";
    public static final String STATUS = "status";
    public static final String STATUS_REASON = "statusReason";
    public static final String OUTFLOW_DESTINATION = "outflowDestination";
    public static final String REGISTERED_ON = "registeredOn";
    public static final String HOURS_AVAILABLE = "hoursAvailable";

    private CandidateValidator() {
    }

    public static List<ValidationProblem> validate(Candidate candidate) {
        Problems problems = new Problems();
        PersonalDetails personal = candidate.personal();
        problems.requireText(FULL_NAME, personal.fullName());
        if (Problems.given(personal.bsn())) {
            if (!Bsn.hasValidFormat(personal.bsn())) {
                problems.add(BSN, ValidationMessage.BSN_FORMAT);
            } else if (!Bsn.passesElfproef(personal.bsn())) {
                problems.add(BSN, ValidationMessage.BSN_ELFPROEF);
            }
        }
        if (Problems.given(personal.phone()) && !PhoneNumber.isPlausible(personal.phone())) {
            problems.add(PHONE, ValidationMessage.PHONE_FORMAT);
        }
        if (Problems.given(personal.email()) && !EmailAddress.isPlausible(personal.email())) {
            problems.add(EMAIL, ValidationMessage.EMAIL_FORMAT);
        }
        String postcode = personal.address().postcode();
        if (Problems.given(postcode) && !Postcode.isValid(postcode)) {
            problems.add(POSTCODE, ValidationMessage.POSTCODE_FORMAT);
        }
        RegisterInfo register = candidate.register();
        problems.require(REGISTER_STATUS, register.status());
        if (register.start() != null && register.end() != null && register.end().isBefore(register.start())) {
            problems.add(REGISTER_END, ValidationMessage.REGISTER_END_BEFORE_START);
        }
        problems.require(STATUS, candidate.status());
        if (candidate.status() == CandidateStatus.UITGESTROOMD && candidate.outflowDestination() == null) {
            problems.add(OUTFLOW_DESTINATION, ValidationMessage.STATUS_DESTINATION_REQUIRED);
        }
        if (candidate.status() == CandidateStatus.TIJDELIJK_NIET_BESCHIKBAAR
                && !Problems.given(candidate.statusReason())) {
            problems.add(STATUS_REASON, ValidationMessage.STATUS_REASON_REQUIRED);
        }
        problems.require(REGISTERED_ON, candidate.registeredOn());
        Double hours = candidate.profile().hoursAvailable();
        if (hours != null && (hours < 0 || hours > WerkmapRules.MAX_HOURS_PER_WEEK)) {
            problems.add(HOURS_AVAILABLE, ValidationMessage.HOURS_AVAILABLE_RANGE);
        }
        return problems.toList();
    }
}
