package nl.werkmap.ui.caseload;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

/**
 * The Signalen column's badges on one line: as many as fit whole, in their order, then a "+N" badge for the ones
 * left out. A badge cut in half ("Nog nooi…") said nothing; the cell's tooltip and accessible text name them all.
 * The first badge always shows, cut off only when the column is narrower than that one badge.
 * <p>
 * Badges are kept and only hidden, never taken out of the scene: a node put back is styled again (see
 * {@link CellGraphic}), which on every keystroke in the search box would cost more than the whole search.
 */
final class BadgeRow extends Pane {

    static final double GAP = 4;

    /** The "+N" badge; always the last child. */
    private final Label more = new Label();
    /** The badges in use, the first {@code used} children; the others are spare, kept hidden. */
    private int used;

    BadgeRow() {
        more.getStyleClass().addAll("badge", "badge-more");
        more.setMinWidth(USE_PREF_SIZE);
        more.setVisible(false);
        getChildren().add(more);
    }

    /**
     * The badge for position {@code i}, made when first needed. Call for 0..n-1 and then {@link #use(int)} n.
     */
    Label badge(int i) {
        if (i < getChildren().size() - 1) {
            return (Label) getChildren().get(i);
        }
        Label badge = new Label();
        badge.getStyleClass().add("badge");
        getChildren().add(getChildren().size() - 1, badge);
        return badge;
    }

    /** Shows the first {@code n} badges (which of them fit is decided at layout) and hides the spare ones. */
    void use(int n) {
        used = n;
        List<Node> children = getChildren();
        for (int i = n; i < children.size() - 1; i++) {
            children.get(i).setVisible(false);
        }
        requestLayout();
    }

    int used() {
        return used;
    }

    /** The "+N" badge, for tests: visible with its count when some badges did not fit. */
    Label more() {
        return more;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        double width = in.getLeft() + in.getRight();
        for (int i = 0; i < used; i++) {
            width += (i > 0 ? GAP : 0) + badge(i).prefWidth(-1);
        }
        return width;
    }

    @Override
    protected double computeMinWidth(double height) {
        // The column may be narrower than all badges: the rest goes into "+N".
        Insets in = getInsets();
        return in.getLeft() + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double height = 0;
        for (int i = 0; i < used; i++) {
            height = Math.max(height, badge(i).prefHeight(-1));
        }
        return in.getTop() + in.getBottom() + height;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double left = in.getLeft();
        double room = getWidth() - left - in.getRight();
        double top = in.getTop();
        double inner = getHeight() - top - in.getBottom();
        double[] widths = new double[used];
        double all = 0;
        for (int i = 0; i < used; i++) {
            widths[i] = Math.ceil(badge(i).prefWidth(-1));
            all += (i > 0 ? GAP : 0) + widths[i];
        }
        int shown = used;
        if (all > room && used > 1) {
            // Fewer badges, plus "+N" for the rest: the most that fit whole, at least the first.
            shown = 1;
            double taken = widths[0];
            for (int k = 2; k < used; k++) {
                double next = taken + GAP + widths[k - 1];
                if (next + GAP + Math.ceil(moreWidth(used - k)) > room) {
                    break;
                }
                taken = next;
                shown = k;
            }
        }
        double x = left;
        for (int i = 0; i < used; i++) {
            Label badge = badge(i);
            badge.setVisible(i < shown);
            if (i < shown) {
                // Cut only the first badge, and only when it alone is wider than the room beside "+N"; whole pixels
                // down, so the count still ends inside the cell.
                double w = i == 0 && shown == 1 && shown < used
                        ? Math.min(widths[0], Math.floor(room - GAP - Math.ceil(moreWidth(used - 1))))
                        : Math.min(widths[i], Math.floor(left + room - x));
                x += place(badge, x, top, Math.max(0, w), inner) + GAP;
            }
        }
        more.setVisible(shown < used);
        if (shown < used) {
            more.setText("+" + (used - shown));
            place(more, x, top, more.prefWidth(-1), inner);
        }
    }

    private double moreWidth(int hidden) {
        // "+N" is measured with its own font; the count's digits change little, so the current text is close enough
        // only when it has the same length: set it first.
        String text = "+" + hidden;
        if (!text.equals(more.getText())) {
            more.setText(text);
        }
        return more.prefWidth(-1);
    }

    /** Places the badge and says how wide it came out. */
    private double place(Label badge, double x, double top, double width, double inner) {
        double height = Math.min(badge.prefHeight(-1), inner);
        double w = snapSizeX(width);
        badge.resizeRelocate(snapPositionX(x), snapPositionY(top + (inner - height) / 2), w, snapSizeY(height));
        return w;
    }
}
