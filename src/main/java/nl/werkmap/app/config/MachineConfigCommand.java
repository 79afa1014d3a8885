package nl.werkmap.app.config;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import nl.werkmap.app.cli.Command;
import nl.werkmap.app.cli.LauncherName;
import nl.werkmap.app.cli.Options;

/**
 * {@code werkmap machine-config [--file PATH]}: lets IT check a machine configuration file before rolling it out.
 * Prints each setting with its value and lock, then every problem with its line; exits 1 when there are problems,
 * so a deployment script can stop on a bad file.
 */
public final class MachineConfigCommand implements Command {

    @Override
    public String name() {
        return "machine-config";
    }

    @Override
    public String summary() {
        return "controleert het machinebrede instellingenbestand van IT";
    }

    @Override
    public String usage() {
        return "Gebruik: " + LauncherName.current() + " machine-config [--file BESTAND]\n"
                + "Controleert het instellingenbestand dat IT voor alle gebruikers van deze computer neerzet: toont elke"
                + " instelling met waarde en vergrendeling, en elk probleem met zijn regel. Eindigt met status 1 als er"
                + " problemen zijn, zodat een uitrolscript kan stoppen.\n"
                + "  --file BESTAND          een ander bestand dan de vaste plek op deze computer ("
                + MachineConfigLocation.forThisMachine() + ")\n"
                + "  --help, -h              toont deze hulp en doet verder niets\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args).allowOnly("file");
        Path file = options.get("file").isPresent() ? Path.of(options.require("file")) : MachineConfigLocation.forThisMachine();
        MachineConfig config = MachineConfig.load(file);
        out.println("Machine-instellingen uit " + file + (config.values().isEmpty() && config.problems().isEmpty()
                && config.lockedKeys().isEmpty() ? " (geen bestand of leeg)" : ""));
        for (MachineKey key : MachineKey.values()) {
            String value = config.value(key).orElse("-");
            String lock = config.isLocked(key) ? "  [vergrendeld]" : "";
            String builtIn = key.builtInDefault().map(v -> "  (standaard " + v + ")").orElse("");
            out.printf("  %-18s %s%s%s%n", key.key(), value, lock, builtIn);
        }
        for (ConfigProblem problem : config.problems()) {
            err.println(problem.message());
        }
        return config.problems().isEmpty() ? 0 : 1;
    }
}
