package nl.werkmap.ui.session;

import java.util.List;

import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

import nl.werkmap.domain.Attendee;
import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.domain.validation.SessionValidator;
import nl.werkmap.service.SessionService;
import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.store.caseload.PlacementFile;
import nl.werkmap.ui.common.EnumLabels;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.TabMovesFocus;
import nl.werkmap.ui.common.UnsavedDialog;
import nl.werkmap.ui.common.ValidationDecorator;

/** Binds the "Sessie vastleggen" sheet; Ctrl+Enter saves and Esc closes from any field in it. */
public final class QuickSessionController {

    private final QuickSessionViewModel vm;
    private final Messages messages;

    @FXML private StackPane backdrop;
    @FXML private TextField search;
    @FXML private ListView<CaseloadRow> matches;
    @FXML private ComboBox<SessionType> type;
    @FXML private ComboBox<SessionLocation> place;
    @FXML private DatePicker date;
    @FXML private TextField time;
    @FXML private TextField minutes;
    @FXML private TextField hours;
    @FXML private ComboBox<PlacementFile> placement;
    @FXML private FlowPane attendees;
    @FXML private TextArea wentWell;
    @FXML private TextArea concerns;
    @FXML private TextArea agreements;
    @FXML private TextField followUp;
    @FXML private DatePicker followUpDue;
    @FXML private Button save;
    @FXML private Label message;
    @FXML private javafx.scene.layout.HBox forWhom;
    @FXML private Label forWhomName;
    @FXML private Label problemList;
    @FXML private Label unsavedMark;
    @FXML private Button discardDraft;
    @FXML private Label draftNote;
    @FXML private ComboBox<CoachingActivity> activity;
    @FXML private ComboBox<nl.werkmap.domain.PlanGoal> goal;
    @FXML private TextField travel;
    @FXML private Label hoursCheck;
    @FXML private javafx.scene.layout.HBox dayReasonRow;
    @FXML private TextField dayReason;

    public QuickSessionController(QuickSessionViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        SessionDraft d = vm.draft;
        search.textProperty().bindBidirectional(vm.search);
        matches.setItems(vm.matches);
        matches.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CaseloadRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.nameWithCue());
            }
        });
        // Whose file this is, always in sight: the full name with birth year or school, and a way to change it.
        forWhomName.textProperty().bind(vm.candidate.map(r -> messages.format("session.forWhom", r.nameWithCue()))
                .orElse(""));
        forWhom.visibleProperty().bind(vm.candidate.isNotNull());
        forWhom.managedProperty().bind(forWhom.visibleProperty());
        matches.visibleProperty().bind(vm.picking);
        matches.managedProperty().bind(vm.picking);
        matches.setOnMouseClicked(e -> vm.pick(matches.getSelectionModel().getSelectedItem()));
        matches.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.pick(matches.getSelectionModel().getSelectedItem());
                wentWell.requestFocus();
                e.consume();
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.pickFirstOr(matches.getSelectionModel().getSelectedItem());
                wentWell.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !vm.matches.isEmpty()) {
                matches.requestFocus();
                matches.getSelectionModel().select(0);
                e.consume();
            }
        });
        type.setItems(FXCollections.observableArrayList(SessionType.values()));
        type.setConverter(EnumLabels.converter(messages, SessionType.class));
        type.valueProperty().bindBidirectional(d.type);
        place.setItems(FXCollections.observableArrayList(SessionLocation.values()));
        place.setConverter(EnumLabels.converter(messages, SessionLocation.class));
        place.valueProperty().bindBidirectional(d.location);
        date.valueProperty().bindBidirectional(d.date);
        time.textProperty().bindBidirectional(d.time);
        minutes.textProperty().bindBidirectional(d.minutes);
        hours.textProperty().bindBidirectional(d.hours);
        placement.setItems(vm.placements);
        placement.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlacementFile p) {
                if (p == null) {
                    return "";
                }
                String employer = p.employer() == null ? "" : p.employer().name();
                return employer + " – " + messages.enumText(p.placement().type());
            }

            @Override
            public PlacementFile fromString(String text) {
                return null;
            }
        });
        placement.valueProperty().bindBidirectional(d.placement);
        for (Attendee a : Attendee.values()) {
            CheckBox box = new CheckBox(messages.enumText(a));
            box.selectedProperty().bindBidirectional(d.attendees.get(a));
            attendees.getChildren().add(box);
        }
        activity.setItems(FXCollections.observableArrayList(CoachingActivity.values()));
        activity.setConverter(EnumLabels.converter(messages, CoachingActivity.class));
        activity.valueProperty().bindBidirectional(d.activity);
        goal.setItems(vm.goals);
        goal.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(nl.werkmap.domain.PlanGoal g) {
                return g == null ? messages.text("session.field.goal.none") : g.description();
            }

            @Override
            public nl.werkmap.domain.PlanGoal fromString(String text) {
                return null;
            }
        });
        goal.valueProperty().bindBidirectional(d.goal);
        goal.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.goals));
        travel.textProperty().bindBidirectional(d.travel);
        hoursCheck.textProperty().bind(vm.hoursCheck.text);
        hoursCheck.visibleProperty().bind(vm.hoursCheck.text.isNotEmpty());
        hoursCheck.managedProperty().bind(hoursCheck.visibleProperty());
        dayReason.textProperty().bindBidirectional(d.dayReason);
        dayReasonRow.visibleProperty().bind(vm.hoursCheck.longDay.or(d.dayReason.isNotEmpty()));
        dayReasonRow.managedProperty().bind(dayReasonRow.visibleProperty());
        wentWell.textProperty().bindBidirectional(d.wentWell);
        concerns.textProperty().bindBidirectional(d.concerns);
        agreements.textProperty().bindBidirectional(d.agreements);
        TabMovesFocus.install(wentWell);
        TabMovesFocus.install(concerns);
        TabMovesFocus.install(agreements);
        followUp.textProperty().bindBidirectional(d.followUp);
        followUpDue.valueProperty().bindBidirectional(d.followUpDue);
        message.textProperty().bind(vm.message);
        vm.messageTone.get().applyTo(message);
        vm.messageTone.addListener((obs, old, tone) -> tone.applyTo(message));
        save.disableProperty().bind(vm.saving);
        new ValidationDecorator(vm.problems)
                .field(search, QuickSessionViewModel.CANDIDATE)
                .field(time, SessionValidator.STARTS_AT)
                .field(date, SessionValidator.STARTS_AT)
                .field(minutes, SessionValidator.DURATION_MINUTES)
                .field(hours, SessionValidator.HOURS_ACCOUNTED)
                .field(type, SessionValidator.TYPE)
                .field(place, SessionValidator.LOCATION)
                .field(travel, QuickSessionViewModel.TRAVEL)
                .field(dayReason, SessionService.DAY_REASON)
                .summaryIn(problemList);
        // The open candidate arrives from the background a moment after the sheet opens.
        vm.candidate.addListener((obs, old, now) -> {
            if (now != null && search.isFocused()) {
                wentWell.requestFocus();
            }
        });
        backdrop.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                vm.save();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                leave();
            }
        });
        unsavedMark.visibleProperty().bind(vm.input.unsavedProperty());
        discardDraft.visibleProperty().bind(vm.draftRestored);
        draftNote.textProperty().bind(vm.draftNote);
        draftNote.visibleProperty().bind(vm.draftRestored.or(vm.completesAppointment));
        discardDraft.managedProperty().bind(vm.draftRestored);
    }

    /**
     * Cursor where typing starts: the notes when the candidate is known, else the name search. At once, not after
     * the next pulse: the sheet is visible already, and the field's focus ring then comes with the sheet's first
     * paint instead of a second repaint of the field (issue 13).
     */
    public void focusStart() {
        if (vm.candidate.get() != null) {
            wentWell.requestFocus();
        } else {
            search.requestFocus();
        }
    }

    @FXML
    private void save() {
        vm.save();
    }

    @FXML
    private void cancel() {
        leave();
    }

    @FXML
    private void discardDraft() {
        vm.throwDraftAway();
        wentWell.requestFocus();
    }

    /** Esc or "Annuleren": closes at once when nothing was typed, else asks first. */
    private void leave() {
        if (!vm.hasUnsavedInput()) {
            vm.cancel();
            return;
        }
        switch (UnsavedDialog.ask(messages, UnsavedDialog.windowOf(backdrop), List.of(vm.formName()))) {
            case SAVE -> vm.save();
            case DISCARD -> vm.discardAndClose();
            case CANCEL -> wentWell.requestFocus();
        }
    }

    /** Another candidate: the name field empties and takes the cursor; the rest of the form stays. */
    @FXML
    private void changeCandidate() {
        vm.search.set("");
        search.requestFocus();
    }
}
