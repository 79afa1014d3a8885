package nl.werkmap.app.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmap.ui.common.LoggingExecutors;

/**
 * A command that fails unexpectedly: a Dutch message that says what to do, and a crash log in the data folder with
 * the stack but without the personal values that were in the input and in the exception messages.
 */
class UnexpectedFailureTest {

    private static final String NAME = "Yıldız Kılıç";
    private static final String BSN = "123456782";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:15:30.123Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    /** What a command's bug looks like: a value of the input in our message, a JVM index error beneath it. */
    private static RuntimeException failureWithPersonalValues() {
        try {
            // An index check that throws explicitly: an array access that has thrown often in a JVM (other tests in
            // the same fork) is compiled to throw one shared exception without message or stack (HotSpot's
            // OmitStackTraceInFastThrow), and this test then failed in CI depending on what ran before it.
            java.util.Objects.checkIndex(0, 0);
            throw new AssertionError("Objects.checkIndex(0, 0) must throw");
        } catch (IndexOutOfBoundsException index) {
            IllegalStateException failure = new IllegalStateException("Kandidaat " + NAME + " (BSN " + BSN
                    + ") heeft geen plaatsing", index);
            failure.addSuppressed(new java.io.UncheckedIOException(new java.io.IOException("/home/" + NAME + "/x")));
            return failure;
        }
    }

    private static String only(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return Files.readString(all.get(0));
        }
    }

    @Test
    void writesALogWithoutPersonalValuesAndSaysWhatToDo() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = List.of("--data", data.toString(), "--name", NAME, "--bsn=" + BSN);
        UnexpectedFailure.report("export", args, failureWithPersonalValues(),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);

        Path logs = data.resolve("logs");
        Path file = logs.resolve("werkmap-20261204-101530-123.log");
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("Er ging iets onverwachts mis bij 'export'"), said);
        assertTrue(said.contains(file.toAbsolutePath().toString()) && said.contains("IT-afdeling"), said);
        assertFalse(said.contains(NAME) || said.contains(BSN), said);

        String log = only(logs);
        assertTrue(log.contains("java.lang.IllegalStateException: " + CrashReport.OMITTED), log);
        assertTrue(log.contains("Caused by: java.lang.IndexOutOfBoundsException: Index 0 out of bounds for length 0"), log);
        assertTrue(log.contains("Suppressed: java.io.UncheckedIOException"), log);
        assertTrue(log.contains("at nl.werkmap.app.crash.UnexpectedFailureTest.failureWithPersonalValues"), log);
        assertTrue(log.contains("(opties: --data --name --bsn)"), log);
        assertFalse(log.contains(NAME) || log.contains(BSN) || log.contains("Kılıç"), log);
        assertFalse(log.contains(data.toString()), "not even the data folder's path (it holds the user name)");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(logs)));
        }
    }

    @Test
    void keepsOnlyTheNewestLogs() throws Exception {
        Instant start = Instant.parse("2026-12-04T10:00:00Z");
        for (int i = 0; i < CrashLog.KEEP + 3; i++) {
            new CrashLog(data, Clock.fixed(start.plus(Duration.ofMinutes(i)), ZoneOffset.UTC))
                    .write("sync", List.of(), new IllegalStateException("x"));
        }
        try (Stream<Path> files = Files.list(data.resolve("logs"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(CrashLog.KEEP, names.size());
            assertEquals("werkmap-20261204-100300-000.log", names.get(0), "the three oldest are gone");
            assertEquals("werkmap-20261204-101200-000.log", names.get(names.size() - 1));
        }
    }

    @Test
    void twoFailuresInOneMillisecondGetTwoFiles() throws Exception {
        CrashLog log = new CrashLog(data, CLOCK);
        Path first = log.write("demo", List.of(), new IllegalStateException("a"));
        Path second = log.write("demo", List.of(), new IllegalStateException("b"));
        assertFalse(first.equals(second));
        assertTrue(second.getFileName().toString().endsWith("-2.log"), second.toString());
    }

    @Test
    void aDataFolderThatDoesNotExistIsNotMadeForALog() {
        Path typo = data.resolve("tiepfout");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        UnexpectedFailure.report("export", List.of("--data", typo.toString()), failureWithPersonalValues(),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK, data.resolve("ook-niet"));
        assertFalse(Files.exists(typo) || Files.exists(data.resolve("ook-niet")));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("stuur dan de details hieronder"), said);
        assertTrue(said.contains("Caused by: java.lang.IndexOutOfBoundsException"), said);
        assertFalse(said.contains(NAME) || said.contains(BSN), said);
    }

    @Test
    void theHubsLogNamesTheActionButNoValue() throws Exception {
        UnexpectedFailure.report("hub", List.of("revoke", "dev-" + BSN, "--db-file", data.resolve("hub.db").toString()),
                failureWithPersonalValues(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                CLOCK);
        String log = only(data.resolve("logs"));
        assertTrue(log.contains("Bij: hub revoke (opties: --db-file)"), log);
        assertFalse(log.contains(BSN), log);
    }

    @Test
    void theHubLogsBesideItsDatabaseFile() {
        assertEquals(data, UnexpectedFailure.folderFor("hub", List.of("counts", "--db-file",
                data.resolve("hub.db").toString()), null).orElseThrow());
        assertEquals(data, UnexpectedFailure.folderFor("export", List.of("--data=" + data), null).orElseThrow());
        assertTrue(UnexpectedFailure.folderFor("export", List.of(), data.resolve("geen")).isEmpty());
    }

    @Test
    void theAppsUncaughtExceptionsOnAWorkerGoToTheSameLog() throws Exception {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        CountDownLatch handled = new CountDownLatch(1);
        AtomicReference<Thread> where = new AtomicReference<>();
        CrashHandler crashes = new CrashHandler(data, CLOCK);
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            crashes.uncaughtException(thread, failure);
            where.set(thread);
            handled.countDown();
        });
        ExecutorService worker = LoggingExecutors.singleWorker("test-crash");
        try {
            worker.execute(() -> {
                throw failureWithPersonalValues();
            });
            assertTrue(handled.await(10, TimeUnit.SECONDS), "the worker's failure reached the app's handler");
        } finally {
            worker.shutdownNow();
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        String log = only(data.resolve("logs"));
        assertTrue(log.contains("Bij: app, thread " + where.get().getName()), log);
        assertFalse(log.contains(NAME) || log.contains(BSN), log);
    }
}
