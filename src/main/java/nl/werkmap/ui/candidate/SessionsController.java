package nl.werkmap.ui.candidate;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

import nl.werkmap.domain.CoachingSession;
import nl.werkmap.ui.common.Columns;
import nl.werkmap.ui.common.Dates;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Text;

/** Binds the sessions tab. */
public final class SessionsController {

    private final SessionsViewModel vm;
    private final Messages messages;
    private final Dates dates;

    @FXML private TableView<CoachingSession> sessions;
    @FXML private Label detail;

    public SessionsController(SessionsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.dates = new Dates(messages);
    }

    @FXML
    private void initialize() {
        Columns.text(sessions, messages.text("session.col.when"), 135, s -> dates.format(s.startsAt()));
        Columns.text(sessions, messages.text("session.col.type"), 110, s -> messages.enumText(s.type()));
        Columns.text(sessions, messages.text("session.col.location"), 90, s -> messages.enumText(s.location()));
        Columns.text(sessions, messages.text("session.col.minutes"), 60, s -> String.valueOf(s.durationMinutes()));
        Columns.text(sessions, messages.text("session.col.hours"), 55, s -> Text.decimal(s.hoursAccounted()));
        Columns.text(sessions, messages.text("session.col.attendees"), 140, vm::attendees);
        Columns.text(sessions, messages.text("session.col.wentWell"), 190, CoachingSession::wentWell);
        Columns.text(sessions, messages.text("session.col.concerns"), 190, CoachingSession::concerns);
        Columns.text(sessions, messages.text("session.col.agreements"), 190, CoachingSession::agreements);
        sessions.setItems(vm.sessions);
        // The notes are longer than a column: the chosen session's notes are shown in full below the list.
        sessions.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> detail.setText(
                now == null ? messages.text("session.detail.hint") : vm.notes(now)));
        detail.setText(messages.text("session.detail.hint"));
    }

    @FXML
    private void logSession() {
        vm.logSession();
    }
}
