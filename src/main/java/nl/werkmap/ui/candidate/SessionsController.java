package nl.werkmap.ui.candidate;

import java.util.List;

import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.domain.validation.SessionValidator;
import nl.werkmap.ui.common.Columns;
import nl.werkmap.ui.common.ConfirmDelete;
import nl.werkmap.ui.common.Dates;
import nl.werkmap.ui.common.EnumLabels;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.TabMovesFocus;
import nl.werkmap.ui.common.Text;
import nl.werkmap.ui.common.UnsavedDialog;
import nl.werkmap.ui.common.ValidationDecorator;

/** Binds the sessions tab: the list, and the form that corrects or deletes the chosen session. */
public final class SessionsController {

    private final SessionsViewModel vm;
    private final Messages messages;
    private final Dates dates;
    /** Set while the selection is put back after "Annuleren", so it does not ask again. */
    private boolean reselecting;

    @FXML private VBox root;
    @FXML private TableView<CoachingSession> sessions;
    @FXML private VBox editor;
    @FXML private DatePicker editDate;
    @FXML private TextField editTime;
    @FXML private TextField editMinutes;
    @FXML private TextField editHours;
    @FXML private ComboBox<SessionType> editType;
    @FXML private ComboBox<SessionLocation> editPlace;
    @FXML private TextArea editWentWell;
    @FXML private TextArea editConcerns;
    @FXML private TextArea editAgreements;
    @FXML private javafx.scene.layout.HBox reasonRow;
    @FXML private TextField editReason;
    @FXML private Button saveCorrection;
    @FXML private Button revert;
    @FXML private Button delete;
    @FXML private Label unsavedMark;
    @FXML private Label message;
    @FXML private Label problemList;
    @FXML private Label hint;

    public SessionsController(SessionsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.dates = new Dates(messages);
    }

    @FXML
    private void initialize() {
        Columns.text(sessions, messages.text("session.col.when"), 135, s -> dates.format(s.startsAt()));
        Columns.text(sessions, messages.text("session.col.state"), 120, vm::state);
        Columns.text(sessions, messages.text("session.col.type"), 125, s -> messages.enumText(s.type()));
        Columns.text(sessions, messages.text("session.col.location"), 90, s -> messages.enumText(s.location()));
        Columns.text(sessions, messages.text("session.col.minutes"), 60, s -> String.valueOf(s.durationMinutes()));
        Columns.text(sessions, messages.text("session.col.hours"), 70, s -> Text.decimal(s.hoursAccounted()));
        Columns.text(sessions, messages.text("session.col.attendees"), 120, vm::attendees);
        Columns.text(sessions, messages.text("session.col.wentWell"), 135, CoachingSession::wentWell);
        Columns.text(sessions, messages.text("session.col.concerns"), 135, CoachingSession::concerns);
        Columns.text(sessions, messages.text("session.col.agreements"), 135, CoachingSession::agreements);
        sessions.setItems(vm.sessions);
        sessions.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> chosen(old, now));

        editDate.valueProperty().bindBidirectional(vm.date);
        editTime.textProperty().bindBidirectional(vm.time);
        editMinutes.textProperty().bindBidirectional(vm.minutes);
        editHours.textProperty().bindBidirectional(vm.hours);
        editType.setItems(FXCollections.observableArrayList(SessionType.values()));
        editType.setConverter(EnumLabels.converter(messages, SessionType.class));
        editType.valueProperty().bindBidirectional(vm.type);
        editPlace.setItems(FXCollections.observableArrayList(SessionLocation.values()));
        editPlace.setConverter(EnumLabels.converter(messages, SessionLocation.class));
        editPlace.valueProperty().bindBidirectional(vm.location);
        editWentWell.textProperty().bindBidirectional(vm.wentWell);
        editConcerns.textProperty().bindBidirectional(vm.concerns);
        editAgreements.textProperty().bindBidirectional(vm.agreements);
        editReason.textProperty().bindBidirectional(vm.correctionReason);
        reasonRow.visibleProperty().bind(vm.reasonNeeded);
        reasonRow.managedProperty().bind(vm.reasonNeeded);
        // A save refused for want of a reason puts the cursor where the reason goes, to type it at once.
        vm.reasonAsked.addListener((obs, old, now) -> editReason.requestFocus());
        TabMovesFocus.install(editWentWell);
        TabMovesFocus.install(editConcerns);
        TabMovesFocus.install(editAgreements);
        editor.disableProperty().bind(vm.editing.isNull());
        hint.visibleProperty().bind(vm.editing.isNull());
        delete.disableProperty().bind(sessions.getSelectionModel().selectedItemProperty().isNull());
        saveCorrection.disableProperty().bind(vm.unsavedProperty().not());
        revert.disableProperty().bind(vm.unsavedProperty().not());
        unsavedMark.visibleProperty().bind(vm.unsavedProperty());
        new ValidationDecorator(vm.problems)
                .field(editDate, SessionValidator.STARTS_AT)
                .field(editTime, SessionValidator.STARTS_AT)
                .field(editMinutes, SessionValidator.DURATION_MINUTES)
                .field(editHours, SessionValidator.HOURS_ACCOUNTED)
                .field(editType, SessionValidator.TYPE)
                .field(editPlace, SessionValidator.LOCATION)
                .field(editReason, nl.werkmap.service.SessionService.CORRECTION_REASON)
                .summaryIn(problemList);
        MessageLine.bind(message, vm.message, vm.failed);
        // Ctrl+S saves the correction, Delete (in the list) deletes the chosen session.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.S && e.isShortcutDown()) {
                vm.saveCorrection();
                e.consume();
            }
        });
        sessions.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                delete();
                e.consume();
            }
        });
    }

    /** Choosing another session while the form holds a correction asks first. */
    private void chosen(CoachingSession old, CoachingSession now) {
        if (reselecting) {
            return;
        }
        if (vm.unsavedProperty().get() && old != null) {
            switch (UnsavedDialog.ask(messages, UnsavedDialog.windowOf(root), List.of(vm.formName()))) {
                case SAVE -> vm.saveNow(saved -> { });
                case DISCARD -> { }
                case CANCEL -> {
                    reselecting = true;
                    sessions.getSelectionModel().select(old);
                    reselecting = false;
                    return;
                }
            }
            if (vm.unsavedProperty().get() && vm.failed.get()) {
                reselecting = true;
                sessions.getSelectionModel().select(old);
                reselecting = false;
                return;
            }
        }
        vm.edit(now);
    }

    @FXML
    private void logSession() {
        vm.logSession();
    }

    @FXML
    private void saveCorrection() {
        vm.saveCorrection();
    }

    @FXML
    private void revert() {
        vm.revert();
    }

    @FXML
    private void delete() {
        CoachingSession s = sessions.getSelectionModel().getSelectedItem();
        if (s != null && ConfirmDelete.ask(messages, sessions, vm.describe(s))) {
            vm.delete(s);
        }
    }
}
