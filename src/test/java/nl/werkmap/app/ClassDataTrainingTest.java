package nl.werkmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The headless training run of the installed app's class-data archive (the .deb's postinst runs it); its unlock
 * warm-up half is CryptoWarmup and CaseloadWarmup, tested where they live.
 */
class ClassDataTrainingTest {

    @Test
    void loadsTheLauncherAndNearlyAllOfTheFirstWindowsClassesAndLeavesNoScratchFolder() throws IOException {
        List<String> list = FirstWindowPreparation.classList();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));

        int loaded = ClassDataTraining.loadFirstWindow();

        // A list older than the code may name a class or two that is gone; a missing list would give 1 (the launcher).
        assertTrue(list.size() > 100, "the class list is on the classpath");
        assertTrue(loaded >= list.size() * 9 / 10, loaded + " of " + (list.size() + 1) + " classes loaded");
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("werkmap-cds-training"))
                    .toList(), "the throwaway settings folder is deleted");
        }
    }
}
