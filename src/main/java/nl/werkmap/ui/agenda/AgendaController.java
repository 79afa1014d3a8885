package nl.werkmap.ui.agenda;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import nl.werkmap.ui.common.Columns;
import nl.werkmap.ui.common.Dates;
import nl.werkmap.ui.common.Messages;

/** Binds the agenda; Enter or a double-click opens the candidate of the chosen line. */
public final class AgendaController {

    private final AgendaViewModel vm;
    private final Messages messages;
    private final Dates dates;

    @FXML private TableView<AgendaViewModel.Upcoming> upcoming;
    @FXML private TableView<AgendaViewModel.Overdue> overdue;
    @FXML private Label message;

    public AgendaController(AgendaViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.dates = new Dates(messages);
    }

    @FXML
    private void initialize() {
        Columns.text(upcoming, messages.text("agenda.col.when"), 140, u -> dates.format(u.session().startsAt()));
        Columns.text(upcoming, messages.text("agenda.col.candidate"), 200, AgendaViewModel.Upcoming::candidateName);
        Columns.text(upcoming, messages.text("agenda.col.type"), 140, u -> messages.enumText(u.session().type()));
        Columns.text(upcoming, messages.text("agenda.col.location"), 120,
                u -> messages.enumText(u.session().location()));
        upcoming.setItems(vm.upcoming);
        Columns.text(overdue, messages.text("agenda.col.due"), 110, o -> dates.format(o.action().dueDate()));
        Columns.text(overdue, messages.text("agenda.col.late"), 120, o -> vm.daysLate(o.daysLate()));
        Columns.text(overdue, messages.text("agenda.col.candidate"), 200, AgendaViewModel.Overdue::candidateName);
        Columns.text(overdue, messages.text("agenda.col.action"), 380, o -> o.action().description());
        Columns.text(overdue, messages.text("agenda.col.owner"), 110, o -> messages.enumText(o.action().owner()));
        overdue.setItems(vm.overdue);
        message.textProperty().bind(vm.message);
        upcoming.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && upcoming.getSelectionModel().getSelectedItem() != null) {
                vm.open(upcoming.getSelectionModel().getSelectedItem().session().candidateId());
            }
        });
        upcoming.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && upcoming.getSelectionModel().getSelectedItem() != null) {
                vm.open(upcoming.getSelectionModel().getSelectedItem().session().candidateId());
            }
        });
        overdue.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && overdue.getSelectionModel().getSelectedItem() != null) {
                vm.open(overdue.getSelectionModel().getSelectedItem().action().candidateId());
            }
        });
        overdue.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && overdue.getSelectionModel().getSelectedItem() != null) {
                vm.open(overdue.getSelectionModel().getSelectedItem().action().candidateId());
            }
        });
    }

    @FXML
    private void markDone() {
        vm.markDone(overdue.getSelectionModel().getSelectedItem());
    }
}
