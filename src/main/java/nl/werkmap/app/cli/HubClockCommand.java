package nl.werkmap.app.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nl.werkmap.hub.ClockMargin;
import nl.werkmap.hub.Hub;
import nl.werkmap.hub.store.ClockRepair;

/**
 * {@code hub clock-margin [MINUTES]} and {@code hub repair-clock [--dry-run]}: how far ahead a laptop's clock may
 * run, and the repair of a hub that stored stamps from the future before the door refused them.
 */
final class HubClockCommand {

    /** Lines the dry run lists before it only counts the rest. */
    private static final int SHOWN = 200;

    private HubClockCommand() {
    }

    /** Shows the margin, or sets it to {@code minutes} (takes effect when the hub starts next). */
    static int margin(Hub hub, List<String> positional, PrintStream out) {
        if (positional.isEmpty()) {
            out.println("Klokmarge: " + hub.clockMargin().toMinutes() + " minuten. Bundels met een tijd verder dan"
                    + " dat na de klok van de hub worden geweigerd (CLOCK_AHEAD).");
            return 0;
        }
        int minutes;
        try {
            minutes = Integer.parseInt(positional.get(0).trim());
            ClockMargin.write(hub.database(), Duration.ofMinutes(minutes));
        } catch (IllegalArgumentException e) {
            throw new UsageException("Geef de klokmarge in hele minuten, van 1 tot 1440 (een dag), niet '"
                    + positional.get(0) + "'.");
        }
        out.println("Klokmarge is nu " + minutes + " minuten. Start een draaiende hub opnieuw om hem te gebruiken.");
        return 0;
    }

    /** Lists (dry run) or re-stamps every stamp beyond now + margin. */
    static int repair(Hub hub, Clock clock, boolean dryRun, PrintStream out) {
        List<ClockRepair.Poisoned> found = dryRun ? ClockRepair.find(hub.database(), clock, hub.clockMargin())
                : ClockRepair.repair(hub.database(), clock, hub.clockMargin());
        if (found.isEmpty()) {
            out.println("Geen klokstempels verder dan " + hub.clockMargin().toMinutes() + " minuten in de toekomst."
                    + " Er is niets te herstellen.");
            return 0;
        }
        for (int i = 0; i < Math.min(SHOWN, found.size()); i++) {
            ClockRepair.Poisoned p = found.get(i);
            out.printf("%s %s %s  %s (%s)%n", p.entity(), p.entityId(), p.field() == null ? "[verwijderd]" : p.field(),
                    p.hlc(), moment(p.hlc()));
        }
        if (found.size() > SHOWN) {
            out.println("... en nog " + (found.size() - SHOWN) + ".");
        }
        if (dryRun) {
            out.println(found.size() + " klokstempels liggen in de toekomst. Niets veranderd (--dry-run). Zonder"
                    + " --dry-run krijgen ze de tijd van nu, zodat latere wijzigingen weer winnen.");
        } else {
            out.println(found.size() + " klokstempels hersteld naar de tijd van nu; de laptops krijgen ze bij hun"
                    + " volgende synchronisatie opnieuw. Start een draaiende hub opnieuw.");
        }
        return 0;
    }

    private static String moment(String stamp) {
        try {
            long physical = Long.parseLong(stamp.substring(0, 15));
            return Instant.ofEpochMilli(physical).toString();
        } catch (RuntimeException beyondInstant) {
            // 999999999999999 ms lies past the years an Instant prints; the stamp itself says enough.
            return "ver in de toekomst";
        }
    }
}
