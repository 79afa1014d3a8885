package nl.werkmap.ui.common;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

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
    private static final ScheduledExecutorService TICKS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "werkmap-spinner");
        thread.setDaemon(true);
        return thread;
    });

    private final Arc ring = new Arc(0, 0, 0, 0, 90, 270);
    private ScheduledFuture<?> turning;

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
            long period = 1_000_000 / STEPS_PER_SECOND;
            turning = TICKS.scheduleAtFixedRate(() -> Platform.runLater(this::step), period, period,
                    TimeUnit.MICROSECONDS);
        } else if (!shown && turning != null) {
            turning.cancel(false);
            turning = null;
        }
    }

    private void step() {
        if (turning != null) {
            ring.setStartAngle((ring.getStartAngle() - 30) % 360);
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
