package nl.werkmap.ui.baankans;

import java.util.UUID;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import nl.werkmap.service.MatchService;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;

/** The candidates with a werknemersprofiel, to choose whose baankansen to rank; read on the bulk lane. */
final class CandidateChoices {

    private final Background background;
    private final Supplier<MatchService> service;
    private final ObservableList<MatchService.Choice> all = FXCollections.observableArrayList();
    private final ObjectProperty<MatchService.Choice> chosen = new SimpleObjectProperty<>();
    /** School leavers nobody has started with (no profile, no first conversation), by name; empty when none. */
    private final javafx.beans.property.StringProperty notStarted = new javafx.beans.property.SimpleStringProperty("");
    /** Whose "today" the school-leaver flag counts conversations up to; injected so tests fix the date. */
    private final java.time.Clock clock;
    private UUID wanted;

    CandidateChoices(Background background, Supplier<MatchService> service, java.time.Clock clock) {
        this.background = background;
        this.service = service;
        this.clock = clock;
    }

    void reload() {
        background.call(() -> {
            MatchService s = service.get();
            return new Object[] {s.candidatesWithProfile(), s.schoolLeaversNotStarted(java.time.LocalDate.now(clock))};
        }).inBulkLane().onSuccess(result -> {
            @SuppressWarnings("unchecked")
            java.util.List<MatchService.Choice> list = (java.util.List<MatchService.Choice>) result[0];
            @SuppressWarnings("unchecked")
            java.util.List<MatchService.Choice> leavers = (java.util.List<MatchService.Choice>) result[1];
            UUID keep = wanted != null ? wanted : chosenId();
            all.setAll(list);
            chosen.set(list.stream().filter(c -> c.candidateId().equals(keep)).findFirst().orElse(null));
            notStarted.set(leavers.stream().map(MatchService.Choice::name)
                    .collect(java.util.stream.Collectors.joining(", ")));
        }).start();
    }

    /** Chooses this candidate now if listed, or once the list has been read. */
    void choose(UUID candidateId) {
        wanted = candidateId;
        all.stream().filter(c -> c.candidateId().equals(candidateId)).findFirst().ifPresentOrElse(chosen::set,
                this::reload);
    }

    ObjectProperty<MatchService.Choice> chosen() {
        return chosen;
    }

    UUID chosenId() {
        return chosen.get() == null ? null : chosen.get().candidateId();
    }

    String chosenName() {
        return chosen.get() == null ? "" : chosen.get().name();
    }

    Node picker(Messages messages) {
        ComboBox<MatchService.Choice> box = new ComboBox<>(all);
        box.setId("matchCandidate");
        box.setAccessibleText(messages.text("baankans.candidate.choose"));
        box.setPromptText(messages.text("baankans.candidate.choose"));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(MatchService.Choice c) {
                return c == null ? "" : c.name();
            }

            @Override
            public MatchService.Choice fromString(String text) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(chosen);
        box.valueProperty().addListener((obs, old, now) -> wanted = now == null ? null : now.candidateId());
        box.setPrefWidth(280);
        Label label = new Label(messages.text("baankans.candidate.choose"));
        label.setLabelFor(box);
        label.getStyleClass().add("form-label");
        HBox row = new HBox(8, label, box);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label flag = new Label();
        flag.setId("schoolLeaversNotStarted");
        flag.setWrapText(true);
        flag.getStyleClass().addAll("badge", "badge-warning");
        flag.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> notStarted.get().isEmpty()
                ? "" : messages.format("baankans.schoolLeavers.notStarted", notStarted.get()), notStarted));
        flag.visibleProperty().bind(notStarted.isNotEmpty());
        flag.managedProperty().bind(flag.visibleProperty());
        return new javafx.scene.layout.VBox(6, row, flag);
    }
}
