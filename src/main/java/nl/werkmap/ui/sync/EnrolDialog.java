package nl.werkmap.ui.sync;

import java.io.File;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Theme;

/**
 * The "Koppelen aan de gemeente" dialog: a form (hub address, code, and when needed the hub's certificate file),
 * a progress line while the laptop enrols, and then both fingerprints to read out with the administrator. The
 * dialog stays open on an error, with the coach's input, so they can correct it and try again.
 */
public final class EnrolDialog {

    /** Sentences wrap at this width; a wrapping label needs a width to know its height. */
    private static final double TEXT_WIDTH = 560;

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final EnrolViewModel vm;
    private final Messages messages;

    public EnrolDialog(EnrolViewModel vm, Messages messages, Window owner) {
        this.vm = vm;
        this.messages = messages;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.text("sync.enrol.title"));
        dialog.setHeaderText(messages.text("sync.enrol.header"));
        dialog.getDialogPane().setId("enrolDialog");
        dialog.getDialogPane().setMinWidth(580);
        dialog.getDialogPane().setPrefWidth(620);
        ButtonType link = new ButtonType(messages.text("sync.enrol.action.link"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(messages.text("sync.enrol.action.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(link, close);
        Button linkButton = (Button) dialog.getDialogPane().lookupButton(link);
        linkButton.setId("enrolLink");
        // Enrolling takes a moment and may fail: the dialog stays open until the coach closes it.
        linkButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.enrol();
        });
        linkButton.disableProperty().bind(vm.stepProperty().isNotEqualTo(EnrolViewModel.Step.FORM));
        linkButton.visibleProperty().bind(vm.stepProperty().isNotEqualTo(EnrolViewModel.Step.DONE));
        Button closeButton = (Button) dialog.getDialogPane().lookupButton(close);
        closeButton.setId("enrolClose");
        vm.stepProperty().addListener((obs, old, now) -> closeButton.setText(messages.text(
                now == EnrolViewModel.Step.DONE ? "sync.enrol.action.done" : "sync.enrol.action.close")));
        dialog.getDialogPane().setContent(new StackPane(form(), done()));
        Theme.style(dialog.getDialogPane().getScene());
        // An error sentence or the fingerprints change the content's height: grow the window with it.
        vm.errorProperty().addListener((obs, old, now) -> fitWindow());
        vm.stepProperty().addListener((obs, old, now) -> fitWindow());
        vm.certificateNeededProperty().addListener((obs, old, now) -> fitWindow());
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    public void show() {
        dialog.show();
    }

    private void fitWindow() {
        javafx.application.Platform.runLater(() -> {
            Window window = dialog.getDialogPane().getScene().getWindow();
            if (window != null) {
                window.sizeToScene();
            }
        });
    }

    private VBox form() {
        Label intro = new Label(messages.text("sync.enrol.intro"));
        intro.setWrapText(true);
        intro.setPrefWidth(TEXT_WIDTH);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        TextField hub = new TextField();
        hub.setId("enrolHub");
        hub.setPromptText("https://hub.gemeente.nl");
        hub.textProperty().bindBidirectional(vm.hubUrlProperty());
        TextField code = new TextField();
        code.setId("enrolCode");
        code.textProperty().bindBidirectional(vm.codeProperty());
        Label hubLabel = new Label(messages.text("sync.enrol.hub"));
        hubLabel.setLabelFor(hub);
        Label codeLabel = new Label(messages.text("sync.enrol.code"));
        codeLabel.setLabelFor(code);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, hubLabel, hub);
        grid.addRow(1, codeLabel, code);
        hub.setPrefColumnCount(30);

        Button chooseCertificate = new Button(messages.text("sync.enrol.certificate.choose"));
        chooseCertificate.setId("enrolCertificate");
        chooseCertificate.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.text("sync.enrol.certificate.choose"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    messages.text("sync.enrol.certificate.filter"), "*.crt", "*.pem", "*.cer"));
            File file = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (file != null) {
                vm.trustCertificate(file.toPath());
            }
        });
        Label certificate = new Label();
        certificate.setWrapText(true);
        certificate.setPrefWidth(TEXT_WIDTH - 160);
        certificate.setMinHeight(Region.USE_PREF_SIZE);
        certificate.textProperty().bind(vm.certificateText);
        HBox certificateRow = new HBox(10, chooseCertificate, certificate);
        certificateRow.visibleProperty().bind(vm.certificateNeededProperty());
        certificateRow.managedProperty().bind(vm.certificateNeededProperty());

        Label error = new Label();
        error.setId("enrolError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setPrefWidth(TEXT_WIDTH);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(vm.errorProperty().isNotEmpty());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label busyText = new Label(messages.text("sync.enrol.busy"));
        HBox busy = new HBox(8, spinner, busyText);
        busy.setId("enrolBusy");
        busy.visibleProperty().bind(vm.stepProperty().isEqualTo(EnrolViewModel.Step.BUSY));
        busy.managedProperty().bind(busy.visibleProperty());

        grid.disableProperty().bind(vm.stepProperty().isEqualTo(EnrolViewModel.Step.BUSY));
        VBox form = new VBox(12, intro, grid, certificateRow, error, busy);
        form.setPadding(new Insets(4, 0, 0, 0));
        form.visibleProperty().bind(vm.stepProperty().isNotEqualTo(EnrolViewModel.Step.DONE));
        return form;
    }

    private VBox done() {
        Label linked = new Label();
        linked.setId("enrolLinkedAs");
        linked.setWrapText(true);
        linked.setPrefWidth(TEXT_WIDTH);
        linked.setMinHeight(Region.USE_PREF_SIZE);
        linked.textProperty().bind(vm.linkedAs);
        Label deviceFp = fingerprint("enrolDeviceFingerprint");
        deviceFp.textProperty().bind(vm.deviceFingerprintProperty());
        Label hubFp = fingerprint("enrolHubFingerprint");
        hubFp.textProperty().bind(vm.hubFingerprintProperty());
        GridPane prints = new GridPane();
        prints.setHgap(10);
        prints.setVgap(6);
        prints.addRow(0, new Label(messages.text("sync.enrol.done.device")), deviceFp);
        prints.addRow(1, new Label(messages.text("sync.enrol.done.hub")), hubFp);
        Label compare = new Label(messages.text("sync.enrol.done.compare"));
        compare.setWrapText(true);
        compare.setPrefWidth(TEXT_WIDTH);
        compare.setMinHeight(Region.USE_PREF_SIZE);
        compare.getStyleClass().add("muted");
        VBox done = new VBox(12, linked, prints, compare);
        done.visibleProperty().bind(vm.stepProperty().isEqualTo(EnrolViewModel.Step.DONE));
        return done;
    }

    private static Label fingerprint(String id) {
        Label label = new Label();
        label.setId(id);
        label.setStyle("-fx-font-family: monospace; -fx-font-size: 1.15em; -fx-font-weight: bold;");
        return label;
    }
}
