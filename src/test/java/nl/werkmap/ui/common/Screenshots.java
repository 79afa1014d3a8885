package nl.werkmap.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

/** Saves what a scene shows as a PNG in target/screenshots, so every screen can be looked at after a headless run. */
public final class Screenshots {

    public static final Path DIR = Path.of("target", "screenshots");

    private Screenshots() {
    }

    /** Must run on the FX thread. */
    public static Path capture(Scene scene, String name) {
        WritableImage image = new WritableImage((int) scene.getWidth(), (int) scene.getHeight());
        scene.snapshot(image);
        try {
            Files.createDirectories(DIR);
            Path file = DIR.resolve(name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
