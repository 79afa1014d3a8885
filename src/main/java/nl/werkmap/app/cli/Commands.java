package nl.werkmap.app.cli;

import java.util.List;
import java.util.Optional;

import nl.werkmap.app.config.MachineConfigCommand;

/** The registry of headless subcommands. Add a command here and it is reachable from the launcher. */
public final class Commands {

    private Commands() {
    }

    public static List<Command> all() {
        return List.of(new DemoCommand(), new ExportCommand(), new WorklistCommand(), new HoursCommand(),
                new MatchCommand(),
                new ProfielCommand(),
                new InzageCommand(), new AccessLogCommand(), new DpiaCommand(),
                new VerantwoordingCommand(),
                new RetentionCommand(), new EraseCommand(),
                new EnrollCommand(), new SyncCommand(), new HubCommand(), new MachineConfigCommand());
    }

    public static Optional<Command> find(String name) {
        return all().stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
