package nl.werkmap.ui.main;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import nl.werkmap.ui.common.WindowPlacement;

/**
 * Opens the main window where the coach left it, or maximised the first time or when the remembered place no
 * longer fits a screen (another monitor, a smaller laptop); remembers the place again when the window closes.
 */
final class WindowPlacer {

    private final ObjectProperty<WindowPlacement> remembered;
    /** The last size and place while not maximised: a maximised window still reopens at that size when restored. */
    private WindowPlacement normal;

    WindowPlacer(ObjectProperty<WindowPlacement> remembered) {
        this.remembered = remembered;
    }

    /** Before {@code stage.show()}. */
    void place(Stage stage) {
        WindowPlacement last = remembered.get();
        if (last != null && fitsAScreen(last)) {
            stage.setX(last.x());
            stage.setY(last.y());
            stage.setWidth(last.width());
            stage.setHeight(last.height());
            normal = last;
            stage.setMaximized(last.maximized());
        } else {
            stage.setMaximized(true);
        }
        stage.xProperty().addListener(obs -> noteNormal(stage));
        stage.yProperty().addListener(obs -> noteNormal(stage));
        stage.widthProperty().addListener(obs -> noteNormal(stage));
        stage.heightProperty().addListener(obs -> noteNormal(stage));
    }

    /** When the window closes. */
    void remember(Stage stage) {
        noteNormal(stage);
        if (normal == null) {
            // Maximised all along: nothing to restore to but the maximised state itself.
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            remembered.set(new WindowPlacement(screen.getMinX(), screen.getMinY(), screen.getWidth(),
                    screen.getHeight(), true));
        } else {
            remembered.set(new WindowPlacement(normal.x(), normal.y(), normal.width(), normal.height(),
                    stage.isMaximized()));
        }
    }

    private void noteNormal(Stage stage) {
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0 && stage.getHeight() > 0
                && !Double.isNaN(stage.getX())) {
            normal = new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
    }

    private static boolean fitsAScreen(WindowPlacement placement) {
        for (Screen screen : Screen.getScreens()) {
            Rectangle2D area = screen.getVisualBounds();
            if (placement.fitsIn(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight())) {
                return true;
            }
        }
        return false;
    }
}
