package nl.werkmap.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code --name value} and {@code --flag} options of a subcommand. Unknown options are the caller's to refuse,
 * so a typo never runs a command with a default the user did not want.
 */
public final class Options {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Options() {
    }

    /**
     * Parses {@code args}. Names in {@code flagNames} never take a value; any other {@code --name} takes the next
     * argument as its value, or is a flag when another option or nothing follows.
     */
    public static Options parse(List<String> args, String... flagNames) {
        List<String> flags = List.of(flagNames);
        Options options = new Options();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    options.values.put(name.substring(0, eq), name.substring(eq + 1));
                } else if (!flags.contains(name) && i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    options.values.put(name, args.get(++i));
                } else {
                    options.values.put(name, "true");
                }
            } else {
                options.positional.add(arg);
            }
        }
        return options;
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The value of a required option, or a {@link UsageException} naming it in Dutch. */
    public String require(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank() || value.equals("true")) {
            throw UsageException.aboutOptions("De optie --" + name + " ontbreekt of heeft geen waarde.");
        }
        return value;
    }

    public int intValue(String name, int fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw UsageException.aboutOptions("--" + name + " moet een heel getal zijn, niet '" + value + "'.");
        }
    }

    public boolean flag(String name) {
        return "true".equals(values.get(name));
    }

    public List<String> positional() {
        return List.copyOf(positional);
    }

    /** Refuses options outside {@code allowed}, so a mistyped option is reported instead of ignored. */
    public Options allowOnly(String... allowed) {
        List<String> known = List.of(allowed);
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw UsageException.aboutOptions("Onbekende optie --" + name + ". Toegestaan: --" + String.join(", --", known) + ".");
            }
        }
        return this;
    }
}
