package nl.werkmap.app;

import java.util.Properties;

/**
 * How JavaFX paints the backgrounds of buttons, fields, rows and cards: directly, as the rectangles and rounded
 * rectangles they are, not from JavaFX's image cache of them.
 *
 * <p>JavaFX keeps an image of a background of two or more fills (the theme draws most borders that way: the line's
 * colour, then the control's colour a pixel inside) and paints it stretched to the control, in nine pieces. With the
 * software renderer (a laptop without a usable graphics driver, a virtual machine, a remote desktop) stretching those
 * images costs more than drawing the fills: opening "Sessie vastleggen" at 150,000 candidates took the renderer
 * 38–41 ms of CPU with the cache and 31–34 without, opening a candidate 5.0–5.5 against 1.5–3.0 (ScreensBench,
 * issue 13). On a graphics card both are a few quads. JavaFX already paints directly whenever the window is scaled
 * (a laptop at 125 % or 150 %), so this is the path most Windows laptops take anyway.
 *
 * <p>The setting is JavaFX's own ({@code prism.disableRegionCaching}), read once when its toolkit starts, so this is
 * set before {@code Application.launch}. A value given on the command line wins.
 */
public final class RegionPainting {

    /** JavaFX's setting, read by its renderer at start. */
    static final String PROPERTY = "prism.disableRegionCaching";

    private RegionPainting() {
    }

    /** Paints backgrounds directly in this JVM, unless told otherwise; call before the JavaFX toolkit starts. */
    public static void beforeToolkit() {
        beforeToolkit(System.getProperties());
    }

    static void beforeToolkit(Properties properties) {
        if (properties.getProperty(PROPERTY) == null) {
            properties.setProperty(PROPERTY, "true");
        }
    }
}
