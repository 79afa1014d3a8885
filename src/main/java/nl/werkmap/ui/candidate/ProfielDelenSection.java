package nl.werkmap.ui.candidate;

import java.io.File;
import java.util.function.Supplier;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import nl.werkmap.domain.Employer;
import nl.werkmap.domain.share.DelingValidator;
import nl.werkmap.domain.share.DelingVorm;
import nl.werkmap.domain.share.ProfielDeling;
import nl.werkmap.domain.share.ProfielVeld;
import nl.werkmap.domain.share.ToestemmingWijze;
import nl.werkmap.ui.common.Columns;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.ValidationDecorator;

/**
 * The "Delen met werkgever" section under the werknemersprofiel: built in code because its field boxes follow the
 * allow-list ({@link ProfielVeld}), so a field added there shows up here without a second list to keep in step.
 */
final class ProfielDelenSection {

    private final ProfielDelenViewModel vm;
    private final Messages messages;
    private final VBox root = new VBox(6);

    ProfielDelenSection(ProfielDelenViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        build();
    }

    Node root() {
        return root;
    }

    private void build() {
        root.setId("shareSection");
        root.setUserData(vm);
        root.setPadding(new Insets(8, 16, 16, 16));
        Label title = new Label(messages.text("share.title"));
        title.getStyleClass().add("section-header");
        Label hint = new Label(messages.text("share.hint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);

        ToggleGroup forms = new ToggleGroup();
        HBox formRow = new HBox(16);
        for (DelingVorm v : DelingVorm.values()) {
            RadioButton r = new RadioButton(messages.enumText(v));
            r.setId("shareForm" + v.name());
            r.setToggleGroup(forms);
            r.setUserData(v);
            r.setSelected(vm.vorm.get() == v);
            formRow.getChildren().add(r);
        }
        forms.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                vm.vorm.set((DelingVorm) now.getUserData());
            }
        });

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);

        ComboBox<Employer> employer = new ComboBox<>(vm.employers);
        employer.setId("shareEmployer");
        employer.setMaxWidth(Double.MAX_VALUE);
        employer.setPromptText(messages.text("share.employer.prompt"));
        employer.setConverter(new StringConverter<>() {
            @Override
            public String toString(Employer e) {
                return e == null ? "" : e.name();
            }

            @Override
            public Employer fromString(String text) {
                return vm.employers.stream().filter(e -> e.name().equals(text)).findFirst().orElse(null);
            }
        });
        employer.valueProperty().bindBidirectional(vm.employer);
        ComboBox<String> contact = new ComboBox<>(vm.contacts);
        contact.setId("shareContact");
        contact.setEditable(true);
        contact.setMaxWidth(Double.MAX_VALUE);
        contact.getEditor().textProperty().bindBidirectional(vm.contact);
        TextField purpose = new TextField();
        purpose.setId("sharePurpose");
        purpose.setPromptText(messages.text("share.purpose.prompt"));
        purpose.textProperty().bindBidirectional(vm.doel);
        row(grid, 0, "share.employer", employer);
        row(grid, 1, "share.contact", contact);
        row(grid, 2, "share.purpose", purpose);

        ComboBox<ToestemmingWijze> how = new ComboBox<>(FXCollections.observableArrayList(ToestemmingWijze.values()));
        how.setId("shareConsentHow");
        how.setConverter(enumLabels());
        how.valueProperty().bindBidirectional(vm.toestemming);
        DatePicker on = new DatePicker();
        on.setId("shareConsentOn");
        on.valueProperty().bindBidirectional(vm.toestemmingOp);
        DatePicker until = new DatePicker();
        until.setId("shareExpiresOn");
        until.valueProperty().bindBidirectional(vm.verlooptOp);
        HBox consentRow = new HBox(8, how, label("share.consent.on"), on, label("share.consent.until"), until);
        consentRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label consentStatus = new Label();
        consentStatus.setId("shareConsentStatus");
        consentStatus.setWrapText(true);
        consentStatus.textProperty().bind(vm.consentStatus);
        vm.consentGiven.addListener((obs, was, now) -> style(consentStatus, !now));
        style(consentStatus, !vm.consentGiven.get());
        VBox consent = new VBox(4, consentRow, consentStatus);
        Label consentLabel = row(grid, 3, "share.consent", consent);
        consent.visibleProperty().bind(vm.vorm.isEqualTo(DelingVorm.BENOEMD));
        consent.managedProperty().bind(consent.visibleProperty());
        consentLabel.visibleProperty().bind(consent.visibleProperty());
        consentLabel.managedProperty().bind(consent.visibleProperty());

        FlowPane fields = new FlowPane(10, 6);
        fields.setId("shareFields");
        vm.velden.forEach((veld, flag) -> {
            CheckBox box = new CheckBox(messages.enumText(veld));
            box.setId("shareField" + veld.name());
            box.setMinWidth(Region.USE_PREF_SIZE);
            box.selectedProperty().bindBidirectional(flag);
            if (veld.alleenBenoemd()) {
                box.disableProperty().bind(vm.vorm.isEqualTo(DelingVorm.ANONIEM));
            }
            fields.getChildren().add(box);
        });
        Label fieldsLabel = row(grid, 4, "share.fields", fields);
        javafx.scene.layout.GridPane.setValignment(fieldsLabel, javafx.geometry.VPos.TOP);

        Button share = new Button(messages.text("share.button"));
        share.setId("shareButton");
        share.getStyleClass().add("accent");
        share.disableProperty().bind(vm.busy);
        share.textProperty().bind(javafx.beans.binding.Bindings.when(vm.editing.isNull())
                .then(messages.text("share.button")).otherwise(messages.text("share.saveCorrection")));
        share.setOnAction(e -> saveShare());
        Button cancel = new Button(messages.text("share.cancelCorrection"));
        cancel.setId("shareCancelCorrection");
        cancel.visibleProperty().bind(vm.editing.isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.stopEditing());
        Label message = new Label();
        message.setId("shareMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.message);
        vm.failed.addListener((obs, was, now) -> style(message, now));
        HBox actions = new HBox(12, share, cancel, message);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label problems = new Label();
        new ValidationDecorator(vm.problems)
                .field(employer, DelingValidator.EMPLOYER)
                .field(purpose, DelingValidator.PURPOSE)
                .field(how, DelingValidator.CONSENT_HOW)
                .field(on, DelingValidator.CONSENT_ON)
                .field(until, DelingValidator.EXPIRES_ON)
                .summaryIn(problems);

        Label listTitle = new Label(messages.text("share.list.title"));
        listTitle.getStyleClass().add("section-header");
        TableView<ProfielDeling> table = new TableView<>(vm.shares);
        table.setId("shareTable");
        table.setPrefHeight(140);
        table.setPlaceholder(new Label(messages.text("share.list.empty")));
        Columns.text(table, messages.text("share.col.date"), 90, d -> nl.werkmap.domain.DutchDates.date(d.gedeeldOp()));
        Columns.text(table, messages.text("share.col.form"), 90, d -> messages.text(
                d.vorm() == DelingVorm.ANONIEM ? "share.form.ANONIEM" : "share.form.BENOEMD"));
        Columns.text(table, messages.text("share.col.to"), 230, vm::recipient);
        Columns.text(table, messages.text("share.col.purpose"), 220, d -> d.doel() == null ? "" : d.doel());
        Columns.text(table, messages.text("share.col.consent"), 150, vm::consentText);
        Columns.text(table, messages.text("share.col.status"), 170, vm::status);
        Button pdf = new Button(messages.text("share.pdf.again"));
        pdf.setId("sharePdfAgain");
        pdf.setOnAction(e -> {
            ProfielDeling d = table.getSelectionModel().getSelectedItem();
            File target = d == null ? null : chooser("profiel.pdf").get();
            if (d == null || target != null) {
                vm.savePdf(d, target);
            }
        });
        Button correct = new Button(messages.text("share.correct"));
        correct.setId("shareCorrect");
        correct.setOnAction(e -> vm.edit(table.getSelectionModel().getSelectedItem()));
        Button revoke = new Button(messages.text("share.revoke"));
        revoke.setId("shareRevoke");
        revoke.setOnAction(e -> vm.revoke(table.getSelectionModel().getSelectedItem()));
        Button delete = new Button(messages.text("share.delete"));
        delete.setId("shareDelete");
        delete.setOnAction(e -> vm.delete(table.getSelectionModel().getSelectedItem()));
        HBox listActions = new HBox(8, pdf, correct, revoke, delete);

        root.getChildren().addAll(title, hint, formRow, grid, problems, actions, listTitle, table, listActions);
    }

    /** The share button and Ctrl+S while the focus is in this section: the correction, or a new share. */
    void saveShare() {
        vm.saveFromKeyboard(chooser("profiel.pdf"));
    }

    private Supplier<File> chooser(String name) {
        if (vm.target != null) {
            return vm.target;
        }
        return () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.text("share.chooser"));
            chooser.setInitialFileName(name);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            return chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        };
    }

    private Label row(GridPane grid, int row, String key, Node input) {
        Label l = label(key);
        l.getStyleClass().add("form-label");
        grid.add(l, 0, row);
        grid.add(input, 1, row);
        if (input instanceof javafx.scene.control.Control c) {
            l.setLabelFor(c);
            c.setAccessibleText(messages.text(key));
        }
        return l;
    }

    private Label label(String key) {
        Label l = new Label(messages.text(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private StringConverter<ToestemmingWijze> enumLabels() {
        return new StringConverter<>() {
            @Override
            public String toString(ToestemmingWijze value) {
                return value == null ? "" : messages.enumText(value);
            }

            @Override
            public ToestemmingWijze fromString(String text) {
                for (ToestemmingWijze w : ToestemmingWijze.values()) {
                    if (messages.enumText(w).equals(text)) {
                        return w;
                    }
                }
                return null;
            }
        };
    }

    private static void style(Label label, boolean warning) {
        label.getStyleClass().removeAll("error-text");
        if (warning) {
            label.getStyleClass().add("error-text");
        }
    }
}
