package nl.werkmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;

import org.junit.jupiter.api.Test;

class RegionPaintingTest {

    @Test
    void backgroundsArePaintedDirectlyWhenNothingIsGiven() {
        Properties properties = new Properties();
        RegionPainting.beforeToolkit(properties);
        assertEquals("true", properties.getProperty("prism.disableRegionCaching"));
    }

    @Test
    void aSettingGivenOnTheCommandLineWins() {
        Properties properties = new Properties();
        properties.setProperty("prism.disableRegionCaching", "false");
        RegionPainting.beforeToolkit(properties);
        assertEquals("false", properties.getProperty("prism.disableRegionCaching"));
    }
}
