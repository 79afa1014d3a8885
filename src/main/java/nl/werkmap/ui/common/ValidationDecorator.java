package nl.werkmap.ui.common;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import javafx.scene.control.Control;
import javafx.scene.control.Label;

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

    private Label summary;

    public ValidationDecorator(FormProblems problems) {
        this.problems = problems;
        problems.shownProperty().addListener((obs, old, now) -> {
            support.revalidate();
            writeSummary();
        });
    }

    /**
     * Also lists the problems in words ("Naam: Vul dit veld in."), so they can be read without hovering over the
     * marks, and by a screen reader.
     */
    public ValidationDecorator summaryIn(Label label) {
        this.summary = label;
        label.getStyleClass().add("error-text");
        label.setWrapText(true);
        writeSummary();
        return this;
    }

    private void writeSummary() {
        if (summary == null) {
            return;
        }
        Set<String> lines = new LinkedHashSet<>();
        fields.forEach((control, field) -> {
            String message = problems.problemFor(field);
            if (message != null) {
                String name = control.getAccessibleText() == null ? "" : control.getAccessibleText().replace(" *", "");
                lines.add(name.isEmpty() ? message : name + ": " + message);
            }
        });
        summary.setText(String.join("\n", lines));
        summary.setVisible(!lines.isEmpty());
        summary.setManaged(!lines.isEmpty());
    }

    public ValidationDecorator field(Control control, String field) {
        fields.put(control, field);
        Validator<Object> validator = (c, value) -> {
            String message = problems.problemFor(field);
            return message == null ? new ValidationResult()
                    : ValidationResult.fromMessageIf(c, message, Severity.ERROR, true);
        };
        support.registerValidator(control, false, validator);
        writeSummary();
        return this;
    }

    /** The text of a control's problem, for tooltips and tests. */
    public String problemOf(Control control) {
        String field = fields.get(control);
        return field == null ? null : problems.problemFor(field);
    }
}
