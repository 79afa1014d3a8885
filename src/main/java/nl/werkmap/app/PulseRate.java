package nl.werkmap.app;

import java.util.Properties;

/**
 * How often JavaFX may lay out and paint the window: 250 pulses a second instead of JavaFX's 60.
 *
 * <p>On Linux (GTK) and on Monocle JavaFX's pulse timer ticks at a fixed rate, not tied to the screen, and never
 * pauses. A key typed in the search box is handled at once (the list filtered), but the list is laid out and painted
 * only at the next tick: at 60 a second that wait is anywhere between 0 and 16 ms, half of a keystroke's time at
 * 5,000 candidates. At 250 a second the wait is 0 to 4 ms. A tick with nothing to do is a wake-up of the timer; it
 * becomes a pulse only while something animates (the caret's blink in a focused text field, a spinner), and those
 * animations then also run at 250 frames a second: CaseloadScreenBench's {@code -Dbench.idle} row measures that.
 *
 * <p>JavaFX reads the rate once, when its toolkit starts, so this is set before {@code Application.launch}. A rate
 * given on the command line ({@code -Djavafx.animation.pulse=60}) wins.
 */
public final class PulseRate {

    /** JavaFX's own setting, read by its toolkit at start. */
    static final String PROPERTY = "javafx.animation.pulse";

    /** Pulses a second: a 4 ms tick, which JavaFX's millisecond timer gives exactly. */
    static final int PER_SECOND = 250;

    private PulseRate() {
    }

    /** Sets the rate for this JVM, unless one was given; call before the JavaFX toolkit starts. */
    public static void beforeToolkit() {
        beforeToolkit(System.getProperties());
    }

    static void beforeToolkit(Properties properties) {
        if (properties.getProperty(PROPERTY) == null) {
            properties.setProperty(PROPERTY, Integer.toString(PER_SECOND));
        }
    }
}
