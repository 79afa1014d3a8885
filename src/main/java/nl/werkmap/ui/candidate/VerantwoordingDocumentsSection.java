package nl.werkmap.ui.candidate;

import java.io.File;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import nl.werkmap.domain.JobcoachForm;
import nl.werkmap.domain.JobcoachFormKind;
import nl.werkmap.report.verantwoording.DocumentKind;
import nl.werkmap.report.verantwoording.DocumentText;
import nl.werkmap.report.verantwoording.VerantwoordingDocuments.Format;
import nl.werkmap.ui.common.Messages;

/**
 * The "Documenten" and "Formulieren" sections under the toekenningen: make a document (PDF or text blocks to paste)
 * of the chosen placement and half year, and fill in the forms with the person, each in a window of its own.
 */
final class VerantwoordingDocumentsSection {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    final VerantwoordingDocumentsViewModel documents;
    final VerantwoordingFormViewModel forms;
    private final Messages messages;
    private final VBox root;
    /** The form window last opened, for tests and for closing it when the coach moves on. */
    VerantwoordingFormWindow window;

    VerantwoordingDocumentsSection(VerantwoordingViewModel tab, Messages messages) {
        this.messages = messages;
        Clock clock = Clock.systemDefaultZone();
        this.documents = new VerantwoordingDocumentsViewModel(tab.candidate, tab.placement, clock);
        this.forms = new VerantwoordingFormViewModel(tab.candidate, tab.placement, clock);
        forms.period.bindBidirectional(documents.period);
        root = new VBox(10, header("documents.title"), makeRow(), warningRow(), messageLine(), blocks(),
                header("forms.title"), formButtons(), formList());
        root.setId("documentsSection");
        root.getProperties().put(VerantwoordingDocumentsSection.class, this);
        documents.saveTo(this::chooseFile);
    }

    Node root() {
        return root;
    }

    private Label header(String key) {
        Label l = new Label(messages.text(key));
        l.getStyleClass().add("section-header");
        return l;
    }

    private File chooseFile(String suggested) {
        if (VerantwoordingOpener.savePlace() != null) {
            return VerantwoordingOpener.savePlace().apply(suggested);
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("documents.saveAs"));
        chooser.setInitialFileName(suggested);
        String ext = suggested.substring(suggested.lastIndexOf('.') + 1);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(Locale.ROOT), "*." + ext));
        return chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
    }

    private HBox makeRow() {
        ComboBox<DocumentKind> kind = new ComboBox<>(documents.kinds);
        kind.setId("documentKind");
        kind.setConverter(EnumLabelsFor.documentKinds(messages));
        kind.valueProperty().bindBidirectional(documents.kind);
        kind.setAccessibleText(messages.text("documents.kind"));
        TextField period = new TextField();
        period.setId("documentPeriod");
        period.setPrefColumnCount(7);
        period.setPromptText("2026-H2");
        period.setAccessibleText(messages.text("verantwoording.field.period"));
        period.textProperty().bindBidirectional(documents.period);
        ComboBox<Format> format = new ComboBox<>(FXCollections.observableArrayList(Format.values()));
        format.setId("documentFormat");
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(Format f) {
                return f == null ? "" : messages.text(f == Format.PDF ? "documents.format.pdf" : "documents.format.txt");
            }

            @Override
            public Format fromString(String s) {
                return null;
            }
        });
        format.valueProperty().bindBidirectional(documents.format);
        format.setAccessibleText(messages.text("documents.format"));
        Button make = new Button(messages.text("documents.make"));
        make.setId("makeDocument");
        make.getStyleClass().add("accent");
        make.disableProperty().bind(documents.working);
        make.setOnAction(e -> documents.make());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(documents.working);
        Label periodLabel = new Label(messages.text("verantwoording.field.period"));
        periodLabel.setLabelFor(period);
        HBox row = new HBox(8, kind, periodLabel, period, format, make, progress);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox warningRow() {
        Label warning = new Label();
        warning.setId("medicalWarning");
        warning.setWrapText(true);
        warning.getStyleClass().add("error-text");
        warning.textProperty().bind(documents.medicalWarning);
        HBox.setHgrow(warning, Priority.ALWAYS);
        Button anyway = new Button(messages.text("documents.makeAnyway"));
        anyway.setId("makeAnyway");
        anyway.setOnAction(e -> documents.makeAnyway());
        anyway.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(10, warning, anyway);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(documents.medicalWarning.isNotEmpty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    private Label messageLine() {
        Label message = new Label();
        message.setId("documentMessage");
        message.setWrapText(true);
        message.textProperty().bind(documents.message);
        documents.failed.addListener((obs, old, now) -> message.getStyleClass().setAll(now ? "error-text" : "label"));
        return message;
    }

    /** The text form as blocks, each with a button that copies it for one field of a portal. */
    private VBox blocks() {
        VBox box = new VBox(6);
        box.setId("documentBlocks");
        documents.textBlocks.addListener((ListChangeListener<DocumentText.Block>) change -> {
            box.getChildren().clear();
            for (DocumentText.Block block : documents.textBlocks) {
                Label title = new Label(block.title());
                title.getStyleClass().add("form-label");
                Label text = new Label(block.text());
                text.setWrapText(true);
                Button copy = new Button(messages.text("documents.copy"));
                copy.setOnAction(e -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(block.text());
                    javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
                    documents.message.set(messages.format("documents.copied", block.title()));
                });
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                box.getChildren().add(new VBox(2, new HBox(8, title, spacer, copy), text));
            }
        });
        return box;
    }

    private HBox formButtons() {
        HBox row = new HBox(8);
        for (JobcoachFormKind kind : JobcoachFormKind.values()) {
            Button b = new Button(messages.format("forms.fillIn", messages.enumText(kind)));
            b.setId("fill" + kind.name());
            b.setOnAction(e -> open(kind, null));
            row.getChildren().add(b);
        }
        return row;
    }

    private void open(JobcoachFormKind kind, JobcoachForm existing) {
        if (existing == null) {
            forms.start(kind);
        } else {
            forms.correct(existing);
        }
        if (window != null) {
            window.stage().close();
        }
        window = new VerantwoordingFormWindow(forms, messages, root.getScene() == null ? null
                : root.getScene().getWindow());
        window.show();
    }

    private VBox formList() {
        VBox box = new VBox(4);
        box.setId("formList");
        Label none = new Label(messages.text("forms.none"));
        box.getChildren().add(none);
        forms.forms.addListener((ListChangeListener<JobcoachForm>) change -> {
            box.getChildren().clear();
            if (forms.forms.isEmpty()) {
                box.getChildren().add(none);
            }
            for (JobcoachForm f : forms.forms) {
                String signed = !f.kind().signed() ? messages.enumText(f.result())
                        : f.signedOnPaper() ? messages.text("forms.signedOnPaper")
                        : f.signature() != null ? messages.text("forms.signedOnScreen") : "";
                Label line = new Label(messages.enumText(f.kind()) + " · " + (f.filledOn() == null ? ""
                        : DAY.format(f.filledOn())) + (f.score() == null ? "" : " · " + f.score() + "/10")
                        + (signed.isEmpty() ? "" : " · " + signed));
                Button correct = new Button(messages.text("forms.correct"));
                correct.setOnAction(e -> open(f.kind(), f));
                Button delete = new Button(messages.text("forms.delete"));
                delete.setOnAction(e -> forms.delete(f));
                HBox row = new HBox(8, line, correct, delete);
                row.setAlignment(Pos.CENTER_LEFT);
                box.getChildren().add(row);
            }
        });
        return box;
    }

    /** Labels of the report's document kinds from the bundles. */
    private static final class EnumLabelsFor {
        private static final java.util.Map<DocumentKind, String> KEYS = java.util.Map.of(
                DocumentKind.VERANTWOORDING, "documents.kind.VERANTWOORDING",
                DocumentKind.WERKGEVER_EVALUATIE, "documents.kind.WERKGEVER_EVALUATIE",
                DocumentKind.WERKNEMER_TEVREDENHEID, "documents.kind.WERKNEMER_TEVREDENHEID",
                DocumentKind.VERVOLGAANVRAAG, "documents.kind.VERVOLGAANVRAAG",
                DocumentKind.EINDRAPPORTAGE, "documents.kind.EINDRAPPORTAGE",
                DocumentKind.MELDING_DIENSTBETREKKING, "documents.kind.MELDING_DIENSTBETREKKING",
                DocumentKind.TEVREDENHEID_JAAR, "documents.kind.TEVREDENHEID_JAAR");

        static StringConverter<DocumentKind> documentKinds(Messages messages) {
            return new StringConverter<>() {
                @Override
                public String toString(DocumentKind k) {
                    return k == null ? "" : messages.text(KEYS.get(k));
                }

                @Override
                public DocumentKind fromString(String s) {
                    return null;
                }
            };
        }
    }
}
