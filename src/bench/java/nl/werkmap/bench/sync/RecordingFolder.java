package nl.werkmap.bench.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.werkmap.bench.sync.RecordedAnswers.Exchange;

/**
 * A recorded first sync on disk (TeamSyncBench {@code -Dbench.hub=replay}), in {@code DIR/replay-N}:
 * {@code exchanges.tsv} (one line per exchange in order: method, path, query, request body SHA-256, status, content
 * type, answer file), each answer's bytes in {@code answer-NNN.bin}, {@code port.txt} (the proxy's port, which the
 * laptop's snapshot names as its hub), {@code snapshot/} (the laptop's files right after enrolment: its caseload and
 * keyring), {@code expected.txt} (the caseload the recorded sync left, {@link CaseloadFingerprint}) and
 * {@code complete} once all of it is written.
 */
final class RecordingFolder {

    private final Path dir;

    RecordingFolder(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    Path snapshot() {
        return dir.resolve("snapshot");
    }

    boolean complete() {
        return Files.exists(dir.resolve("complete"));
    }

    void markComplete() throws IOException {
        Files.writeString(dir.resolve("complete"), "");
    }

    void saveExchanges(List<Exchange> exchanges, int port) throws IOException {
        StringBuilder index = new StringBuilder();
        for (int i = 0; i < exchanges.size(); i++) {
            Exchange e = exchanges.get(i);
            String file = String.format(Locale.ROOT, "answer-%03d.bin", i + 1);
            Files.write(dir.resolve(file), e.answer());
            index.append(String.join("\t", e.method(), e.path(), e.query(), e.bodySha256(),
                    Integer.toString(e.status()), e.contentType(), file)).append('\n');
        }
        Files.writeString(dir.resolve("exchanges.tsv"), index, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("port.txt"), port + "\n");
    }

    List<Exchange> exchanges() throws IOException {
        List<Exchange> exchanges = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("exchanges.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            exchanges.add(new Exchange(f[0], f[1], f[2], f[3], Integer.parseInt(f[4]), f[5],
                    Files.readAllBytes(dir.resolve(f[6]))));
        }
        return exchanges;
    }

    int port() throws IOException {
        return Integer.parseInt(Files.readString(dir.resolve("port.txt")).strip());
    }

    void saveExpected(List<String> fingerprint) throws IOException {
        Files.write(dir.resolve("expected.txt"), fingerprint, StandardCharsets.UTF_8);
    }

    List<String> expected() throws IOException {
        return Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8);
    }

    /** Deletes this recording (only its own files). */
    void delete() throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
