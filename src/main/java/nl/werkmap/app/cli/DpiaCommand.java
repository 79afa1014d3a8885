package nl.werkmap.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.werkmap.app.config.ConfigProblem;
import nl.werkmap.app.config.EffectiveSettings;
import nl.werkmap.app.config.MachineConfig;
import nl.werkmap.app.config.MachineKey;
import nl.werkmap.app.config.ResolvedSetting;
import nl.werkmap.report.dpia.DpiaFacts;
import nl.werkmap.report.dpia.DpiaPack;

/**
 * {@code dpia --out F.pdf|F.md [--config F]}: the DPIA pack for the privacy officer, from the machine-wide
 * configuration in force here (IT's werkmap.properties) and Werkmap's own data model. Opens no caseload.
 */
public final class DpiaCommand implements Command {

    private final Clock clock;

    public DpiaCommand() {
        this(Clock.systemDefaultZone());
    }

    DpiaCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "dpia";
    }

    @Override
    public String summary() {
        return "DPIA-pakket voor de functionaris gegevensbescherming (--out BESTAND.pdf|.md)";
    }

    @Override
    public String usage() {
        return UsageText.synopsis("dpia --out BESTAND.pdf|BESTAND.md [--config BESTAND]")
                + "Schrijft een beschrijving van de verwerking, de soorten gegevens, de ontvangers, de bewaartermijnen"
                + " en de beveiliging zoals die op deze computer zijn ingesteld, voor de DPIA van de gemeente. Een .pdf"
                + " schrijft ook de .md ernaast (en andersom niet).\n"
                + "  --out BESTAND           .pdf (met .md ernaast) of .md\n"
                + "  --config BESTAND        de machine-configuratie (standaard: de vaste plek op deze computer)\n"
                + UsageText.HELP;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = Options.parse(args).allowOnly("out", "config");
        Path target = Path.of(options.require("out"));
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".pdf") && !name.endsWith(".md")) {
            throw new UsageException("Kies een bestand dat eindigt op .pdf of .md voor --out.");
        }
        MachineConfig machine = options.get("config").map(f -> MachineConfig.load(Path.of(f)))
                .orElseGet(MachineConfig::loadForThisMachine);
        DpiaPack pack = DpiaPack.of(facts(machine, ZonedDateTime.now(clock)));
        Path markdown = name.endsWith(".md") ? target
                : target.resolveSibling(target.getFileName().toString().replaceAll("(?i)\\.pdf$", ".md"));
        ExportCommand.writeAtomically(markdown, o -> o.write(pack.markdown().getBytes(StandardCharsets.UTF_8)));
        if (name.endsWith(".pdf")) {
            ExportCommand.writeAtomically(target, o -> pack.writePdf(o, ZonedDateTime.now(clock)));
            out.println("DPIA-pakket geschreven naar " + target.toAbsolutePath() + " en " + markdown.getFileName() + ".");
        } else {
            out.println("DPIA-pakket geschreven naar " + target.toAbsolutePath() + ".");
        }
        if (!machine.problems().isEmpty()) {
            err.println("Let op: de machine-configuratie " + machine.source() + " heeft " + machine.problems().size()
                    + " probleem/problemen; ze staan in het pakket. Laat IT ze oplossen.");
        }
        return 0;
    }

    /** The settings in force as the app would resolve them without a user's own choices (the machine's view). */
    static DpiaFacts facts(MachineConfig machine, ZonedDateTime now) {
        List<DpiaFacts.Setting> settings = new ArrayList<>();
        for (Map.Entry<MachineKey, ResolvedSetting> e : EffectiveSettings.resolve(machine, Map.of()).all().entrySet()) {
            ResolvedSetting s = e.getValue();
            settings.add(new DpiaFacts.Setting(e.getKey().key(), s.value().orElse(null), source(s)));
        }
        List<String> problems = machine.problems().stream().map(ConfigProblem::message).toList();
        return new DpiaFacts(now.withZoneSameInstant(ZoneId.systemDefault()), String.valueOf(machine.source()),
                settings, problems);
    }

    private static String source(ResolvedSetting s) {
        return switch (s.source()) {
            case MACHINE_LOCKED -> "vastgezet door IT";
            case MACHINE_DEFAULT -> "standaard van IT, coach mag wijzigen";
            case USER -> "gekozen door de gebruiker";
            case BUILT_IN -> "standaard van Werkmap";
            case NOT_SET -> "niet ingesteld";
        };
    }
}
