package nl.werkmap.app.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The machine-wide settings IT placed in {@code werkmap.properties}: a value per {@link MachineKey} and whether it is
 * locked ({@code KEY.locked=true}), so a user's own setting cannot override it.
 *
 * <p>Loading never fails: a missing file is an empty configuration, and a bad line is skipped and reported as a
 * {@link ConfigProblem} saying which line and what to fix. A typo by IT must not stop a coach from working.
 *
 * <p>The file is read as UTF-8 (a byte-order mark, as Notepad writes, is allowed) so municipality names such as
 * Súdwest-Fryslân survive. Lines are {@code name=value} or {@code name: value}; {@code #} and {@code !} start a
 * comment line. Unlike {@link java.util.Properties} there are no backslash escapes or continuation lines, so what
 * IT types is what the app reads.
 */
public final class MachineConfig {

    private static final String LOCK_SUFFIX = ".locked";

    private final Path source;
    private final Map<MachineKey, String> values;
    private final Set<MachineKey> locked;
    private final List<ConfigProblem> problems;

    private MachineConfig(Path source, Map<MachineKey, String> values, Set<MachineKey> locked,
                          List<ConfigProblem> problems) {
        this.source = source;
        Map<MachineKey, String> copy = new EnumMap<>(MachineKey.class);
        copy.putAll(values);
        this.values = Collections.unmodifiableMap(copy);
        this.locked = Collections.unmodifiableSet(locked.isEmpty() ? EnumSet.noneOf(MachineKey.class) : EnumSet.copyOf(locked));
        this.problems = List.copyOf(problems);
    }

    /** No machine file: every setting comes from the user or the built-in default. */
    public static MachineConfig empty(Path source) {
        return new MachineConfig(source, Map.of(), Set.of(), List.of());
    }

    /** Reads the file at its standard place for this OS, or where {@code -Dwerkmap.machineConfig} points. */
    public static MachineConfig loadForThisMachine() {
        return load(MachineConfigLocation.forThisMachine());
    }

    public static MachineConfig load(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            return empty(file);
        } catch (CharacterCodingException e) {
            return unreadable(file, "is niet als UTF-8 opgeslagen. Sla het bestand op als UTF-8 (in Kladblok: "
                    + "Opslaan als, codering UTF-8). Alle machine-instellingen worden nu genegeerd.");
        } catch (IOException e) {
            return unreadable(file, "is niet te lezen (" + e.getMessage() + "). Controleer dat iedereen het bestand "
                    + "mag lezen. Alle machine-instellingen worden nu genegeerd.");
        }
        return parse(file, text);
    }

    /** Parses the text of a machine file; {@code source} only names it in problems. */
    public static MachineConfig parse(Path source, String text) {
        return new Reader(source).read(text);
    }

    private static MachineConfig unreadable(Path file, String text) {
        return new MachineConfig(file, Map.of(), Set.of(), List.of(new ConfigProblem(file, 0, text)));
    }

    public Path source() {
        return source;
    }

    /** The checked value IT set for {@code key}, if any. */
    public Optional<String> value(MachineKey key) {
        return Optional.ofNullable(values.get(key));
    }

    /** True when IT locked {@code key}: the user's value is then never used. */
    public boolean isLocked(MachineKey key) {
        return locked.contains(key);
    }

    public Map<MachineKey, String> values() {
        return values;
    }

    public Set<MachineKey> lockedKeys() {
        return locked;
    }

    /** Lines that were skipped, with what to fix; empty when the file is fine or absent. */
    public List<ConfigProblem> problems() {
        return problems;
    }

    /** One pass over the lines; kept apart so the parsed state never leaks half-built. */
    private static final class Reader {

        private final Path source;
        private final Map<MachineKey, String> values = new EnumMap<>(MachineKey.class);
        private final Map<MachineKey, Integer> valueLines = new EnumMap<>(MachineKey.class);
        private final Map<MachineKey, Integer> lockLines = new EnumMap<>(MachineKey.class);
        private final Set<MachineKey> locked = EnumSet.noneOf(MachineKey.class);
        private final Set<MachineKey> badValue = EnumSet.noneOf(MachineKey.class);
        private final List<ConfigProblem> problems = new ArrayList<>();

        Reader(Path source) {
            this.source = source;
        }

        MachineConfig read(String text) {
            String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
            String[] lines = body.split("\r\n|\r|\n", -1);
            for (int i = 0; i < lines.length; i++) {
                line(i + 1, lines[i].strip());
            }
            for (MachineKey key : locked) {
                if (!values.containsKey(key)) {
                    String fallback = key.builtInDefault().map(v -> "de standaardwaarde " + v).orElse("geen waarde");
                    String why = badValue.contains(key) ? "heeft een ongeldige waarde (zie de melding daarover)"
                            : "heeft geen waarde";
                    problem(lockLines.get(key), key.key() + " is vergrendeld maar " + why + "; gebruikers krijgen "
                            + fallback + ". Zet een geldige regel " + key.key() + "=... als je een andere waarde bedoelt.");
                }
            }
            return new MachineConfig(source, values, locked, problems);
        }

        private void line(int number, String line) {
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                return;
            }
            int separator = firstSeparator(line);
            if (separator < 0) {
                problem(number, "'" + line + "' is geen instelling. Schrijf naam=waarde, bijvoorbeeld idle-lock-minutes=10. "
                        + "Deze regel wordt genegeerd.");
                return;
            }
            String name = line.substring(0, separator).strip();
            String value = line.substring(separator + 1).strip();
            if (name.endsWith(LOCK_SUFFIX)) {
                lock(number, name.substring(0, name.length() - LOCK_SUFFIX.length()), value);
            } else {
                value(number, name, value);
            }
        }

        private void value(int number, String name, String raw) {
            Optional<MachineKey> key = MachineKey.byKey(name);
            if (key.isEmpty()) {
                unknown(number, name);
                return;
            }
            Integer earlier = valueLines.put(key.get(), number);
            if (earlier != null) {
                problem(number, name + " staat ook al op regel " + earlier + "; deze regel " + number
                        + " telt. Haal een van de twee weg.");
            }
            try {
                values.put(key.get(), key.get().normalise(raw));
                badValue.remove(key.get());
            } catch (SettingValueException e) {
                values.remove(key.get());
                badValue.add(key.get());
                problem(number, name + "=" + raw + " " + e.getMessage() + ". Deze regel wordt genegeerd; de app "
                        + "gebruikt de eigen instelling van de gebruiker of de standaardwaarde.");
            }
        }

        private void lock(int number, String name, String raw) {
            Optional<MachineKey> key = MachineKey.byKey(name);
            if (key.isEmpty()) {
                unknown(number, name + LOCK_SUFFIX);
                return;
            }
            lockLines.put(key.get(), number);
            switch (raw.toLowerCase(Locale.ROOT)) {
                case "true", "ja", "yes" -> locked.add(key.get());
                case "false", "nee", "no" -> locked.remove(key.get());
                default -> {
                    // A garbled lock is read as locked: IT wrote the line to fix the value, so the safe side is
                    // to keep users from changing it until the line is corrected.
                    locked.add(key.get());
                    problem(number, name + LOCK_SUFFIX + "=" + raw + " moet true of false zijn. Tot dat is "
                            + "verbeterd geldt " + name + " als vergrendeld.");
                }
            }
        }

        private void unknown(int number, String name) {
            problem(number, "onbekende instelling '" + name + "' (tikfout?). Bekende instellingen: "
                    + MachineKey.knownKeys() + ", elk eventueel met .locked=true. Deze regel wordt genegeerd.");
        }

        private void problem(int line, String text) {
            problems.add(new ConfigProblem(source, line, text));
        }

        private static int firstSeparator(String line) {
            int equals = line.indexOf('=');
            int colon = line.indexOf(':');
            if (equals < 0) {
                return colon;
            }
            return colon < 0 ? equals : Math.min(equals, colon);
        }
    }
}
