package nl.werkmap.bench.screens;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.fxml.FXMLLoader;

import nl.werkmap.ui.common.FxmlView;
import nl.werkmap.ui.common.Messages;

/**
 * How long FXMLLoader takes for each of the app's views, on the FX thread, in one headless JVM: the first load of each
 * (cold) and the median of later ones (warm), wall and the FX thread's CPU. What a coach waits for when a screen is
 * built: a candidate's page and its tabs, the session sheet. The loader only: no controller (its {@code fx:controller}
 * and {@code #handler} attributes are left out of the text), no scene, no CSS.
 *
 * <p>{@code -Dbench.fxmlFrom=DIR} loads the files from DIR (laid out as {@code src/main/resources}, e.g. another
 * checkout's) instead of the class path, and {@code -Dbench.fxmlFrom=DIR1,DIR2} alternates two such sets round by
 * round, for a comparison in the same JVM (issue 13: {@code Place.at} against the panes' own static attributes).
 * Arguments: rounds (default 60).
 */
public final class FxmlLoadBench {

    private FxmlLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        ScreensBench.headless();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        String from = System.getProperty("bench.fxmlFrom", "");
        List<String> sets = from.isEmpty() ? List.of("") : List.of(from.split(","));
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        Messages messages = Messages.forLocale(Locale.forLanguageTag("nl"));
        Map<String, byte[]> texts = new LinkedHashMap<>();
        Map<String, URL> places = new LinkedHashMap<>();
        for (String set : sets) {
            for (FxmlView view : FxmlView.values()) {
                texts.put(set + "|" + view, withoutController(read(set, view)));
                places.put(set + "|" + view, set.isEmpty() ? view.url() : file(set, view).toUri().toURL());
            }
        }
        Map<String, List<double[]>> laps = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (String set : sets) {
                for (FxmlView view : FxmlView.values()) {
                    String key = set + "|" + view;
                    laps.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(load(texts.get(key), places.get(key), messages));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d rounds, load average %.1f at the end%n", rounds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (String set : sets) {
            double coldSum = 0;
            double warmSum = 0;
            System.out.println(set.isEmpty() ? "views from the class path:" : "views from " + set + ":");
            for (FxmlView view : FxmlView.values()) {
                List<double[]> l = laps.get(set + "|" + view);
                List<Double> warmWall = l.subList(l.size() / 2, l.size()).stream().map(x -> x[0]).toList();
                List<Double> warmCpu = l.subList(l.size() / 2, l.size()).stream().map(x -> x[1]).toList();
                double warm = ScreensBench.percentile(warmWall, 0.5);
                coldSum += l.get(0)[0];
                warmSum += warm;
                System.out.printf(Locale.ROOT, "  %-28s first %6.1f ms (cpu %6.1f) | warm p50 %5.2f ms (cpu %5.2f)%n",
                        view, l.get(0)[0], l.get(0)[1], warm, ScreensBench.percentile(warmCpu, 0.5));
            }
            System.out.printf(Locale.ROOT, "  all views: first loads %.0f ms, warm p50s %.1f ms%n", coldSum, warmSum);
        }
        Platform.exit();
    }

    private static String read(String set, FxmlView view) throws IOException {
        if (set.isEmpty()) {
            try (InputStream in = view.url().openStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return Files.readString(file(set, view));
    }

    private static Path file(String set, FxmlView view) {
        return Path.of(set, "nl/werkmap/ui", view.path());
    }

    /** The view's text without its controller: the loader alone is measured. */
    private static byte[] withoutController(String text) {
        return text.replaceAll(" fx:controller=\"[^\"]*\"", "").replaceAll(" on[A-Za-z]+=\"#[A-Za-z0-9_]*\"", "")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** One load on the FX thread ({@code location}: where "@" paths start): wall ms and that thread's CPU ms. */
    private static double[] load(byte[] text, URL location, Messages messages) throws Exception {
        CompletableFuture<double[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                FXMLLoader loader = new FXMLLoader(location, messages.bundle());
                loader.setController(new Object());
                loader.load(new ByteArrayInputStream(text));
                done.complete(new double[] {(System.nanoTime() - t0) / 1e6,
                        (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e6});
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done.get();
    }
}
