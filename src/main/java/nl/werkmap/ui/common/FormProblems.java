package nl.werkmap.ui.common;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import nl.werkmap.domain.validation.ValidationMessage;
import nl.werkmap.domain.validation.ValidationProblem;

/**
 * The problems of one form, per field, as text for the coach. "Fill this in" waits until the coach tried to save
 * (an empty new form should not start out red); wrong input shows as soon as it is typed.
 */
public final class FormProblems {

    private final Messages messages;
    private final BooleanProperty attempted = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Map<String, String>> shown = new ReadOnlyObjectWrapper<>(Map.of());
    private List<ValidationProblem> all = List.of();

    public FormProblems(Messages messages) {
        this.messages = messages;
        attempted.addListener((obs, was, now) -> publish());
    }

    /** Replaces the current problems (from the domain validator plus the form's own parse problems). */
    public void update(List<ValidationProblem> problems) {
        all = List.copyOf(problems);
        publish();
    }

    private void publish() {
        Map<String, String> visible = new TreeMap<>();
        for (ValidationProblem p : all) {
            boolean required = p.messageKey().equals(ValidationMessage.REQUIRED.key());
            if (attempted.get() || !required) {
                visible.putIfAbsent(p.field(), messages.text(p.messageKey()));
            }
        }
        shown.set(Map.copyOf(visible));
    }

    /** Field name → message, for the fields that should show a problem now. */
    public ReadOnlyObjectProperty<Map<String, String>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public String problemFor(String field) {
        return shown.get().get(field);
    }

    public boolean any() {
        return !all.isEmpty();
    }

    /** Called by save: from now on every problem shows. */
    public void markAttempted() {
        attempted.set(true);
    }

    public void reset() {
        attempted.set(false);
    }
}
