package nl.werkmap.ui.candidate;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * What a pulse leaves for the next one to style, read after its layout: the nodes whose CSS state is not clean, and
 * whether the scene's root is marked for a CSS pass. Either makes JavaFX sync the scene in the next pulse and, with
 * no node changed, paint the whole window (issue 13). Reads JavaFX's private CSS state by reflection (the tests run
 * JavaFX from the class path), as ScreensBench's {@code -Dbench.dirty} does.
 */
final class StyleLeftOver {

    private static final Field CSS_FLAG;
    private static final Method IS_DIRTY;
    private static final Object NODE_CSS;

    static {
        try {
            CSS_FLAG = Node.class.getDeclaredField("cssFlag");
            CSS_FLAG.setAccessible(true);
            Class<?> bits = Class.forName("com.sun.javafx.scene.DirtyBits");
            IS_DIRTY = Node.class.getDeclaredMethod("isDirty", bits);
            IS_DIRTY.setAccessible(true);
            NODE_CSS = bits.getField("NODE_CSS").get(null);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private StyleLeftOver() {
    }

    /** On the FX thread, after a pulse's layout (a post-layout pulse listener): what is left, empty when nothing. */
    static List<String> in(Scene scene) {
        List<String> left = new ArrayList<>();
        try {
            if ((Boolean) IS_DIRTY.invoke(scene.getRoot(), NODE_CSS)) {
                left.add("the root is marked for a CSS pass");
            }
            walk(scene.getRoot(), left);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return left;
    }

    private static void walk(Node node, List<String> left) throws IllegalAccessException {
        Object flag = CSS_FLAG.get(node);
        if (!"CLEAN".equals(String.valueOf(flag))) {
            left.add(flag + " " + node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId())
                    + node.getStyleClass());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, left);
            }
        }
    }
}
