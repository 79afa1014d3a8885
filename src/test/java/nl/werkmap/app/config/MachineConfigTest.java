package nl.werkmap.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachineConfigTest {

    @TempDir
    Path dir;

    private MachineConfig load(String text) throws IOException {
        Path file = dir.resolve("werkmap.properties");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return MachineConfig.load(file);
    }

    @Test
    void readsEveryKnownKeyInNormalForm() throws IOException {
        MachineConfig config = load("""
                # Gemeente Súdwest-Fryslân, uitgerold door ICT
                hub-address = https://werkmap.sudwestfryslan.nl:8443/
                municipality-name=Súdwest-Fryslân
                idle-lock-minutes: 15
                language = NL
                """);
        assertEquals(Optional.of("https://werkmap.sudwestfryslan.nl:8443"), config.value(MachineKey.HUB_ADDRESS));
        assertEquals(Optional.of("Súdwest-Fryslân"), config.value(MachineKey.MUNICIPALITY_NAME));
        assertEquals(Optional.of("15"), config.value(MachineKey.IDLE_LOCK_MINUTES));
        assertEquals(Optional.of("nl"), config.value(MachineKey.LANGUAGE));
        assertTrue(config.problems().isEmpty(), config.problems().toString());
        assertTrue(config.lockedKeys().isEmpty());
    }

    @Test
    void missingFileIsAnEmptyConfigurationWithoutProblems() {
        MachineConfig config = MachineConfig.load(dir.resolve("bestaat-niet.properties"));
        assertTrue(config.values().isEmpty());
        assertTrue(config.problems().isEmpty());
    }

    @Test
    void lockedKeysAreRecordedInDutchOrEnglish() throws IOException {
        MachineConfig config = load("""
                idle-lock-minutes=5
                idle-lock-minutes.locked=true
                language=en
                language.locked=ja
                hub-address=https://hub.gemeente.nl
                hub-address.locked=false
                """);
        assertTrue(config.isLocked(MachineKey.IDLE_LOCK_MINUTES));
        assertTrue(config.isLocked(MachineKey.LANGUAGE));
        assertFalse(config.isLocked(MachineKey.HUB_ADDRESS));
        assertTrue(config.problems().isEmpty(), config.problems().toString());
    }

    @Test
    void badValueIsIgnoredWithTheLineAndWhatToFix() throws IOException {
        MachineConfig config = load("""
                language=nl
                idle-lock-minutes=tien
                """);
        assertEquals(Optional.empty(), config.value(MachineKey.IDLE_LOCK_MINUTES));
        assertEquals(Optional.of("nl"), config.value(MachineKey.LANGUAGE));
        assertEquals(1, config.problems().size());
        ConfigProblem problem = config.problems().get(0);
        assertEquals(2, problem.line());
        assertTrue(problem.message().contains("regel 2"), problem.message());
        assertTrue(problem.message().contains("heel getal"), problem.message());
        assertTrue(problem.message().contains("genegeerd"), problem.message());
    }

    @Test
    void outOfRangeIdleLockIsRefused() throws IOException {
        MachineConfig config = load("idle-lock-minutes=0\n");
        assertTrue(config.value(MachineKey.IDLE_LOCK_MINUTES).isEmpty());
        assertTrue(config.problems().get(0).text().contains("tussen 1 en 240"), config.problems().toString());
    }

    @Test
    void plainHttpHubIsRefusedExceptOnLoopback() throws IOException {
        MachineConfig remote = load("hub-address=http://hub.gemeente.nl:8080\n");
        assertTrue(remote.value(MachineKey.HUB_ADDRESS).isEmpty());
        assertTrue(remote.problems().get(0).text().contains("https://"), remote.problems().toString());

        MachineConfig local = load("hub-address=http://127.0.0.1:8443\n");
        assertEquals(Optional.of("http://127.0.0.1:8443"), local.value(MachineKey.HUB_ADDRESS));
    }

    @Test
    void unknownKeyAndLineWithoutSeparatorAreReportedWithLineNumbers() throws IOException {
        MachineConfig config = load("""
                idle-lok-minutes=5
                language
                ! een commentaarregel
                municipality-name.locked=true
                """);
        assertEquals(3, config.problems().size(), config.problems().toString());
        assertEquals(1, config.problems().get(0).line());
        assertTrue(config.problems().get(0).text().contains("idle-lok-minutes"));
        assertTrue(config.problems().get(0).text().contains("idle-lock-minutes"), "lists the known keys");
        assertEquals(2, config.problems().get(1).line());
        assertEquals(4, config.problems().get(2).line());
        assertTrue(config.problems().get(2).text().contains("geen waarde"));
        assertTrue(config.isLocked(MachineKey.MUNICIPALITY_NAME));
    }

    @Test
    void garbledLockCountsAsLockedUntilFixed() throws IOException {
        MachineConfig config = load("language=en\nlanguage.locked=wellicht\n");
        assertTrue(config.isLocked(MachineKey.LANGUAGE));
        assertEquals(2, config.problems().get(0).line());
    }

    @Test
    void duplicateKeyKeepsTheLastLineAndSaysSo() throws IOException {
        MachineConfig config = load("idle-lock-minutes=5\nidle-lock-minutes=20\n");
        assertEquals(Optional.of("20"), config.value(MachineKey.IDLE_LOCK_MINUTES));
        assertTrue(config.problems().get(0).text().contains("regel 1"), config.problems().toString());
    }

    @Test
    void notepadByteOrderMarkAndWindowsLineEndingsAreAccepted() throws IOException {
        Path file = dir.resolve("werkmap.properties");
        Files.write(file, "\uFEFFlanguage=en\r\nidle-lock-minutes=7\r\n".getBytes(StandardCharsets.UTF_8));
        MachineConfig config = MachineConfig.load(file);
        assertEquals(Optional.of("en"), config.value(MachineKey.LANGUAGE));
        assertEquals(Optional.of("7"), config.value(MachineKey.IDLE_LOCK_MINUTES));
        assertTrue(config.problems().isEmpty(), config.problems().toString());
    }

    @Test
    void fileNotInUtf8IsReportedAndIgnoredWhole() throws IOException {
        Path file = dir.resolve("werkmap.properties");
        Files.write(file, "municipality-name=S\u00fadwest-Frysl\u00e2n\n".getBytes(StandardCharsets.ISO_8859_1));
        MachineConfig config = MachineConfig.load(file);
        assertTrue(config.values().isEmpty());
        assertEquals(0, config.problems().get(0).line());
        assertTrue(config.problems().get(0).message().contains("UTF-8"));
    }

    @Test
    void unreadableFileIsAProblemNotACrash() throws IOException {
        Path folder = dir.resolve("werkmap.properties");
        Files.createDirectory(folder);
        MachineConfig config = MachineConfig.load(folder);
        assertTrue(config.values().isEmpty());
        assertEquals(1, config.problems().size());
        assertTrue(config.problems().get(0).message().contains("niet te lezen"));
    }

    @Test
    void systemPropertyOverrideIsRead() throws IOException {
        Path file = dir.resolve("proef.properties");
        Files.writeString(file, "language=en\n");
        String before = System.getProperty(MachineConfigLocation.OVERRIDE_PROPERTY);
        System.setProperty(MachineConfigLocation.OVERRIDE_PROPERTY, file.toString());
        try {
            assertEquals(Optional.of("en"), MachineConfig.loadForThisMachine().value(MachineKey.LANGUAGE));
        } finally {
            if (before == null) {
                System.clearProperty(MachineConfigLocation.OVERRIDE_PROPERTY);
            } else {
                System.setProperty(MachineConfigLocation.OVERRIDE_PROPERTY, before);
            }
        }
    }
}
