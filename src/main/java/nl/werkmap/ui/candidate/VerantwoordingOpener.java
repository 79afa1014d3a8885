package nl.werkmap.ui.candidate;

import java.io.File;

import javafx.application.HostServices;

/**
 * Opens a document Werkmap just wrote in the program the laptop uses for it (a PDF viewer, a text editor), through
 * the application's HostServices. The app hands them over at start; without them (tests, headless) the coach is
 * told where the file is instead.
 */
public final class VerantwoordingOpener {

    private static volatile HostServices hostServices;
    private static volatile java.util.function.Function<String, File> chooser;

    private VerantwoordingOpener() {
    }

    /** Called once by the application at start. */
    public static void use(HostServices services) {
        hostServices = services;
    }

    /**
     * Where documents are saved instead of asking with a file chooser (headless tests); null asks again.
     *
     * @param where from the suggested file name to the file to write, or null to ask the coach
     */
    public static void saveWith(java.util.function.Function<String, File> where) {
        chooser = where;
    }

    static java.util.function.Function<String, File> savePlace() {
        return chooser;
    }

    /** Opens the file; false when there is nothing to open it with here. */
    static boolean open(File file) {
        HostServices services = hostServices;
        if (services == null) {
            return false;
        }
        services.showDocument(file.toURI().toString());
        return true;
    }
}
