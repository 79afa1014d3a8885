package nl.werkmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every locale loads, has the same keys, every key the UI uses exists, and no key lies unused. */
class MessageBundlesTest {

    private static final Path JAVA = Path.of("src/main/java/nl/werkmap/ui");
    private static final Path FXML = Path.of("src/main/resources/nl/werkmap/ui");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern JAVA_CALL = Pattern.compile("\\.(?:text|format)\\(\\s*\"([A-Za-z0-9_.]+)\"");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\"");

    private final Set<String> dutch = Messages.dutch().bundle().keySet();
    private final Set<String> english = Messages.forLocale(Locale.ENGLISH).bundle().keySet();

    @Test
    void dutchAndEnglishHaveTheSameKeys() {
        assertTrue(Messages.forLocale(Locale.ENGLISH).text("app.title").equals("Werkmap"));
        assertEquals(new TreeSet<>(dutch), new TreeSet<>(english));
    }

    @Test
    void englishIsReallyEnglish() {
        assertTrue(!Messages.dutch().text("shell.nav.agenda.tooltip")
                .equals(Messages.forLocale(Locale.ENGLISH).text("shell.nav.agenda.tooltip")));
    }

    @Test
    void everyKeyUsedInFxmlOrJavaExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (String key : matches(FXML, ".fxml", FXML_KEY)) {
            if (!dutch.contains(key)) {
                missing.add(key);
            }
        }
        for (String key : matches(JAVA, ".java", JAVA_CALL)) {
            if (!dutch.contains(key)) {
                missing.add(key);
            }
        }
        for (String key : concat(EnumLabels.requiredKeys(), DomainKeys.all())) {
            if (!dutch.contains(key)) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing, "keys used but not in messages.properties");
    }

    @Test
    void noKeyIsUnused() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(matches(FXML, ".fxml", FXML_KEY));
        used.addAll(matches(JAVA, ".java", JAVA_LITERAL));
        used.addAll(EnumLabels.requiredKeys());
        used.addAll(DomainKeys.all());
        Set<String> unused = dutch.stream().filter(k -> !used.contains(k)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unused, "keys in messages.properties that nothing uses");
    }

    private static java.util.List<String> concat(java.util.List<String> a, java.util.List<String> b) {
        java.util.List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Set<String> matches(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }
}
