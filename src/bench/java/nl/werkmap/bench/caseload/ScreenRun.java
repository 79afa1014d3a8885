package nl.werkmap.bench.caseload;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

import nl.werkmap.app.WerkmapApp;
import nl.werkmap.security.Vault;
import nl.werkmap.store.caseload.CaseloadRow;

/**
 * One fresh JVM of {@link CaseloadScreenBench}: starts the real app ({@link WerkmapApp}, on Monocle's headless
 * glass) on a caseload folder, unlocks it through the unlock card once cold and then warm through the lock card,
 * and types in the caseload's search box with key events. Every figure runs from the event to the end of the
 * layout pass of the pulse that shows its result. Prints {@code RESULT key value} lines for the parent.
 */
final class ScreenRun {

    private static final long TIMEOUT_S = 600;

    private final Path dir;
    private final char[] passphrase;
    private Scene scene;

    private ScreenRun(Path dir, char[] passphrase) {
        this.dir = dir;
        this.passphrase = passphrase;
    }

    static void main(Path dir, String passphrase, int warmRuns, int typingRounds, long typingPauseMs)
            throws Exception {
        new ScreenRun(dir, passphrase.toCharArray()).run(warmRuns, typingRounds, typingPauseMs);
    }

    private void run(int warmRuns, int typingRounds, long typingPauseMs) throws Exception {
        // Key derivation apart, first thing in this JVM: what it costs cold, before the app warmed anything.
        keyDerivation("kdf_cold");

        // As the app's own start does (a -Djavafx.animation.pulse given to this JVM wins, e.g. 60 for JavaFX's own).
        nl.werkmap.app.PulseRate.beforeToolkit();
        nl.werkmap.app.RegionPainting.beforeToolkit();
        Thread app = new Thread(() -> Application.launch(WerkmapApp.class, "--data=" + dir.toAbsolutePath()),
                "bench-app");
        app.setDaemon(true);
        app.start();
        waitFor(() -> {
            for (Window w : Window.getWindows()) {
                if (w.getScene() != null && w.getScene().lookup("#passphrase") != null) {
                    scene = w.getScene();
                    return true;
                }
            }
            return false;
        });
        // The coach types the passphrase: the app may use that time, as it does in real life.
        if (Boolean.getBoolean("bench.passKeys")) {
            passphraseKeys(typingPauseMs);
        } else {
            Thread.sleep(typingPauseMs);
        }

        // What the cold unlock's own key derivation costs: warm (the app's warm-up compiled it) on a machine as quiet
        // as at the click. Taken after the unlock instead, under the app's work that follows it, it took about twice
        // as long, and the unlock less that looked some 250 ms faster than it was (issue 13).
        keyDerivation("kdf_quiet");
        result("unlock_cold_ms", unlock(false)[0], "unlock_cold_cpu_ms", LAST_CPU[0]);
        result("rows", onFx(() -> table().getItems().size()));
        for (int i = 0; i < warmRuns; i++) {
            // As after an idle lock (ten minutes away): what the unlock before set going (the week read ahead, the
            // day's integrity check, the JIT's queue) has ended, so it does not land in this lap.
            settled(System.nanoTime(), Figures.processCpu());
            // Beside each warm unlock, under the same load: what its key derivation alone costs.
            keyDerivation("kdf_warm");
            onFx(() -> {
                scene.getAccelerators().get(KeyCombination.keyCombination("Shortcut+Shift+L")).run();
                return null;
            });
            waitFor(() -> scene.lookup("#passphrase") != null);
            long clickCpu = Figures.processCpu();
            long click = System.nanoTime();
            result("unlock_warm_ms", unlock(true)[0], "unlock_warm_cpu_ms", LAST_CPU[0]);
            // What follows the list shown: the list read again behind it when the app reads it (nothing written
            // while locked: since issue 13 it does not), until the process is quiet again.
            double[] settled = settled(click, clickCpu);
            result("unlock_warm_settled_ms", settled[0], "unlock_warm_settled_cpu_ms", settled[1]);
        }
        keyDerivation("kdf_warm");

        typing(typingRounds);
        idle();
        String shot = System.getProperty("bench.shot");
        if (shot != null) {
            shot(Path.of(shot));
        }
        heap();
        Platform.exit();
    }

    private static final double[] LAST_CPU = new double[1];

    /**
     * {@code -Dbench.passKeys=true}: the passphrase typed key by key into the card during the pause, evenly spread
     * over it (a random part of the gap, fixed seed), each key timed from its event to the end of the layout of the
     * pulse after it, as a search key is: what the coach feels of the work the app does meanwhile.
     */
    private void passphraseKeys(long pauseMs) throws Exception {
        PasswordField field = onFx(() -> (PasswordField) scene.lookup("#passphrase"));
        long gap = pauseMs / (passphrase.length + 1);
        java.util.Random jitter = new java.util.Random(11);
        long t0 = System.nanoTime();
        List<Double> times = new ArrayList<>();
        StringBuilder typed = new StringBuilder();
        for (char c : passphrase) {
            long wait = gap / 2 + (long) (jitter.nextDouble() * gap);
            Thread.sleep(wait);
            typed.append(c);
            times.add(keystroke(field, new RealisticTyping.Key(RealisticTyping.Kind.TYPE, c, typed.toString())));
        }
        long left = pauseMs - (System.nanoTime() - t0) / 1_000_000L;
        if (left > 0) {
            Thread.sleep(left);
        }
        result("passphrase_key_p50_ms", Figures.percentile(times, 50), "passphrase_key_p95_ms",
                Figures.percentile(times, 95));
        result("passphrase_key_max_ms", times.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    }

    /**
     * {@code -Dbench.idle=S}: the app with nothing happening for S seconds after the typing (the caseload on screen,
     * the caret blinking in the empty search box): the whole process's CPU per second, and the pulses that ran.
     */
    private void idle() throws Exception {
        long seconds = Long.getLong("bench.idle", 0);
        if (seconds <= 0) {
            return;
        }
        idleFor(seconds, "idle");
        // The same with the focus on the table: no caret blinks, so only what else animates keeps JavaFX pulsing.
        onFx(() -> {
            table().requestFocus();
            return null;
        });
        idleFor(seconds, "idle_table");
    }

    private void idleFor(long seconds, String name) throws Exception {
        long[] pulses = {0};
        Runnable count = () -> pulses[0]++;
        onFx(() -> {
            scene.addPostLayoutPulseListener(count);
            return null;
        });
        long cpu0 = Figures.processCpu();
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000);
        double cpu = Figures.ms(cpu0, Figures.processCpu());
        double wall = Figures.ms(t0, System.nanoTime());
        onFx(() -> {
            scene.removePostLayoutPulseListener(count);
            return null;
        });
        result(name + "_cpu_ms_per_s", cpu / wall * 1000, name + "_pulses_per_s", pulses[0] / wall * 1000);
    }

    /** Key derivation alone (Vault.unlock of the caseload's keyring), wall and process CPU. */
    private void keyDerivation(String name) throws Exception {
        long cpu0 = Figures.processCpu();
        long t0 = System.nanoTime();
        Vault.unlock(dir.resolve("keyring.json"), passphrase).lock();
        result(name + "_ms", Figures.ms(t0, System.nanoTime()), name + "_cpu_ms", Figures.ms(cpu0, Figures.processCpu()));
    }

    /**
     * Types the passphrase into the card on screen and clicks "Ontgrendelen"; done at the first pulse that lays out
     * the caseload table with its rows, shown (cold), or shown again after the click (warm, through the lock card:
     * the rows it kept, read again behind it when something was written; see {@link #settled}).
     */
    private double[] unlock(boolean again) throws Exception {
        CompletableFuture<double[]> done = new CompletableFuture<>();
        onFx(() -> {
            PasswordField field = (PasswordField) scene.lookup("#passphrase");
            field.setText(new String(passphrase));
            Button button = (Button) field.getParent().lookup("#unlockButton");
            // Each thread's CPU at the click (cold only, before the clock starts): a PROBE line gives, per thread,
            // what the unlock cost it, which holds on a loaded machine where the wall time does not.
            java.util.Map<String, Long> threads0 = again ? null : KeystrokeSplit.taskTicks();
            if (!again) {
                // In a -Xlog:class+load log, this class's line marks the click (ListUsableMark the end): the classes
                // the cold unlock loads lie between (how the caseload screen's class list of commit 884998a was made).
                UnlockClickMark.mark();
            }
            long cpu0 = Figures.processCpu();
            long t0 = System.nanoTime();
            Runnable[] check = new Runnable[1];
            // Found once and kept: a lookup walks the whole scene graph, and doing two at every pulse of the
            // window being measured put the bench's own work on the FX thread into the figure.
            @SuppressWarnings("unchecked")
            TableView<CaseloadRow>[] found = new TableView[1];
            check[0] = () -> {
                if (field.getScene() != null) {
                    Platform.requestNextPulse();
                    return;
                }
                if (found[0] == null) {
                    found[0] = table();
                }
                TableView<CaseloadRow> table = found[0];
                if (table == null || table.getScene() == null) {
                    Platform.requestNextPulse();
                    return;
                }
                if (table.getItems().isEmpty()) {
                    Platform.requestNextPulse();
                    return;
                }
                long t1 = System.nanoTime();
                LAST_CPU[0] = Figures.ms(cpu0, Figures.processCpu());
                scene.removePostLayoutPulseListener(check[0]);
                if (!again) {
                    ListUsableMark.mark();
                    System.out.println("PROBE cold unlock, CPU ms per thread (10 ms ticks): "
                            + threadCpu(threads0, KeystrokeSplit.taskTicks()));
                }
                done.complete(new double[] {Figures.ms(t0, t1)});
            };
            scene.addPostLayoutPulseListener(check[0]);
            button.fire();
            Platform.requestNextPulse();
            return null;
        });
        return done.get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    /**
     * From the click until the process is quiet again: the first 500 ms in which it used under 100 ms of CPU (a
     * twentieth of two cores: the JIT's tail, the pulses), wall and CPU up to that window's start (at most 30 s).
     */
    private static double[] settled(long click, long clickCpu) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            long t = System.nanoTime();
            long cpu = Figures.processCpu();
            Thread.sleep(500);
            if (Figures.processCpu() - cpu < TimeUnit.MILLISECONDS.toNanos(100) || System.nanoTime() > until) {
                return new double[] {Figures.ms(click, t), Figures.ms(clickCpu, cpu)};
            }
        }
    }

    /** Each thread's CPU between two /proc snapshots, by name (numbered threads summed), largest first. */
    private static String threadCpu(java.util.Map<String, Long> before, java.util.Map<String, Long> after) {
        java.util.Map<String, Long> byName = new java.util.TreeMap<>();
        after.forEach((key, ticks) -> {
            long spent = ticks - before.getOrDefault(key, 0L);
            String name = key.substring(key.indexOf(' ') + 1).replaceAll("[#0-9]+$", "").strip();
            if (spent > 0) {
                byName.merge(name, spent * 10, Long::sum);
            }
        });
        StringBuilder line = new StringBuilder();
        byName.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> line.append(e.getKey()).append(' ').append(e.getValue()).append("; "));
        return line.toString();
    }

    /** Loaded at the cold unlock's click, as a mark in a class-load log. */
    private static final class UnlockClickMark {
        static void mark() {
        }
    }

    /** Loaded when the cold unlock's list is usable, as a mark in a class-load log. */
    private static final class ListUsableMark {
        static void mark() {
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<CaseloadRow> table() {
        Node node = scene.lookup("#table");
        return node instanceof TableView<?> t ? (TableView<CaseloadRow>) t : null;
    }

    /** Key events into the search field, each timed to the end of the layout of the pulse after it. */
    private void typing(int rounds) throws Exception {
        List<String> names = onFx(() -> table().getItems().stream().map(CaseloadRow::fullName).toList());
        List<RealisticTyping.Key> keys = RealisticTyping.keys(names, rounds);
        TextField search = onFx(() -> (TextField) scene.lookup("#search"));
        onFx(() -> {
            search.requestFocus();
            search.clear();
            return null;
        });
        if (Boolean.getBoolean("bench.robot")) {
            // Keys from the window system go to the window under the pointer when no window manager runs (Xvfb).
            onFx(() -> {
                javafx.geometry.Bounds b = search.localToScreen(search.getBoundsInLocal());
                robot().mouseMove(b.getCenterX(), b.getCenterY());
                robot().mouseClick(javafx.scene.input.MouseButton.PRIMARY);
                return null;
            });
            Thread.sleep(500);
        }
        // One pass over the folded names per keystroke: the floor the search is measured against.
        NamePass floor = onFx(() -> new NamePass(table().getItems()));
        List<Double> times = new ArrayList<>();
        List<Double> floors = new ArrayList<>();
        split = Boolean.getBoolean("bench.split") && !Boolean.getBoolean("bench.robot") ? onFx(() -> new KeystrokeSplit(table())) : null;
        // -Dbench.gap=MS: a random pause of 0..MS ms before each key (fixed seed), so keys land anywhere in the
        // pulse timer's period as a coach's keys do; without it each key follows the previous pulse at once, which
        // lands it just after a tick (the longest wait). The CPU per key then includes what the app spends while
        // the coach pauses (the caret's blink, the pulse timer's ticks), as a coach's app spends it.
        long gapMs = Long.getLong("bench.gap", 0);
        java.util.Random gaps = new java.util.Random(7);
        String keysOut = System.getProperty("bench.keysOut");
        List<long[]> perKey = keysOut == null ? null : new ArrayList<>();
        long cpu0 = Figures.processCpu();
        long compiler0 = perKey == null ? 0 : KeystrokeSplit.compilerMs();
        // The floor's pass runs on this thread between the keys: its CPU is the bench's, not the app's, and is taken
        // out of the process's CPU per key (2-3 ms of the 17-22 ms per key at 150,000, issue 13).
        long floorCpu = 0;
        for (RealisticTyping.Key key : keys) {
            if (gapMs > 0) {
                long pause = (long) (gaps.nextDouble() * gapMs * 1_000_000L);
                Thread.sleep(pause / 1_000_000L, (int) (pause % 1_000_000L));
            }
            times.add(keystroke(search, key));
            long floorCpu0 = Figures.threadCpu();
            floors.add(floor.time(key.boxAfter()));
            floorCpu += Figures.threadCpu() - floorCpu0;
            if (perKey != null) {
                // After the key is timed: the rows it left in the list, the process's CPU less the floor's pass and
                // the JIT compilers' CPU so far.
                perKey.add(new long[] {onFx(() -> table().getItems().size()),
                        (Figures.processCpu() - floorCpu) / 1_000_000L, KeystrokeSplit.compilerMs(), uptimeMs()});
            }
        }
        double cpu = Figures.ms(cpu0, Figures.processCpu() - floorCpu);
        if (keysOut != null) {
            // -Dbench.keysOut=FILE: each key's time, the floor's, the box after it, the rows in the list after it, and
            // the process's (less the floor's passes) and the JIT compilers' CPU in ms since typing began, to see
            // which keys are slow and why.
            // The last column is the JVM's uptime in ms after the key, to line the keys up with a JIT log
            // (-XX:+LogCompilation stamps are seconds since the JVM started).
            StringBuilder lines = new StringBuilder(
                    "key_ms\tfloor_ms\tkind\tbox\trows\tprocess_cpu_less_floor_ms\tjit_cpu_ms\tuptime_ms\n");
            for (int i = 0; i < keys.size(); i++) {
                long[] k = perKey.get(i);
                lines.append(String.format(Locale.ROOT, "%.2f\t%.2f\t%s\t%s\t%d\t%d\t%d\t%d%n", times.get(i),
                        floors.get(i), keys.get(i).kind(), keys.get(i).boxAfter(), k[0], k[1] - cpu0 / 1_000_000L,
                        k[2] - compiler0, k[3]));
            }
            java.nio.file.Files.writeString(java.nio.file.Path.of(keysOut), lines);
        }
        if (split != null) {
            split.report(keys.size());
        }
        String box = onFx(search::getText);
        if (!box.isEmpty()) {
            throw new IllegalStateException("the box should be empty after the sequence, holds '" + box + "'");
        }
        result("keystrokes", keys.size());
        result("keystroke_p50_ms", Figures.percentile(times, 50), "keystroke_p95_ms", Figures.percentile(times, 95));
        result("keystroke_max_ms", times.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        result("keystroke_cpu_per_key_ms", cpu / keys.size());
        result("name_pass_cpu_per_key_ms", floorCpu / 1e6 / keys.size());
        result("name_pass_p50_ms", Figures.percentile(floors, 50), "name_pass_p95_ms", Figures.percentile(floors, 95));
    }

    /** The JVM's uptime in ms, as a JIT log counts its time stamps. */
    private static long uptimeMs() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    }

    private double keystroke(TextField search, RealisticTyping.Key key) throws Exception {
        if (Boolean.getBoolean("bench.robot")) {
            return robotKeystroke(search, key);
        }
        CompletableFuture<Double> done = new CompletableFuture<>();
        onFx(() -> {
            long[] t0 = new long[1];
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                scene.removePostLayoutPulseListener(check[0]);
                done.complete(Figures.ms(t0[0], System.nanoTime()));
            };
            if (split != null) {
                split.eventStarts();
            }
            t0[0] = System.nanoTime();
            switch (key.kind()) {
                case TYPE -> Event.fireEvent(search, typed(search, key.letter()));
                case BACKSPACE -> Event.fireEvent(search, pressed(search, KeyCode.BACK_SPACE, false));
                case CLEAR -> {
                    Event.fireEvent(search, pressed(search, KeyCode.A, true));
                    Event.fireEvent(search, pressed(search, KeyCode.BACK_SPACE, false));
                }
            }
            if (!search.getText().equals(key.boxAfter())) {
                done.completeExceptionally(new IllegalStateException("box holds '" + search.getText()
                        + "', expected '" + key.boxAfter() + "'"));
                return null;
            }
            if (split != null) {
                split.eventEnds(scene, check);
            }
            scene.addPostLayoutPulseListener(check[0]);
            Platform.requestNextPulse();
            return null;
        });
        return done.get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    private KeystrokeSplit split;

    /**
     * {@code -Dbench.robot=true} (with {@code -Dbench.glass=gtk}): the key goes through the window system (JavaFX's
     * Robot, XTest on GTK) and reaches the app as a coach's key does; timed from the Robot's call to the end of the
     * layout of the first pulse after the box holds the key's text. The split does not apply here.
     */
    private double robotKeystroke(TextField search, RealisticTyping.Key key) throws Exception {
        CompletableFuture<Double> done = new CompletableFuture<>();
        onFx(() -> {
            javafx.scene.robot.Robot robot = robot();
            long t0 = System.nanoTime();
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                if (!search.getText().equals(key.boxAfter())) {
                    Platform.requestNextPulse();
                    return;
                }
                scene.removePostLayoutPulseListener(check[0]);
                done.complete(Figures.ms(t0, System.nanoTime()));
            };
            scene.addPostLayoutPulseListener(check[0]);
            switch (key.kind()) {
                case TYPE -> robot.keyType(code(key.letter()));
                case BACKSPACE -> robot.keyType(KeyCode.BACK_SPACE);
                case CLEAR -> {
                    robot.keyPress(KeyCode.CONTROL);
                    robot.keyType(KeyCode.A);
                    robot.keyRelease(KeyCode.CONTROL);
                    robot.keyType(KeyCode.BACK_SPACE);
                }
            }
            return null;
        });
        return done.get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    private javafx.scene.robot.Robot robot;

    private javafx.scene.robot.Robot robot() {
        if (robot == null) {
            robot = new javafx.scene.robot.Robot();
        }
        return robot;
    }

    private static KeyCode code(char c) {
        return switch (c) {
            case ' ' -> KeyCode.SPACE;
            case '-' -> KeyCode.MINUS;
            case '\'' -> KeyCode.QUOTE;
            default -> KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)));
        };
    }

    private static KeyEvent typed(Node target, char c) {
        return new KeyEvent(null, target, KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false, false,
                false, false);
    }

    private static KeyEvent pressed(Node target, KeyCode code, boolean control) {
        return new KeyEvent(null, target, KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, code.getName(), code, false,
                control, false, false);
    }

    /**
     * The window after the typing, with a search typed key by key into a list whose rows were reused many times: to
     * look at whether rows, badges and bars are styled right ({@code -Dbench.shot=FILE.png}).
     */
    private void shot(Path file) throws Exception {
        TextField search = onFx(() -> (TextField) scene.lookup("#search"));
        for (char c : "an".toCharArray()) {
            keystroke(search, new RealisticTyping.Key(RealisticTyping.Kind.TYPE, c, search.getText() + c));
        }
        save(file);
        // The same search with "Alleen met signalen": rows with one, two or three Signalen badges, to look at
        // whether they fit the column or give way to "+N" (FILE-signalen.png beside FILE).
        javafx.scene.control.CheckBox signals = onFx(() -> (javafx.scene.control.CheckBox) scene.lookup("#onlyWarnings"));
        onFx(() -> {
            signals.setSelected(true);
            return null;
        });
        // The filter runs on the FX thread at once; the snapshot lays the window out first.
        save(file.resolveSibling(file.getFileName().toString().replaceFirst("\\.png$", "") + "-signalen.png"));
        onFx(() -> {
            signals.setSelected(false);
            return null;
        });
        keystroke(search, new RealisticTyping.Key(RealisticTyping.Kind.CLEAR, '\0', ""));
    }

    private void save(Path file) throws Exception {
        javafx.scene.image.WritableImage image = onFx(() -> scene.snapshot(null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    /** Live heap after a full collection, and what the collectors did over the whole run. */
    private static void heap() {
        // A System.gc() alone can end as a young collection while the renderer holds the GC locker.
        boolean full = nl.werkmap.bench.jvm.FullCollection.run();
        Runtime rt = Runtime.getRuntime();
        result("live_heap_mb", (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0));
        result("live_heap_full_gc", full ? 1 : 0);
        result("max_heap_mb", rt.maxMemory() / (1024.0 * 1024.0));
        long count = 0;
        long time = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += gc.getCollectionCount();
            time += gc.getCollectionTime();
        }
        result("gc_count", count, "gc_ms", time);
        result("process_cpu_total_ms", Figures.processCpu() / 1e6);
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    private static void waitFor(BooleanSupplier onFx) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (System.nanoTime() < deadline) {
            try {
                if (onFx(onFx::getAsBoolean)) {
                    return;
                }
            } catch (IllegalStateException toolkitNotYetUp) {
                // Platform.runLater before the toolkit started: try again.
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("timed out waiting for the screen");
    }

    static void result(Object... pairs) {
        StringBuilder line = new StringBuilder("RESULT");
        for (Object o : pairs) {
            line.append(' ').append(o instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : o);
        }
        System.out.println(line);
    }

    /** The floor for a keystroke: every name folded once up front, then one pass over them per keystroke. */
    private static final class NamePass {
        private final String[] folded;

        NamePass(List<CaseloadRow> rows) {
            folded = new String[rows.size()];
            for (int i = 0; i < folded.length; i++) {
                CaseloadRow r = rows.get(i);
                folded[i] = " " + fold(r.displayName()) + " " + fold(r.fullName());
            }
        }

        private static String fold(String s) {
            return java.text.Normalizer.normalize(s.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{Mn}", "");
        }

        double time(String box) {
            String[] words = box.trim().isEmpty() ? new String[0] : box.trim().split(" +");
            for (int i = 0; i < words.length; i++) {
                words[i] = " " + words[i];
            }
            long t0 = System.nanoTime();
            int count = 0;
            for (String name : folded) {
                boolean all = true;
                for (String w : words) {
                    if (!name.contains(w)) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    count++;
                }
            }
            double ms = Figures.ms(t0, System.nanoTime());
            if (count < 0) {
                throw new AssertionError();
            }
            return ms;
        }
    }
}
