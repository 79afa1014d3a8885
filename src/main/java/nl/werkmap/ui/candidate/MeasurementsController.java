package nl.werkmap.ui.candidate;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;

import nl.werkmap.domain.Participatieladder;
import nl.werkmap.domain.ZrmDomain;
import nl.werkmap.ui.common.Columns;
import nl.werkmap.ui.common.ConfirmDelete;
import nl.werkmap.ui.common.Dates;
import nl.werkmap.ui.common.EnumLabels;
import nl.werkmap.ui.common.Messages;

/** Binds the measurements tab: ladder history + new rung, ZRM per domain + new scores. */
public final class MeasurementsController {

    private final MeasurementsViewModel vm;
    private final Messages messages;
    private final Dates dates;

    @FXML private TableView<MeasurementsViewModel.LadderRow> ladder;
    @FXML private DatePicker ladderDate;
    @FXML private ComboBox<Participatieladder> ladderRung;
    @FXML private TableView<MeasurementsViewModel.ZrmRow> zrm;
    @FXML private DatePicker zrmDate;
    @FXML private GridPane zrmForm;
    @FXML private Label message;
    @FXML private Label zrmDates;
    @FXML private Button addLadder;
    @FXML private Button addZrm;
    @FXML private Label unsavedMark;

    public MeasurementsController(MeasurementsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.dates = new Dates(messages);
    }

    @FXML
    private void initialize() {
        Columns.text(ladder, messages.text("measure.col.date"), 100, r -> dates.format(r.measurement().measuredOn()));
        Columns.text(ladder, messages.text("measure.col.rung"), 260, r -> messages.enumText(r.measurement().rung()));
        Columns.text(ladder, messages.text("measure.col.movement"), 110, r -> vm.movement(r.movement()));
        ladder.setItems(vm.ladder);
        ladderDate.valueProperty().bindBidirectional(vm.ladderDate);
        ladderRung.setItems(FXCollections.observableArrayList(Participatieladder.values()));
        ladderRung.setConverter(EnumLabels.converter(messages, Participatieladder.class));
        ladderRung.valueProperty().bindBidirectional(vm.ladderRung);

        Columns.text(zrm, messages.text("measure.col.domain"), 180, r -> messages.enumText(r.domain()));
        Columns.text(zrm, messages.text("measure.col.previous"), 90,
                r -> r.previous() == null ? "" : r.previous().toString());
        Columns.text(zrm, messages.text("measure.col.latest"), 90,
                r -> r.latest() == null ? "" : r.latest().toString());
        Columns.text(zrm, messages.text("measure.col.movement"), 90, r -> vm.movement(r.movement()));
        zrm.setItems(vm.zrm);
        // Also now: the tab is built when first shown, after the file may already be in.
        Runnable showZrmDates = () -> zrmDates.setText(vm.latestZrmDate() == null
                ? messages.text("measure.zrm.none")
                : messages.format("measure.zrm.dates", dates.format(vm.previousZrmDate()),
                dates.format(vm.latestZrmDate())));
        vm.zrm.addListener((javafx.collections.ListChangeListener<MeasurementsViewModel.ZrmRow>) c -> showZrmDates.run());
        showZrmDates.run();
        zrmDate.valueProperty().bindBidirectional(vm.zrmDate);
        List<Integer> scores = List.of(1, 2, 3, 4, 5);
        int i = 0;
        for (ZrmDomain domain : ZrmDomain.values()) {
            ComboBox<Integer> box = new ComboBox<>(FXCollections.observableArrayList(scores));
            box.setPrefWidth(70);
            box.setAccessibleText(messages.enumText(domain));
            box.valueProperty().bindBidirectional(vm.zrmScores.get(domain));
            Label label = new Label(messages.enumText(domain));
            label.setLabelFor(box);
            label.getStyleClass().add("form-label");
            int column = (i % 3) * 2;
            int row = i / 3;
            zrmForm.add(label, column, row);
            zrmForm.add(box, column + 1, row);
            i++;
        }
        MessageLine.bind(message, vm.message, vm.failed);
        addLadder.textProperty().bind(Bindings.when(vm.editingLadder.isNull())
                .then(messages.text("measure.ladder.add")).otherwise(messages.text("measure.ladder.saveEdit")));
        addZrm.textProperty().bind(Bindings.when(vm.editingZrm.isNull())
                .then(messages.text("measure.zrm.add")).otherwise(messages.text("measure.zrm.saveEdit")));
        unsavedMark.visibleProperty().bind(vm.unsavedProperty());
    }

    @FXML
    private void editLadder() {
        vm.editLadder(ladder.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void deleteLadder() {
        MeasurementsViewModel.LadderRow row = ladder.getSelectionModel().getSelectedItem();
        if (row == null) {
            vm.refuse(messages.text("measure.noneSelected"));
        } else if (ConfirmDelete.ask(messages, ladder, vm.describe(row))) {
            vm.deleteLadder(row);
        }
    }

    @FXML
    private void editZrm() {
        vm.editLatestZrm();
    }

    @FXML
    private void deleteZrm() {
        if (vm.newestZrm() == null) {
            vm.refuse(messages.text("measure.zrm.none"));
        } else if (ConfirmDelete.ask(messages, zrm, vm.describeZrm())) {
            vm.deleteLatestZrm();
        }
    }

    @FXML
    private void stopEditing() {
        vm.stopEditing();
    }

    @FXML
    private void addLadder() {
        vm.addLadder();
    }

    @FXML
    private void addZrm() {
        vm.addZrm();
    }
}
