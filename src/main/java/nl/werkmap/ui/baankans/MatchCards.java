package nl.werkmap.ui.baankans;

import java.util.List;
import java.util.function.BiConsumer;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import nl.werkmap.domain.match.Criterium;
import nl.werkmap.domain.match.Fit;
import nl.werkmap.domain.match.Match;
import nl.werkmap.domain.match.Uitleg;
import nl.werkmap.service.MatchService.Ranked;
import nl.werkmap.ui.common.Messages;

/**
 * One card per ranked result: its place, title and the plain counts it was ranked by, then every criterion with
 * its verdict as a coloured badge and the reason in words. Never a bare score. A point that does not fit and can
 * be coached has a "Maak er een doel van" button, when the list offers it.
 */
final class MatchCards {

    private MatchCards() {
    }

    /**
     * @param makeGoal called with the result and the point when the coach turns it into a goal; null when this
     *                 list offers no goals
     */
    static List<Node> of(List<Ranked> ranked, MatchTexts texts, Messages messages, BiConsumer<Ranked, Uitleg> makeGoal) {
        List<Node> cards = new java.util.ArrayList<>();
        int place = 1;
        for (Ranked r : ranked) {
            cards.add(card(place++, r, texts, messages, makeGoal));
        }
        return cards;
    }

    private static Node card(int place, Ranked r, MatchTexts texts, Messages messages,
                             BiConsumer<Ranked, Uitleg> makeGoal) {
        Match m = r.match();
        Label title = new Label(place + ". " + r.title());
        title.getStyleClass().add("subtitle");
        Label detail = new Label(r.detail() == null ? "" : r.detail());
        detail.getStyleClass().add("muted");
        Label counts = new Label(messages.format("match.counts", m.count(Fit.PAST), m.count(Fit.DEELS),
                m.count(Fit.PAST_NIET), m.count(Fit.ONBEKEND)));
        counts.getStyleClass().add("muted");
        HBox head = new HBox(12, title, detail, counts);
        head.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.setHgap(10);
        grid.setMaxWidth(Double.MAX_VALUE);
        grid.setVgap(4);
        ColumnConstraints reasonColumn = new ColumnConstraints();
        reasonColumn.setHgrow(Priority.ALWAYS);
        reasonColumn.setMinWidth(160);
        reasonColumn.setPrefWidth(300);
        grid.getColumnConstraints().addAll(new ColumnConstraints(160), new ColumnConstraints(80), reasonColumn,
                new ColumnConstraints());
        int row = 0;
        for (Uitleg u : m.uitleg()) {
            Label criterium = new Label(texts.criterium(u.criterium()));
            Label fit = badge(u.fit(), texts);
            Label reason = new Label(texts.reason(u));
            reason.setWrapText(true);
            reason.setMinWidth(0);
            reason.setMaxWidth(Double.MAX_VALUE);
            reason.setId("reason-" + u.criterium().name());
            grid.addRow(row, criterium, fit, reason);
            if (makeGoal != null && Criterium.becomesGoal(u)) {
                Button goal = new Button(messages.text("match.goal.action"));
                goal.getStyleClass().add("goal-button");
                goal.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                goal.setAccessibleText(messages.format("match.goal.action.accessible", texts.criterium(u.criterium())));
                goal.setOnAction(e -> makeGoal.accept(r, u));
                grid.add(goal, 3, row);
            }
            row++;
        }
        VBox card = new VBox(6, head, grid);
        card.getStyleClass().add("card");
        card.setPadding(new Insets(10));
        card.setUserData(r);
        return card;
    }

    private static Label badge(Fit fit, MatchTexts texts) {
        Label badge = new Label(texts.fit(fit));
        badge.getStyleClass().addAll("badge", switch (fit) {
            case PAST -> "badge-ok";
            case DEELS -> "badge-warning";
            case PAST_NIET -> "badge-danger";
            case ONBEKEND -> "badge-neutral";
        });
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return badge;
    }
}
