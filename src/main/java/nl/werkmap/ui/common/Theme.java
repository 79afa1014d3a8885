package nl.werkmap.ui.common;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The calm light look: AtlantaFX Primer Light plus Werkmap's own small stylesheet. */
public final class Theme {

    private static final String APP_CSS = "/nl/werkmap/ui/werkmap.css";

    private Theme() {
    }

    public static void applyUserAgent() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static void style(Scene scene) {
        var url = Theme.class.getResource(APP_CSS);
        if (url == null) {
            throw new IllegalStateException("Stylesheet ontbreekt: " + APP_CSS);
        }
        scene.getStylesheets().add(url.toExternalForm());
    }
}
