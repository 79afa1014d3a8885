package nl.werkmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;

import org.junit.jupiter.api.Test;

class PulseRateTest {

    @Test
    void setsJavaFxPulseRateWhenNoneIsGiven() {
        Properties properties = new Properties();
        PulseRate.beforeToolkit(properties);
        assertEquals("250", properties.getProperty("javafx.animation.pulse"));
    }

    @Test
    void aRateGivenOnTheCommandLineWins() {
        Properties properties = new Properties();
        properties.setProperty("javafx.animation.pulse", "60");
        PulseRate.beforeToolkit(properties);
        assertEquals("60", properties.getProperty("javafx.animation.pulse"));
    }

    @Test
    void theTickIsWholeMilliseconds() {
        // JavaFX's timer takes a period in whole milliseconds (1000 / rate, rounded down): 250 gives exactly 4 ms.
        assertEquals(0, 1000 % PulseRate.PER_SECOND);
    }
}
