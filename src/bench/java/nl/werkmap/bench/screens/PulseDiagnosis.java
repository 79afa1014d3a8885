package nl.werkmap.bench.screens;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;

import com.sun.javafx.scene.NodeHelper;

/**
 * -Dbench.dirty=true: what each pulse of a timed opening asks of JavaFX, printed per pulse. Before the CSS pass, the
 * nodes it will style and why ({@code css:} REAPPLY: matched against the stylesheets anew, as a new node;
 * UPDATE: a pseudo-class changed; DIRTY_BRANCH: on the way to one); after layout, the visible nodes whose changes
 * are synced to the renderer ({@code dirty:}), and hidden ones with changes, by path; and the nodes a pulse leaves
 * to style after its layout ({@code css left after layout:}): JavaFX then syncs the next pulse too and, with no
 * node changed, paints the whole window (a skin made in the CSS pass, a label clipped in layout). Diagnosis only:
 * these walks over the scene are the bench's, so timings taken with it on mean nothing. Reads JavaFX's private CSS
 * state by reflection (the bench runs JavaFX from the class path).
 */
final class PulseDiagnosis {

    private static final Field CSS_FLAG;

    static {
        try {
            CSS_FLAG = Node.class.getDeclaredField("cssFlag");
            CSS_FLAG.setAccessible(true);
        } catch (NoSuchFieldException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private PulseDiagnosis() {
    }

    /** Before a pulse's CSS pass: the nodes it will style, counted by reason and by kind of node. */
    static void styled(Scene scene) {
        Map<String, Map<String, Integer>> byFlag = new TreeMap<>();
        styled(scene.getRoot(), byFlag);
        System.out.println("css: " + byFlag);
    }

    private static void styled(Node node, Map<String, Map<String, Integer>> byFlag) {
        String flag;
        try {
            flag = String.valueOf(CSS_FLAG.get(node));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        if (!"CLEAN".equals(flag)) {
            byFlag.computeIfAbsent(flag, k -> new TreeMap<>()).merge(name(node) + (node.isVisible() ? "" : "(hidden)"),
                    1, Integer::sum);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                styled(child, byFlag);
            }
        }
    }

    /** After a pulse's layout: the shown nodes whose changes go to the renderer; hidden ones with changes by path. */
    static void synced(Scene scene) {
        List<String> nodes = new ArrayList<>();
        int[] shown = new int[1];
        synced(scene.getRoot(), nodes, shown);
        System.out.println("dirty: " + shown[0] + " shown nodes; " + nodes);
    }

    private static void synced(Node node, List<String> nodes, int[] shown) {
        boolean dirty = !NodeHelper.isDirtyEmpty(node);
        if (!node.isVisible()) {
            if (dirty) {
                StringBuilder path = new StringBuilder("HIDDEN ");
                for (Node n = node; n != null; n = n.getParent()) {
                    path.append(name(n)).append('<');
                }
                nodes.add(path.toString());
            }
            return;
        }
        if (dirty) {
            shown[0]++;
            if (nodes.size() < 400) {
                nodes.add(name(node) + (node instanceof Labeled l ? "'" + l.getText() + "'" : ""));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                synced(child, nodes, shown);
            }
        }
    }

    private static String name(Node node) {
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId())
                + (node.getStyleClass().isEmpty() ? "" : "." + String.join(".", node.getStyleClass()));
    }
}
