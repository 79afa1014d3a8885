package nl.werkmap.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.scene.control.Control;

import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * Shows a form's problems in place with ControlsFX decorations. The view model decides what is wrong; this only
 * links each control to the field name the domain validator uses, and redraws when the problems change.
 */
public final class ValidationDecorator {

    private final ValidationSupport support = new ValidationSupport();
    private final Map<Control, String> fields = new LinkedHashMap<>();
    private final FormProblems problems;

    public ValidationDecorator(FormProblems problems) {
        this.problems = problems;
        problems.shownProperty().addListener((obs, old, now) -> support.revalidate());
    }

    public ValidationDecorator field(Control control, String field) {
        fields.put(control, field);
        Validator<Object> validator = (c, value) -> {
            String message = problems.problemFor(field);
            return message == null ? new ValidationResult()
                    : ValidationResult.fromMessageIf(c, message, Severity.ERROR, true);
        };
        support.registerValidator(control, false, validator);
        return this;
    }

    /** The text of a control's problem, for tooltips and tests. */
    public String problemOf(Control control) {
        String field = fields.get(control);
        return field == null ? null : problems.problemFor(field);
    }
}
