package nl.werkmap.ui.candidate;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import nl.werkmap.sync.candidate.CandidateSyncState;
import nl.werkmap.ui.common.Messages;

/**
 * The candidate header's sync badge ("Nog niet verstuurd", "Verstuurd", "Conflict") and, below the header, the
 * list of open conflicts with "Deze houden" and "Andere waarde gebruiken", and a line while a choice has not reached
 * the municipality yet. Built in code: a badge and a list.
 */
public final class CandidateSyncPane {

    private final CandidateSyncViewModel vm;
    private final Messages messages;
    private final Label badge = new Label();
    /**
     * Holds the badge while the laptop is linked, and nothing otherwise: a hidden label in the header was still
     * styled and laid out at every opening (at width 0 JavaFX clips its text, which marks the scene for styling
     * again), and the pulse after the filled page painted the whole window once more for it (issue 13).
     */
    private final HBox badgeHolder = new HBox();
    private final VBox conflicts = new VBox(8);

    public CandidateSyncPane(CandidateSyncViewModel vm) {
        this.vm = vm;
        this.messages = vm.messages();
        badge.setId("candidateSyncState");
        // The header row stretches its slot to the row's height: centred like the status badge beside it.
        badgeHolder.setAlignment(Pos.CENTER_LEFT);
        badge.getStyleClass().add("badge");
        conflicts.setId("candidateConflicts");
        conflicts.getStyleClass().add("card");
        vm.stateProperty().addListener((obs, old, now) -> showState(now));
        vm.conflicts().addListener((ListChangeListener<CandidateSyncViewModel.Line>) change -> showConflicts());
        vm.errorProperty().addListener((obs, old, now) -> showConflicts());
        vm.waitingProperty().addListener((obs, old, now) -> showConflicts());
        showState(vm.stateProperty().get());
        showConflicts();
    }

    /** The place of the sync badge in the header: the badge while the laptop is linked, empty otherwise. */
    public HBox badge() {
        return badgeHolder;
    }

    public VBox conflicts() {
        return conflicts;
    }

    public void reload() {
        vm.reload();
    }

    /** See {@link CandidateSyncViewModel#onUsedOther}. */
    public void onUsedOther(java.util.function.Consumer<String> listener) {
        vm.onUsedOther(listener);
    }

    private void showState(CandidateSyncState state) {
        if (state == CandidateSyncState.NOT_LINKED) {
            badgeHolder.getChildren().clear();
            return;
        }
        String text = messages.text(switch (state) {
            case SENT -> "candidate.sync.state.SENT";
            case PENDING -> "candidate.sync.state.PENDING";
            default -> "candidate.sync.state.CONFLICT";
        });
        String help = messages.text(switch (state) {
            case SENT -> "candidate.sync.state.SENT.tooltip";
            case PENDING -> "candidate.sync.state.PENDING.tooltip";
            default -> "candidate.sync.state.CONFLICT.tooltip";
        });
        badge.setText(text);
        // A tooltip is a popup window of its own: made anew only when its text changes.
        if (badge.getTooltip() == null || !help.equals(badge.getTooltip().getText())) {
            badge.setTooltip(new Tooltip(help));
        }
        badge.setAccessibleText(text + ". " + help);
        String kind = switch (state) {
            case SENT -> "badge-ok";
            case PENDING -> "badge-warning";
            default -> "badge-danger";
        };
        // Touched only when the kind changes: a change of style class restyles the badge.
        if (!badge.getStyleClass().contains(kind)) {
            badge.getStyleClass().removeAll("badge-ok", "badge-warning", "badge-danger");
            badge.getStyleClass().add(kind);
        }
        if (badgeHolder.getChildren().isEmpty()) {
            badgeHolder.getChildren().add(badge);
            // Styled now, not in the next pulse (see CandidateController#showMissing).
            badge.applyCss();
        }
    }

    private void showConflicts() {
        conflicts.getChildren().clear();
        String waiting = vm.waitingProperty().get();
        boolean show = !vm.conflicts().isEmpty() || !vm.errorProperty().get().isEmpty() || !waiting.isEmpty();
        conflicts.setVisible(show);
        conflicts.setManaged(show);
        if (!show) {
            return;
        }
        if (!vm.conflicts().isEmpty()) {
            Label title = new Label(messages.format("candidate.sync.conflicts.title", vm.conflicts().size()));
            title.getStyleClass().add("section-title");
            title.setStyle("-fx-font-weight: bold;");
            Label explain = new Label(messages.text("candidate.sync.conflicts.explain"));
            explain.getStyleClass().add("muted");
            explain.setWrapText(true);
            conflicts.getChildren().addAll(title, explain);
        }
        int index = 0;
        for (CandidateSyncViewModel.Line line : vm.conflicts()) {
            conflicts.getChildren().add(row(line, index++));
        }
        if (!waiting.isEmpty()) {
            Label note = new Label(waiting);
            note.setId("candidateDecisionsWaiting");
            note.getStyleClass().add("muted");
            note.setWrapText(true);
            conflicts.getChildren().add(note);
        }
        if (!vm.errorProperty().get().isEmpty()) {
            Label error = new Label(vm.errorProperty().get());
            error.getStyleClass().add("error-text");
            error.setWrapText(true);
            conflicts.getChildren().add(error);
        }
        // Styled now, not in the next pulse (see CandidateController#showMissing).
        conflicts.applyCss();
    }

    private HBox row(CandidateSyncViewModel.Line line, int index) {
        GridPane values = new GridPane();
        values.setHgap(8);
        values.setVgap(2);
        Label field = new Label(line.field());
        field.setStyle("-fx-font-weight: bold;");
        values.add(field, 0, 0, 2, 1);
        values.add(muted(messages.text("candidate.sync.kept.label")), 0, 1);
        values.add(wrapping(line.kept()), 1, 1);
        values.add(muted(messages.text("candidate.sync.other.label")), 0, 2);
        values.add(wrapping(line.other() + "  (" + line.origin() + ")"), 1, 2);
        HBox.setHgrow(values, Priority.ALWAYS);
        Button keep = new Button(messages.text("candidate.sync.action.keep"));
        keep.setId("conflictKeep" + index);
        keep.setTooltip(new Tooltip(messages.text("candidate.sync.action.keep.tooltip.everywhere")));
        keep.setAccessibleHelp(messages.text("candidate.sync.action.keep.tooltip.everywhere"));
        keep.setOnAction(e -> vm.keep(line));
        Button other = new Button(messages.text("candidate.sync.action.useOther"));
        other.setId("conflictUseOther" + index);
        other.setTooltip(new Tooltip(messages.text("candidate.sync.action.useOther.tooltip")));
        other.setAccessibleHelp(messages.text("candidate.sync.action.useOther.tooltip"));
        other.setOnAction(e -> vm.useOther(line));
        HBox row = new HBox(12, values, keep, other);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("conflict-row");
        return row;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("muted");
        return label;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(640);
        return label;
    }
}
