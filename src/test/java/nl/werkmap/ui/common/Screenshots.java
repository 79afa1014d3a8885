package nl.werkmap.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

/**
 * Saves what a scene shows as a PNG in target/screenshots, so every screen can be looked at after a headless run.
 * The scene is copied on the FX thread; the PNG is encoded and written on a thread of its own (the encoding took
 * most of a capture, and a flow test takes some twenty), and the test JVM waits for the last file before it exits.
 * No test reads the files back.
 */
public final class Screenshots {

    public static final Path DIR = Path.of("target", "screenshots");

    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "screenshot-writer");
        thread.setDaemon(true);
        return thread;
    });

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Screenshots::finishWriting, "screenshot-writer-finish"));
    }

    private Screenshots() {
    }

    /** Must run on the FX thread; returns the file the PNG is being written to. */
    public static Path capture(Scene scene, String name) {
        WritableImage image = new WritableImage((int) scene.getWidth(), (int) scene.getHeight());
        scene.snapshot(image);
        Path file = DIR.resolve(name + ".png");
        // The image is this method's own copy, never written again, so another thread may read its pixels.
        WRITER.execute(() -> write(image, file));
        return file;
    }

    private static void write(WritableImage image, Path file) {
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException | RuntimeException e) {
            System.err.println("Schermafdruk " + file + " niet geschreven: " + e);
        }
    }

    private static void finishWriting() {
        WRITER.shutdown();
        try {
            if (!WRITER.awaitTermination(2, TimeUnit.MINUTES)) {
                System.err.println("Niet alle schermafdrukken zijn geschreven.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
