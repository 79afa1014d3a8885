package nl.werkmap.ui.candidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.werkmap.domain.LoonwaardeMeasurement;
import nl.werkmap.domain.LoonwaardeMethod;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementEndReason;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.rules.WerkmapRules;
import nl.werkmap.domain.validation.LoonwaardeValidator;
import nl.werkmap.domain.validation.PlacementValidator;
import nl.werkmap.domain.validation.ValidationMessage;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.ui.common.FormProblems;
import nl.werkmap.ui.common.InputState;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Text;

/**
 * What the coach does with an existing placement: change it, extend it, end it, turn a proefplaatsing into a
 * dienstverband, or record a loonwaarde. One small form per action; the one open is {@link #mode}. Every change is
 * checked with the domain's rules as it is typed, and ids of records the action creates are fixed when the form
 * opens, so a retried save never makes a second one.
 */
final class PlacementActions {

    enum Mode { NONE, EDIT, EXTEND, END, CONTRACT, LOONWAARDE }

    static final String CONTRACT_HOURS = "contractHours";

    final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.NONE);
    final ObjectProperty<Placement> target = new SimpleObjectProperty<>();

    final StringProperty jobTitle = new SimpleStringProperty("");
    final ObjectProperty<PlacementType> type = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> plannedEnd = new SimpleObjectProperty<>();
    final StringProperty hours = new SimpleStringProperty("");

    final ObjectProperty<LocalDate> newPlannedEnd = new SimpleObjectProperty<>();

    final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    final ObjectProperty<PlacementEndReason> endReason = new SimpleObjectProperty<>();
    final StringProperty endNote = new SimpleStringProperty("");

    final ObjectProperty<LocalDate> contractStart = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> contractEnd = new SimpleObjectProperty<>();
    final StringProperty contractHours = new SimpleStringProperty("");

    final ObjectProperty<LocalDate> measuredOn = new SimpleObjectProperty<>();
    final StringProperty percentage = new SimpleStringProperty("");
    final ObjectProperty<LoonwaardeMethod> method = new SimpleObjectProperty<>();
    final StringProperty assessor = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> nextMeasurement = new SimpleObjectProperty<>();
    final BooleanProperty loonkostensubsidie = new SimpleBooleanProperty(false);
    final StringProperty lksPerMonth = new SimpleStringProperty("");
    final StringProperty loonwaardeNote = new SimpleStringProperty("");

    final FormProblems problems;
    /** Input typed in the open form that is not saved: the tab's "•", the "Niet opgeslagen" mark, the question. */
    final InputState input;
    private UUID contractId;
    private UUID loonwaardeId;

    PlacementActions(Messages messages) {
        this.problems = new FormProblems(messages);
        for (Observable o : new Observable[] {mode, jobTitle, type, start, plannedEnd, hours, newPlannedEnd, endDate,
                endReason, contractStart, contractEnd, contractHours, measuredOn, percentage, method,
                nextMeasurement, loonkostensubsidie, lksPerMonth}) {
            o.addListener(obs -> check());
        }
        input = new InputState(this::shown, mode, target, jobTitle, type, start, plannedEnd, hours, newPlannedEnd,
                endDate, endReason, endNote, contractStart, contractEnd, contractHours, measuredOn, percentage, method,
                assessor, nextMeasurement, loonkostensubsidie, lksPerMonth, loonwaardeNote);
    }

    /** What the open form shows; only the open form's own fields count (the others keep old values). */
    private List<Object> shown() {
        List<Object> out = new ArrayList<>();
        out.add(mode.get());
        out.add(target.get() == null ? null : target.get().id());
        switch (mode.get()) {
            case EDIT -> out.addAll(java.util.Arrays.asList(jobTitle.get(), type.get(), start.get(), plannedEnd.get(),
                    hours.get()));
            case EXTEND -> out.add(newPlannedEnd.get());
            case END -> out.addAll(java.util.Arrays.asList(endDate.get(), endReason.get(), endNote.get()));
            case CONTRACT -> out.addAll(java.util.Arrays.asList(contractStart.get(), contractEnd.get(),
                    contractHours.get()));
            case LOONWAARDE -> out.addAll(java.util.Arrays.asList(measuredOn.get(), percentage.get(), method.get(),
                    assessor.get(), nextMeasurement.get(), loonkostensubsidie.get(), lksPerMonth.get(),
                    loonwaardeNote.get()));
            case NONE -> { }
        }
        return out;
    }

    boolean isUnsaved() {
        return input.isUnsaved();
    }

    /** Opens the form for {@code action} on {@code placement}, filled with what is known. */
    void open(Mode action, Placement placement) {
        problems.reset();
        target.set(placement);
        LocalDate today = LocalDate.now();
        switch (action) {
            case EDIT -> {
                jobTitle.set(placement.jobTitle() == null ? "" : placement.jobTitle());
                type.set(placement.type());
                start.set(placement.start());
                plannedEnd.set(placement.plannedEnd());
                hours.set(Text.decimal(placement.hoursPerWeek()));
            }
            case EXTEND -> newPlannedEnd.set(placement.plannedEnd() == null ? null
                    : placement.plannedEnd().plusMonths(1));
            case END -> {
                endDate.set(today);
                endReason.set(null);
                endNote.set("");
            }
            case CONTRACT -> {
                contractId = RecordIds.next();
                contractStart.set(today.isAfter(placement.start()) ? today : placement.start().plusDays(1));
                contractEnd.set(null);
                contractHours.set(Text.decimal(placement.hoursPerWeek()));
            }
            case LOONWAARDE -> {
                loonwaardeId = RecordIds.next();
                measuredOn.set(today);
                percentage.set("");
                method.set(null);
                assessor.set("");
                nextMeasurement.set(today.plusMonths(WerkmapRules.LOONWAARDE_REMEASURE_MONTHS));
                loonkostensubsidie.set(placement.loonkostensubsidie());
                lksPerMonth.set("");
                loonwaardeNote.set("");
            }
            case NONE -> target.set(null);
        }
        mode.set(action);
        check();
        // Filled in for the coach, not typed.
        input.markClean();
    }

    void close() {
        mode.set(Mode.NONE);
        target.set(null);
        problems.reset();
        input.markClean();
    }

    UUID contractId() {
        return contractId;
    }

    /** The measurement as typed; only call when {@link FormProblems#any()} is false. */
    LoonwaardeMeasurement measurement() {
        Placement p = target.get();
        return new LoonwaardeMeasurement(loonwaardeId, p.candidateId(), p.id(), measuredOn.get(), parsedPercentage(),
                method.get(), Text.orNull(assessor.get()), nextMeasurement.get(), loonkostensubsidie.get(),
                parsedAmount(), Text.orNull(loonwaardeNote.get()));
    }

    Double parsedHours(StringProperty text) {
        try {
            Double value = Text.decimal(text.get());
            return value == null || value < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Integer parsedPercentage() {
        String t = Text.orNull(percentage.get());
        if (t == null) {
            return null;
        }
        try {
            return Integer.valueOf(t.replace("%", "").trim());
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }

    private Double parsedAmount() {
        try {
            return Text.decimal(lksPerMonth.get());
        } catch (NumberFormatException e) {
            return -1.0;
        }
    }

    private void check() {
        Placement p = target.get();
        List<ValidationProblem> found = new ArrayList<>();
        if (p != null) {
            switch (mode.get()) {
                case EDIT -> {
                    Double h = parsedHours(hours);
                    found.addAll(PlacementValidator.validate(p.editedTo(Text.orNull(jobTitle.get()), type.get(),
                            start.get(), plannedEnd.get(), h == null ? 0 : h)));
                    hoursProblem(found, hours, PlacementValidator.HOURS_PER_WEEK);
                }
                case EXTEND -> {
                    if (newPlannedEnd.get() == null) {
                        found.add(ValidationProblem.of(PlacementValidator.PLANNED_END, ValidationMessage.REQUIRED));
                    } else {
                        found.addAll(PlacementValidator.validate(p.extendedTo(newPlannedEnd.get())));
                    }
                }
                case END -> {
                    problemIfMissing(found, PlacementValidator.ACTUAL_END, endDate.get());
                    problemIfMissing(found, PlacementValidator.END_REASON, endReason.get());
                    if (endDate.get() != null && endReason.get() != null) {
                        found.addAll(PlacementValidator.validate(p.endedOn(endDate.get(), endReason.get(), null)));
                    }
                }
                case CONTRACT -> contractProblems(p, found);
                case LOONWAARDE -> {
                    Integer pct = parsedPercentage();
                    found.addAll(LoonwaardeValidator.validate(measuredOn.get(), pct, method.get(),
                            nextMeasurement.get(), loonkostensubsidie.get(), parsedAmount()));
                }
                case NONE -> { }
            }
        }
        problems.update(qualified(found));
    }

    /** Shows problems the service found (on the stored record) at this form's fields. */
    void refused(List<ValidationProblem> found) {
        problems.markAttempted();
        problems.update(qualified(found));
    }

    /**
     * The field name a control of {@code form} is decorated under: the five forms share the domain's field names
     * (three of them have a planned end), so each problem is qualified with the open form.
     */
    static String field(Mode form, String domainField) {
        return form.name() + "." + domainField;
    }

    private List<ValidationProblem> qualified(List<ValidationProblem> found) {
        List<ValidationProblem> out = new ArrayList<>(found.size());
        for (ValidationProblem p : found) {
            out.add(new ValidationProblem(field(mode.get(), p.field()), p.messageKey()));
        }
        return out;
    }

    private void contractProblems(Placement p, List<ValidationProblem> found) {
        LocalDate from = contractStart.get();
        if (from == null) {
            found.add(ValidationProblem.of(PlacementValidator.START, ValidationMessage.REQUIRED));
        } else if (!from.isAfter(p.start())) {
            found.add(ValidationProblem.of(PlacementValidator.START, ValidationMessage.CONTRACT_BEFORE_TRIAL));
        } else {
            Double h = parsedHours(contractHours);
            found.addAll(PlacementValidator.validate(p.contractAfter(UUID.randomUUID(), from, contractEnd.get(),
                    h == null ? 1 : h)));
        }
        hoursProblem(found, contractHours, CONTRACT_HOURS);
    }

    private void hoursProblem(List<ValidationProblem> found, StringProperty text, String field) {
        if (!field.equals(PlacementValidator.HOURS_PER_WEEK)) {
            // The contract form checks its own hours field below, under its own name.
            found.removeIf(x -> x.field().equals(PlacementValidator.HOURS_PER_WEEK));
        }
        if (Text.orNull(text.get()) == null) {
            found.removeIf(x -> x.field().equals(PlacementValidator.HOURS_PER_WEEK));
            found.add(ValidationProblem.of(field, ValidationMessage.REQUIRED));
        } else if (parsedHours(text) == null) {
            found.removeIf(x -> x.field().equals(PlacementValidator.HOURS_PER_WEEK));
            found.add(new ValidationProblem(field, CandidateFormViewModel.HOURS_NOT_A_NUMBER));
        } else if (!field.equals(PlacementValidator.HOURS_PER_WEEK)) {
            double h = parsedHours(text);
            if (h <= 0 || h > WerkmapRules.MAX_HOURS_PER_WEEK) {
                found.add(ValidationProblem.of(field, ValidationMessage.PLACEMENT_HOURS_RANGE));
            }
        }
    }

    private static void problemIfMissing(List<ValidationProblem> found, String field, Object value) {
        if (value == null) {
            found.add(ValidationProblem.of(field, ValidationMessage.REQUIRED));
        }
    }
}
