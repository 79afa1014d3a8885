package nl.werkmap.ui.shell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Pane;

/**
 * Styles a page made ahead a slice at a time, so that a key typed meanwhile waits for one slice, not for the page.
 *
 * <p>Why: the next candidate's screen is made while the list shows (issue 13), and styling it in one go (a skin made
 * for each of its some eighty controls, every stylesheet rule matched against its nodes) held the FX thread 40-60 ms
 * warm and 120-250 ms in a fresh app at 150,000 candidates. A coach who goes back to the list and at once types the
 * next name saw the first letter only after that.
 *
 * <p>How: when the page comes, each large pane in it (more than {@value #LARGE} children: the profile form's grids)
 * gives up its children; the page is styled and laid out without them, and each {@link #next} puts back the next
 * {@value #SLICE} in their order, styles them and lays out the area. The caller runs the slices as separate FX tasks,
 * so input is handled between them. {@link #finish} puts back all that is left, styled and laid out: for a page that
 * is about to show. The children keep their layout constraints, order, bindings and listeners; only their skins
 * are made later.
 */
final class SlicedStyling {

    /** Panes with more children than this give them up. */
    static final int LARGE = 16;
    /**
     * Children put back per slice. At 150,000 candidates (ScreensBench, 20 returns to the list each): 8 a slice cut
     * the longest wait as far as 16 did, but cost 100-160 ms more CPU per page than styling it whole, 16 a slice
     * 30-40 ms (the pulses between the slices lay the page out again).
     */
    static final int SLICE = 16;

    /** A pane and the children it still has to get back, in their order. */
    private record Held(Pane pane, Deque<Node> children) {
    }

    private final Deque<Held> held = new ArrayDeque<>();
    private final Parent area;

    private SlicedStyling(Parent area) {
        this.area = area;
    }

    /**
     * Takes the children out of each large pane of {@code page} (not yet styled, in {@code area} or about to be), to
     * be put back slice by slice; {@code area} is laid out after each slice.
     */
    static SlicedStyling takeApart(Node page, Parent area) {
        SlicedStyling slicing = new SlicedStyling(area);
        List<Pane> large = new ArrayList<>();
        findLarge(page, large);
        for (Pane pane : large) {
            Deque<Node> children = new ArrayDeque<>(pane.getChildren());
            pane.getChildren().clear();
            slicing.held.add(new Held(pane, children));
        }
        return slicing;
    }

    /** True once every child is back. */
    boolean done() {
        return held.isEmpty();
    }

    /** Puts back the next slice, styled, and lays out the area; true while more remain. */
    boolean next() {
        styleAndLayOut(putBack(SLICE));
        return !held.isEmpty();
    }

    /** Puts back all that is left, styled, and lays out the area once (the page is about to show). */
    void finish() {
        styleAndLayOut(putBack(Integer.MAX_VALUE));
    }

    /** Up to {@code most} of the held children back in their panes, in order; returns them. */
    private List<Node> putBack(int most) {
        List<Node> back = new ArrayList<>();
        while (back.size() < most && !held.isEmpty()) {
            Held first = held.peekFirst();
            Node child = first.children().pollFirst();
            first.pane().getChildren().add(child);
            back.add(child);
            if (first.children().isEmpty()) {
                held.pollFirst();
            }
        }
        return back;
    }

    private void styleAndLayOut(List<Node> back) {
        // The panes are styled already, so each child's styling starts at the child: only these are matched.
        back.forEach(Node::applyCss);
        area.layout();
    }

    /** The large panes under {@code node}, outermost first; their own children are not searched. */
    private static void findLarge(Node node, List<Pane> large) {
        if (node instanceof Pane pane && pane.getChildren().size() > LARGE) {
            large.add(pane);
            return;
        }
        // Controls have no children before their skin is made: what they hold is searched instead.
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            findLarge(scroll.getContent(), large);
        } else if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                if (tab.getContent() != null) {
                    findLarge(tab.getContent(), large);
                }
            }
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                findLarge(child, large);
            }
        }
    }
}
