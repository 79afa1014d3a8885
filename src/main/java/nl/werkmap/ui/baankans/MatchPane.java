package nl.werkmap.ui.baankans;

import java.util.UUID;
import java.util.function.Function;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import nl.werkmap.domain.match.Uitleg;
import nl.werkmap.service.MatchService.Ranked;
import nl.werkmap.ui.common.MessageTone;
import nl.werkmap.ui.common.Messages;

/**
 * Shows one {@link MatchListViewModel}: a heading, a line saying how far the ranking is, and the cards. The goal
 * button needs to know which candidate and which baankans a card is about, which depends on the way round the list
 * runs: {@code candidateOf} and {@code baankansTitleOf} say it.
 */
final class MatchPane {

    private final VBox root;

    MatchPane(MatchListViewModel vm, Messages messages, String id, Node top, Function<Ranked, UUID> candidateOf,
              Function<Ranked, String> baankansTitleOf) {
        Label heading = new Label();
        heading.getStyleClass().add("subtitle");
        heading.textProperty().bind(vm.heading);
        Label message = new Label();
        message.setId(id + "Message");
        message.setWrapText(true);
        message.textProperty().bind(vm.message);
        vm.failed.addListener((obs, was, now) -> MessageTone.of(now).applyTo(message));
        ProgressIndicator running = new ProgressIndicator();
        running.setPrefSize(18, 18);
        running.visibleProperty().bind(vm.busyProperty());
        running.managedProperty().bind(vm.busyProperty());
        VBox cards = new VBox();
        cards.setId(id + "Cards");
        cards.getStyleClass().add("match-list");
        vm.ranked.addListener((ListChangeListener<Ranked>) change -> cards.getChildren().setAll(MatchCards.of(
                vm.ranked, vm.texts(), messages, (r, point) -> goal(vm, r, point, candidateOf, baankansTitleOf))));
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label explain = new Label(messages.text("match.explain"));
        explain.getStyleClass().add("muted");
        explain.setWrapText(true);
        // Without this the VBox squeezes the wrapped text to one elided line when the cards fill the height.
        explain.setMinHeight(Region.USE_PREF_SIZE);
        HBox status = new HBox(8, running, message);
        root = new VBox(8);
        if (top != null) {
            root.getChildren().add(top);
        }
        root.getChildren().addAll(heading, explain, status, scroll);
        root.setId(id);
    }

    private static void goal(MatchListViewModel vm, Ranked r, Uitleg point, Function<Ranked, UUID> candidateOf,
                             Function<Ranked, String> baankansTitleOf) {
        vm.makeGoal(candidateOf.apply(r), point, baankansTitleOf.apply(r), text -> { });
    }

    Node root() {
        return root;
    }
}
