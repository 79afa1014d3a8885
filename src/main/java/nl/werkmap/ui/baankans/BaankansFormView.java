package nl.werkmap.ui.baankans;

import java.time.DayOfWeek;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import nl.werkmap.domain.Employer;
import nl.werkmap.domain.codes.OccupationCodes;
import nl.werkmap.domain.match.BaankansValidator;
import nl.werkmap.domain.profile.Dagdeel;
import nl.werkmap.domain.profile.Opleidingsniveau;
import nl.werkmap.domain.profile.Werkgevolg;
import nl.werkmap.ui.common.EnumLabels;
import nl.werkmap.ui.common.MessageTone;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.ValidationDecorator;
import nl.werkmap.ui.employer.SbiChoice;

/**
 * The baankans form: what matching needs (title, employer, occupation, sector, where, hours and times, start,
 * level, licence, the support the workplace offers, the tasks and the jobs they were carved from) and the
 * werkprofiel in five parts (Leidraad Jobcoach, CC BY 4.0). Built in code so the day and support boxes come from
 * their lists and never drift apart from them.
 */
final class BaankansFormView {

    private final BaankansViewModel vm;
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private int row;

    BaankansFormView(BaankansViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    Node build() {
        BaankansForm f = vm.form;
        grid.getStyleClass().add("form-grid");
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), fields);

        TextField title = text("baankansTitle", f.title);
        ComboBox<Employer> employer = new ComboBox<>(vm.employers);
        employer.setId("baankansEmployer");
        employer.setMaxWidth(Double.MAX_VALUE);
        employer.setConverter(employerNames(messages.text("baankans.employer.choose")));
        employer.valueProperty().bindBidirectional(f.employer);
        TextField isco = text("baankansIsco", f.iscoCode);
        isco.setPrefColumnCount(6);
        Label iscoName = new Label();
        iscoName.getStyleClass().add("muted");
        iscoName.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                OccupationCodes.isco08().find(f.iscoCode.get().strip()).map(o -> o.label()).orElse(""), f.iscoCode));
        ComboBox<String> sbi = new ComboBox<>();
        sbi.setId("baankansSbi");
        SbiChoice.fill(sbi, messages);
        sbi.valueProperty().bindBidirectional(f.sbiSection);
        TextField postcode = text("baankansPostcode", f.postcode);
        postcode.setPrefColumnCount(7);
        TextField place = text("baankansPlace", f.place);
        TextField hoursMin = text("baankansHoursMin", f.hoursMin);
        TextField hoursMax = text("baankansHoursMax", f.hoursMax);
        hoursMin.setPrefColumnCount(4);
        hoursMax.setPrefColumnCount(4);
        DatePicker start = new DatePicker();
        start.setId("baankansStart");
        start.valueProperty().bindBidirectional(f.start);
        ComboBox<Opleidingsniveau> niveau = new ComboBox<>();
        niveau.setId("baankansNiveau");
        niveau.getItems().add(null);
        niveau.getItems().addAll(Opleidingsniveau.values());
        niveau.setConverter(EnumLabels.converter(messages, Opleidingsniveau.class));
        niveau.valueProperty().bindBidirectional(f.niveau);
        CheckBox licence = new CheckBox(messages.text("baankans.field.licence"));
        licence.setId("baankansLicence");
        licence.selectedProperty().bindBidirectional(f.drivingLicence);

        add("baankans.field.title", title);
        add("baankans.field.employer", employer);
        HBox occupation = new HBox(8, isco, iscoName);
        occupation.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        add("baankans.field.isco", occupation);
        add("baankans.field.sbi", new VBox(2, sbi, hint("baankans.field.sbi.hint")));
        add("baankans.field.where", new HBox(8, postcode, place));
        HBox hours = new HBox(8, hoursMin, new Label(messages.text("baankans.field.hoursTo")), hoursMax);
        hours.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        add("baankans.field.hours", hours);
        add("baankans.field.start", start);
        add("baankans.field.days", boxes("baankansDays", f.days, DayOfWeek.class));
        add("baankans.field.dagdelen", boxes("baankansDagdelen", f.dagdelen, Dagdeel.class));
        add("baankans.field.niveau", niveau);
        add("baankans.field.licenceRow", licence);
        add("baankans.field.support", boxes("baankansSupport", f.support, Werkgevolg.class));
        add("baankans.field.tasks", area("baankansTasks", f.tasks, 3, "baankans.field.tasks.prompt"));
        add("baankans.field.carvedFrom", area("baankansCarvedFrom", f.carvedFrom, 2, "baankans.field.carvedFrom.prompt"));
        Label parts = new Label(messages.text("baankans.werkprofiel.title"));
        parts.getStyleClass().add("section-header");
        grid.add(parts, 0, row++, 2, 1);
        add("baankans.werkprofiel.eisen", area("baankansEisen", f.eisen, 2, null));
        add("baankans.werkprofiel.ontwikkeling", area("baankansOntwikkeling", f.ontwikkeling, 2, null));
        add("baankans.werkprofiel.context", area("baankansContext", f.context, 2, null));
        add("baankans.werkprofiel.waarden", area("baankansWaarden", f.waarden, 2, null));
        add("baankans.werkprofiel.omstandigheden", area("baankansOmstandigheden", f.omstandigheden, 2, null));
        Label attribution = hint("baankans.werkprofiel.attribution");
        grid.add(attribution, 0, row++, 2, 1);

        Label formTitle = new Label();
        formTitle.getStyleClass().add("subtitle");
        formTitle.textProperty().bind(vm.formTitle);
        Label unsaved = new Label(messages.text("unsaved.mark"));
        unsaved.getStyleClass().add("unsaved-mark");
        unsaved.visibleProperty().bind(vm.unsavedProperty());
        Button save = new Button(messages.text("baankans.save"));
        save.setId("baankansSave");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.save());
        Label message = new Label();
        message.setId("baankansMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.message);
        vm.failed.addListener((obs, was, now) -> MessageTone.of(now).applyTo(message));
        Label problems = new Label();
        problems.setId("baankansProblems");
        problems.setWrapText(true);
        new ValidationDecorator(vm.problems)
                .field(title, BaankansValidator.TITLE)
                .field(employer, BaankansValidator.EMPLOYER)
                .field(isco, BaankansValidator.OCCUPATION)
                .field(sbi, BaankansValidator.SECTOR)
                .field(hoursMin, BaankansValidator.HOURS_MIN)
                .field(hoursMax, BaankansValidator.HOURS_MAX)
                .field(postcode, BaankansValidator.POSTCODE)
                .summaryIn(problems);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox head = new HBox(12, formTitle, unsaved);
        HBox actions = new HBox(8, save);
        actions.getStyleClass().add("toolbar-row");
        return new VBox(8, head, scroll, actions, message, problems);
    }

    private void add(String labelKey, Node field) {
        Label label = new Label(messages.text(labelKey));
        label.getStyleClass().add("form-label");
        label.setMinWidth(Control.USE_PREF_SIZE);
        if (field instanceof Control control) {
            label.setLabelFor(control);
            control.setAccessibleText(messages.text(labelKey));
        }
        grid.addRow(row++, label, field);
    }

    private Label hint(String key) {
        Label hint = new Label(messages.text(key));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        return hint;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private TextArea area(String id, javafx.beans.property.StringProperty value, int rows, String promptKey) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        if (promptKey != null) {
            area.setPromptText(messages.text(promptKey));
        }
        area.textProperty().bindBidirectional(value);
        return area;
    }

    private <E extends Enum<E>> FlowPane boxes(String id, Map<E, BooleanProperty> flags, Class<E> type) {
        FlowPane pane = new FlowPane(10, 4);
        pane.setPrefWrapLength(420);
        pane.setMinWidth(0);
        pane.setId(id);
        StringConverter<E> names = EnumLabels.converter(messages, type);
        for (E value : type.getEnumConstants()) {
            CheckBox box = new CheckBox(names.toString(value));
            box.selectedProperty().bindBidirectional(flags.get(value));
            pane.getChildren().add(box);
        }
        return pane;
    }

    private static StringConverter<Employer> employerNames(String none) {
        return new StringConverter<>() {
            @Override
            public String toString(Employer e) {
                return e == null ? none : e.name();
            }

            @Override
            public Employer fromString(String text) {
                return null;
            }
        };
    }
}
