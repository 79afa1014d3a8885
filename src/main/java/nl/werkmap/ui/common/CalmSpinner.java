package nl.werkmap.ui.common;

import java.time.Duration;

import javafx.application.Platform;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Arc;
import javafx.scene.shape.StrokeLineCap;

/**
 * A busy spinner that turns in twelve steps a second instead of at every pulse. JavaFX's own indeterminate
 * {@code ProgressIndicator} is an animation: it is painted anew at every pulse, and since the app asks for 250
 * pulses a second ({@code PulseRate}, for typing) a spinner beside a 150,000-candidate unlock kept the software
 * renderer painting all the time: about 250 ms later usable on two cores, and 0.4–0.5 s more CPU (issue 13). This one
 * is three quarters of a ring, turned 30 degrees at each step by a timer thread; between steps nothing changes, so
 * nothing is painted, and no animation keeps JavaFX pulsing. It turns only while it is itself visible in a window.
 * To assistive technology it is an indeterminate progress indicator, as before.
 */
public final class CalmSpinner extends StackPane {

    /** Steps a second: enough to read as turning, far below the pulse rate. */
    static final int STEPS_PER_SECOND = 12;
    private static final double STROKE = 2.5;
    private static final Duration STEP = Duration.ofNanos(1_000_000_000L / STEPS_PER_SECOND);
    private static final Scheduler TICKS = Scheduler.daemon("werkmap-spinner");

    private final Arc ring = new Arc(0, 0, 0, 0, 90, 270);
    /** The next step, while it turns (FX thread only). */
    private Scheduler.Pending turning;
    /** Ends with each hiding (FX thread only). */
    private long chain;

    public CalmSpinner() {
        getStyleClass().add("calm-spinner");
        ring.getStyleClass().add("calm-spinner-ring");
        ring.setStrokeLineCap(StrokeLineCap.ROUND);
        ring.setStrokeWidth(STROKE);
        ring.setManaged(false);
        getChildren().add(ring);
        setAccessibleRole(AccessibleRole.PROGRESS_INDICATOR);
        visibleProperty().addListener((o, was, now) -> follow());
        sceneProperty().addListener((o, was, now) -> follow());
        follow();
    }

    @Override
    protected void layoutChildren() {
        double radius = Math.max(0, Math.min(getWidth(), getHeight()) / 2 - STROKE);
        ring.setCenterX(getWidth() / 2);
        ring.setCenterY(getHeight() / 2);
        ring.setRadiusX(radius);
        ring.setRadiusY(radius);
    }

    /** Whether the timer is turning it now (tests). */
    boolean turning() {
        return turning != null;
    }

    private void follow() {
        boolean shown = isVisible() && getScene() != null;
        if (shown && turning == null) {
            next();
        } else if (!shown && turning != null) {
            turning.cancel();
            turning = null;
            chain++;
        }
    }

    /**
     * Plans the next step; each step plans the one after it while the spinner is still shown. A step already on its
     * way to the FX thread when the spinner was hidden belongs to an ended chain and does nothing, so hiding and
     * showing again never leaves two chains turning it.
     */
    private void next() {
        long mine = chain;
        turning = TICKS.schedule(() -> Platform.runLater(() -> step(mine)), STEP);
    }

    private void step(long mine) {
        if (mine == chain && turning != null) {
            ring.setStartAngle((ring.getStartAngle() - 30) % 360);
            next();
        }
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.INDETERMINATE) {
            return Boolean.TRUE;
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }
}
