package nl.werkmap.ui.candidate;

import java.util.Arrays;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;

import nl.werkmap.domain.codes.Occupation;
import nl.werkmap.domain.codes.SbiSection;
import nl.werkmap.domain.codes.SbiSections;
import nl.werkmap.domain.profile.Opleidingsniveau;
import nl.werkmap.domain.profile.ProfielItem;
import nl.werkmap.domain.profile.ProfielValidator;
import nl.werkmap.domain.profile.Werkervaring;
import nl.werkmap.ui.common.Columns;
import nl.werkmap.ui.common.EnumLabels;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.ValidationDecorator;

/**
 * Binds the werknemersprofiel tab. Checkboxes for sectors, days and the other lists are made here from their code
 * lists, so a list and its boxes never drift apart. Ctrl+S saves; Enter in the occupation list adds a wish.
 */
public final class ProfielController {

    private final ProfielViewModel vm;
    private final Messages messages;

    @FXML private BorderPane profielForm;
    @FXML private Label completenessIntro;
    @FXML private FlowPane profielMissing;
    @FXML private TextArea vaardigheden;
    @FXML private TextArea leren;
    @FXML private TextArea context;
    @FXML private TextArea identiteit;
    @FXML private TextArea wensen;
    @FXML private ComboBox<Opleidingsniveau> opleidingsniveau;
    @FXML private TextArea diplomas;
    @FXML private TextField skills;
    @FXML private TextField interests;
    @FXML private FlowPane sectorWishes;
    @FXML private TextField occupations;
    @FXML private Label occupationNames;
    @FXML private TextField occupationSearch;
    @FXML private ListView<Occupation> searchResults;
    @FXML private TableView<Werkervaring> experienceTable;
    @FXML private TextField jobCode;
    @FXML private TextField jobFrom;
    @FXML private TextField jobTo;
    @FXML private TextField jobDescription;
    @FXML private DatePicker availableFrom;
    @FXML private TextField hoursMin;
    @FXML private TextField hoursMax;
    @FXML private FlowPane days;
    @FXML private FlowPane dagdelen;
    @FXML private TextField travelPostcode;
    @FXML private TextField travelMinutes;
    @FXML private FlowPane modes;
    @FXML private ComboBox<ProfielFields.Licence> licence;
    @FXML private FlowPane werkgevolgen;
    @FXML private FlowPane leerwijzen;
    @FXML private Label profielProblems;
    @FXML private Button profielSave;
    @FXML private Label profielMessage;
    @FXML private javafx.scene.layout.VBox shareHolder;

    public ProfielController(ProfielViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        ProfielDelenSection shareSection = new ProfielDelenSection(vm.delen, messages);
        profielForm.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.S && e.isShortcutDown()) {
                // Ctrl+S saves what the focus is in: the share being made or corrected, or else the profile.
                if (within(profielForm.getScene() == null ? null : profielForm.getScene().getFocusOwner(),
                        shareHolder)) {
                    shareSection.saveShare();
                } else {
                    vm.save();
                }
                e.consume();
            }
        });
        ProfielFields f = vm.fields;
        vaardigheden.textProperty().bindBidirectional(f.vaardigheden);
        leren.textProperty().bindBidirectional(f.leren);
        context.textProperty().bindBidirectional(f.context);
        identiteit.textProperty().bindBidirectional(f.identiteit);
        wensen.textProperty().bindBidirectional(f.wensen);
        opleidingsniveau.setItems(FXCollections.observableArrayList(Opleidingsniveau.values()));
        opleidingsniveau.setConverter(EnumLabels.converter(messages, Opleidingsniveau.class));
        opleidingsniveau.valueProperty().bindBidirectional(f.opleidingsniveau);
        diplomas.textProperty().bindBidirectional(f.diplomas);
        skills.textProperty().bindBidirectional(f.skills);
        interests.textProperty().bindBidirectional(f.interests);
        for (SbiSection section : SbiSections.sbi2008().all()) {
            CheckBox box = box(section.display(), f.sectors.get(section.letter()));
            box.setTooltip(new Tooltip(section.title()));
            box.setAccessibleText(section.letter() + " " + section.title());
            sectorWishes.getChildren().add(box);
        }
        occupations.textProperty().bindBidirectional(f.occupations);
        occupationNames.textProperty().bind(vm.occupationNames);
        bindSearch();
        bindExperience();
        availableFrom.valueProperty().bindBidirectional(f.availableFrom);
        hoursMin.textProperty().bindBidirectional(f.hoursMin);
        hoursMax.textProperty().bindBidirectional(f.hoursMax);
        boxes(days, f.days);
        boxes(dagdelen, f.dagdelen);
        travelPostcode.textProperty().bindBidirectional(f.postcode);
        travelMinutes.textProperty().bindBidirectional(f.travelMinutes);
        boxes(modes, f.modes);
        licence.setItems(FXCollections.observableArrayList(ProfielFields.Licence.values()));
        licence.setConverter(licenceLabels());
        licence.valueProperty().bindBidirectional(f.licence);
        boxes(werkgevolgen, f.werkgevolgen);
        boxes(leerwijzen, f.leerwijzen);

        profielMessage.textProperty().bind(vm.message);
        vm.failed.addListener((obs, was, failed) -> styleMessage(failed));
        profielSave.disableProperty().bind(vm.loaded.not());
        vm.missing.addListener((ListChangeListener<ProfielItem>) change -> showMissing());
        vm.loaded.addListener((obs, was, now) -> showMissing());
        showMissing();
        new ValidationDecorator(vm.problems)
                .field(occupations, ProfielValidator.OCCUPATION_WISHES)
                .field(hoursMin, ProfielValidator.HOURS_MIN)
                .field(hoursMax, ProfielValidator.HOURS_MAX)
                .field(travelMinutes, ProfielValidator.TRAVEL_MINUTES)
                .field(travelPostcode, ProfielValidator.POSTCODE)
                .field(experienceTable, ProfielValidator.EXPERIENCE_ROWS)
                .summaryIn(profielProblems);
        shareHolder.getChildren().add(shareSection.root());
    }

    private static boolean within(javafx.scene.Node node, javafx.scene.Node ancestor) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void bindSearch() {
        occupationSearch.textProperty().bindBidirectional(vm.search);
        searchResults.setItems(vm.searchResults);
        searchResults.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Occupation item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.display());
            }
        });
        // Down from the search field goes into the results, Enter there adds the wish: no mouse needed.
        occupationSearch.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !vm.searchResults.isEmpty()) {
                searchResults.requestFocus();
                searchResults.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        searchResults.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                addWish();
                e.consume();
            }
        });
    }

    private void bindExperience() {
        Columns.text(experienceTable, messages.text("profiel.experience.col.occupation"), 260,
                job -> vm.occupation(job.iscoCode()));
        Columns.text(experienceTable, messages.text("profiel.experience.col.years"), 90, vm::years);
        Columns.text(experienceTable, messages.text("profiel.experience.col.description"), 220,
                job -> job.description() == null ? "" : job.description());
        experienceTable.setItems(vm.experience);
        jobCode.textProperty().bindBidirectional(vm.jobCode);
        jobFrom.textProperty().bindBidirectional(vm.jobFrom);
        jobTo.textProperty().bindBidirectional(vm.jobTo);
        jobDescription.textProperty().bindBidirectional(vm.jobDescription);
        jobDescription.setOnAction(e -> addJob());
        experienceTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                removeJob();
                e.consume();
            }
        });
    }

    private <E extends Enum<E>> void boxes(FlowPane pane, Map<E, BooleanProperty> flags) {
        flags.forEach((value, flag) -> pane.getChildren().add(box(messages.enumText(value), flag)));
    }

    private static CheckBox box(String text, BooleanProperty flag) {
        CheckBox box = new CheckBox(text);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.selectedProperty().bindBidirectional(flag);
        return box;
    }

    private StringConverter<ProfielFields.Licence> licenceLabels() {
        return new StringConverter<>() {
            @Override
            public String toString(ProfielFields.Licence value) {
                if (value == null) {
                    return "";
                }
                return messages.text(switch (value) {
                    case YES -> "profiel.licence.YES";
                    case NO -> "profiel.licence.NO";
                    case UNKNOWN -> "profiel.licence.UNKNOWN";
                });
            }

            @Override
            public ProfielFields.Licence fromString(String text) {
                return Arrays.stream(ProfielFields.Licence.values()).filter(v -> toString(v).equals(text))
                        .findFirst().orElse(ProfielFields.Licence.UNKNOWN);
            }
        };
    }

    private void showMissing() {
        profielMissing.getChildren().clear();
        if (!vm.loaded.get()) {
            completenessIntro.setText("");
            return;
        }
        if (vm.missing.isEmpty()) {
            completenessIntro.setText(messages.text("profiel.complete"));
            completenessIntro.getStyleClass().setAll("label", "muted");
            return;
        }
        completenessIntro.setText(messages.text("profiel.incomplete"));
        completenessIntro.getStyleClass().setAll("label", "muted");
        for (ProfielItem item : vm.missing) {
            Label badge = new Label(messages.enumText(item));
            badge.getStyleClass().addAll("badge", "badge-warning");
            profielMissing.getChildren().add(badge);
        }
    }

    private void styleMessage(boolean failed) {
        profielMessage.getStyleClass().removeAll("error-text");
        if (failed) {
            profielMessage.getStyleClass().add("error-text");
        }
    }

    @FXML
    private void save() {
        vm.save();
    }

    /** Opens the Baankansen screen with this candidate's open baankansen ranked (the profile is what they rank on). */
    @FXML
    private void showBaankansen() {
        vm.showBaankansen();
    }

    @FXML
    private void addWish() {
        vm.addWish(searchResults.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void useForExperience() {
        vm.useForExperience(searchResults.getSelectionModel().getSelectedItem());
        jobFrom.requestFocus();
    }

    @FXML
    private void addJob() {
        if (vm.addExperience()) {
            jobCode.requestFocus();
        }
    }

    @FXML
    private void removeJob() {
        vm.removeExperience(experienceTable.getSelectionModel().getSelectedItem());
    }
}
