package nl.werkmap.domain.validation;

/**
 * One thing wrong with user input.
 *
 * @param field      the field it is about, one of the field names the validators publish (e.g.
 *                   {@link CandidateValidator#BSN})
 * @param messageKey a ResourceBundle key from {@link ValidationMessage}
 */
public record ValidationProblem(String field, String messageKey) {
    public ValidationProblem {
        if (field == null || messageKey == null) {
            throw new IllegalArgumentException("field and messageKey are required");
        }
    }

    public static ValidationProblem of(String field, ValidationMessage message) {
        return new ValidationProblem(field, message.key());
    }
}
