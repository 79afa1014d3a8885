package nl.werkmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.app.settings.SettingsStore;

/** The head start before the first window: same settings and texts as reading them on the FX thread, no class run early. */
class FirstWindowPreparationTest {

    @TempDir
    Path dir;

    /** Its static initializer would record that it ran; loading ahead must not run it. */
    static final class NotToBeInitialized {
        static {
            Initialized.count++;
        }
    }

    /** Kept apart, so reading the count does not itself initialize {@link NotToBeInitialized}. */
    static final class Initialized {
        static int count;
    }

    @Test
    void classesAreLoadedAndLinkedButNotInitializedAndUnknownNamesAreSkipped() {
        int loaded = FirstWindowPreparation.loadClasses(getClass().getClassLoader(), List.of(
                NotToBeInitialized.class.getName(), "nl.werkmap.bestaat.Niet", "java.lang.String"));

        assertEquals(2, loaded, "the missing class is skipped, the others counted");
        assertEquals(0, Initialized.count, "no static initializer ran on the preparing thread");
    }

    @Test
    void theShippedListNamesTheUnlockAndWelcomeCardsAndOnlyWerkmapClassesThatExist() {
        List<String> names = FirstWindowPreparation.classList();

        assertTrue(names.size() > 1000, "a list made from a real start-up, got " + names.size());
        assertTrue(names.contains("nl.werkmap.ui.unlock.UnlockController"));
        assertTrue(names.contains("nl.werkmap.ui.unlock.WelcomeController"));
        List<String> own = names.stream().filter(n -> n.startsWith("nl.werkmap.")).toList();
        // A renamed class leaves a stale line: harmless at run time, but the list should then be made again.
        assertEquals(own.size(), FirstWindowPreparation.loadClasses(getClass().getClassLoader(), own),
                "run installer/first-window-classes.sh after renaming a class of the first window");
    }

    @Test
    void theSettingsAndTextsPreparedAheadAreTheCoachsOwn() throws IOException {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "{ \"language\": \"en\" }");

        FirstWindowPreparation ahead = FirstWindowPreparation.start(dir);
        FirstWindowPreparation.Prepared prepared = ahead.await();

        try (SettingsStore store = prepared.settingsStore()) {
            assertEquals("en", prepared.preferences().languageProperty().get());
            assertEquals("en", prepared.messages().locale().toLanguageTag());
            assertEquals(dir, ahead.dataDir());
        }
    }

    @Test
    void withoutASettingsFileTheDefaultsGiveDutch() {
        FirstWindowPreparation.Prepared prepared = FirstWindowPreparation.prepareHere(dir.resolve("nieuw"));

        try (SettingsStore store = prepared.settingsStore()) {
            assertEquals("nl", prepared.messages().locale().toLanguageTag());
            assertFalse(Files.exists(dir.resolve("nieuw").resolve(SettingsStore.FILE_NAME)), "nothing written yet");
        }
    }
}
