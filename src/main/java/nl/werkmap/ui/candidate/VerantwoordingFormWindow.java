package nl.werkmap.ui.candidate;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

import nl.werkmap.domain.JobcoachFormKind;
import nl.werkmap.domain.JobcoachResult;
import nl.werkmap.ui.common.EnumLabels;
import nl.werkmap.ui.common.Messages;

/**
 * The form as the employer or employee sees it on the coach's laptop: only the questions, nothing else of the file.
 * A window of its own, so the coach can turn the laptop round. The signature pad takes mouse, pen or finger.
 */
final class VerantwoordingFormWindow {

    private final VerantwoordingFormViewModel vm;
    private final Messages messages;
    private final Stage stage = new Stage();

    VerantwoordingFormWindow(VerantwoordingFormViewModel vm, Messages messages, Window owner) {
        this.vm = vm;
        this.messages = messages;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.enumText(vm.kind.get()));
        VBox content = new VBox(10, title(), fields(), signature(), actions());
        content.setPadding(new Insets(16));
        content.setId("formWindow");
        Scene scene = new Scene(content, 720, vm.kind.get().signed() ? 540 : 520);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    private Label title() {
        Label l = new Label(messages.enumText(vm.kind.get()) + " · " + vm.period.get());
        l.getStyleClass().add("section-header");
        return l;
    }

    private GridPane fields() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.setHgap(8);
        grid.setVgap(8);
        int row = 0;
        JobcoachFormKind kind = vm.kind.get();
        if (kind.signed()) {
            ComboBox<Integer> score = new ComboBox<>(FXCollections.observableArrayList(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
            score.setId("formScore");
            score.valueProperty().bindBidirectional(vm.score);
            add(grid, row++, kind == JobcoachFormKind.WERKGEVER_EVALUATIE ? "forms.scoreEmployer"
                    : "forms.scoreEmployee", score);
        }
        if (kind == JobcoachFormKind.WERKGEVER_EVALUATIE) {
            ComboBox<Boolean> done = new ComboBox<>(FXCollections.observableArrayList(true, false));
            done.setId("formWorkDone");
            done.setConverter(new StringConverter<>() {
                @Override
                public String toString(Boolean b) {
                    return b == null ? "" : messages.text(b ? "forms.yes" : "forms.no");
                }

                @Override
                public Boolean fromString(String s) {
                    return null;
                }
            });
            done.valueProperty().bindBidirectional(vm.workDone);
            add(grid, row++, "forms.workDone", done);
            TextField absence = new TextField();
            absence.setId("formAbsence");
            absence.setPrefColumnCount(4);
            absence.textProperty().bindBidirectional(vm.absenceDays);
            Label hint = new Label(messages.text("forms.absenceHint"));
            hint.getStyleClass().add("hint-text");
            add(grid, row++, "forms.absence", new HBox(8, absence, hint));
        }
        if (!kind.signed()) {
            add(grid, row++, "forms.answerOwnEffort", area(vm.answerOwnEffort, "formAnswerOwnEffort"));
            add(grid, row++, "forms.answerCoachActivities", area(vm.answerCoachActivities,
                    "formAnswerCoachActivities"));
            ComboBox<JobcoachResult> result = new ComboBox<>(
                    FXCollections.observableArrayList(JobcoachResult.values()));
            result.setId("formResult");
            result.setConverter(EnumLabels.converter(messages, JobcoachResult.class));
            result.valueProperty().bindBidirectional(vm.result);
            add(grid, row++, "forms.result", result);
        }
        add(grid, row, kind.signed() ? "forms.remark" : "forms.motivation", area(vm.remark, "formRemark"));
        return grid;
    }

    private static TextArea area(javafx.beans.property.StringProperty property, String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.textProperty().bindBidirectional(property);
        return area;
    }

    private void add(GridPane grid, int row, String key, javafx.scene.Node field) {
        Label label = new Label(messages.text(key));
        label.getStyleClass().add("form-label");
        label.setWrapText(true);
        label.setMaxWidth(220);
        if (field instanceof javafx.scene.control.Control c) {
            label.setLabelFor(c);
            c.setAccessibleText(messages.text(key));
        }
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }

    private VBox signature() {
        if (!vm.kind.get().signed()) {
            return new VBox();
        }
        TextField signer = new TextField();
        signer.setId("formSigner");
        signer.textProperty().bindBidirectional(vm.signerName);
        signer.setPromptText(messages.text("forms.signer"));
        signer.setAccessibleText(messages.text("forms.signer"));
        VerantwoordingSignaturePad pad = new VerantwoordingSignaturePad(460, 130, vm.strokes);
        pad.setAccessibleText(messages.text("forms.signHere"));
        pad.disableProperty().bind(vm.onPaper);
        Button clear = new Button(messages.text("forms.clearSignature"));
        clear.setId("clearSignature");
        clear.setOnAction(e -> pad.clear());
        clear.disableProperty().bind(vm.onPaper);
        CheckBox paper = new CheckBox(messages.text("forms.onPaper"));
        paper.setId("formOnPaper");
        paper.selectedProperty().bindBidirectional(vm.onPaper);
        Label label = new Label(messages.text("forms.signHere"));
        label.getStyleClass().add("form-label");
        return new VBox(6, label, signer, new HBox(10, pad, new VBox(8, clear, paper)));
    }

    private HBox actions() {
        Button save = new Button(messages.text("forms.save"));
        save.setId("saveForm");
        save.getStyleClass().add("accent");
        save.setDefaultButton(false);
        save.setOnAction(e -> vm.save());
        Button close = new Button(messages.text("forms.close"));
        close.setId("closeForm");
        close.setOnAction(e -> stage.close());
        Label message = new Label();
        message.setId("formMessage");
        message.setWrapText(true);
        message.setMaxWidth(460);
        message.textProperty().bind(vm.message);
        vm.failed.addListener((obs, old, now) -> message.getStyleClass().setAll(now ? "error-text" : "label"));
        HBox row = new HBox(12, save, close, message);
        row.getStyleClass().add("toolbar-row");
        return row;
    }
}
