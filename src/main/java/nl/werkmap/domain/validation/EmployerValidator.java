package nl.werkmap.domain.validation;

import java.util.List;

import nl.werkmap.domain.Employer;

/**
 * Checks an employer as entered: name and sector required; KvK number, postcode, contact phone and e-mail checked
 * when given. The public constants are the field names used in the problems.
 */
public final class EmployerValidator {
    public static final String NAME = "name";
    public static final String SECTOR = "sector";
    public static final String KVK_NUMBER = "kvkNumber";
    public static final String POSTCODE = "postcode";
    public static final String CONTACT_PHONE = "contactPhone";
    public static final String CONTACT_EMAIL = "contactEmail";

    private EmployerValidator() {
    }

    public static List<ValidationProblem> validate(Employer employer) {
        Problems problems = new Problems();
        problems.requireText(NAME, employer.name());
        problems.require(SECTOR, employer.sector());
        if (Problems.given(employer.kvkNumber()) && !KvkNumber.isValid(employer.kvkNumber())) {
            problems.add(KVK_NUMBER, ValidationMessage.KVK_FORMAT);
        }
        String postcode = employer.address().postcode();
        if (Problems.given(postcode) && !Postcode.isValid(postcode)) {
            problems.add(POSTCODE, ValidationMessage.POSTCODE_FORMAT);
        }
        String phone = employer.mainContact().phone();
        if (Problems.given(phone) && !PhoneNumber.isPlausible(phone)) {
            problems.add(CONTACT_PHONE, ValidationMessage.PHONE_FORMAT);
        }
        String email = employer.mainContact().email();
        if (Problems.given(email) && !EmailAddress.isPlausible(email)) {
            problems.add(CONTACT_EMAIL, ValidationMessage.EMAIL_FORMAT);
        }
        return problems.toList();
    }
}
