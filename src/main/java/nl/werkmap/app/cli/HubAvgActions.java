package nl.werkmap.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import nl.werkmap.hub.Hub;
import nl.werkmap.hub.store.HubCandidateRecords;
import nl.werkmap.report.inzage.AccessLogCsv;
import nl.werkmap.report.inzage.InzageDossier;
import nl.werkmap.report.inzage.InzageJson;
import nl.werkmap.report.inzage.InzagePdf;
import nl.werkmap.report.inzage.InzageRecord;

/**
 * {@code hub toegangslog} and {@code hub inzage}: the privacy officer's (or the team lead's) reading of one
 * candidate at the hub. Who reads is named with {@code --as}; a reader without the right is refused, and both the
 * read and the refusal go into the candidate's access log, which the laptops receive at their next sync.
 */
final class HubAvgActions {

    private final Clock clock;

    HubAvgActions(Clock clock) {
        this.clock = clock;
    }

    int run(String action, Hub hub, Options options, PrintStream out) throws Exception {
        try (hub) {
            String candidate = InzageCommand.candidateId(options.require("candidate")).toString();
            HubCandidateRecords records = hub.candidateRecords();
            HubCandidateRecords.Reader reader = records.reader(options.require("as")).orElseThrow(() ->
                    new UsageException("De hub kent niemand met de naam of het id '" + options.require("as")
                            + "'. Maak eerst een aanmeldcode met --role privacyfunctionaris."));
            if (!records.holds(candidate)) {
                throw new UsageException("De hub heeft geen kandidaat met id " + candidate + ". Controleer het id;"
                        + " een kandidaat die nog niet is gesynchroniseerd staat alleen op de laptop ('inzage').");
            }
            boolean inzage = action.equals("inzage");
            Path target = options.get("out").map(Path::of).orElse(null);
            boolean pdf = inzage && InzageCommand.format(requireOut(target));
            String object = inzage ? (pdf ? "inzage.pdf" : "inzage.json") : "access_log";
            String what = inzage ? "INZAGE" : "TOEGANGSLOG_INGEZIEN";
            if (!records.mayRead(reader, candidate)) {
                records.logAccess(candidate, reader, what, object, "GEWEIGERD", options.get("reden").orElse(null),
                        null);
                throw new UsageException(reader.name() + " (" + reader.role().cliName() + ") mag deze kandidaat niet"
                        + " inzien: alleen de privacyfunctionaris, of de teamleider van het team van de kandidaat."
                        + " De poging staat in de toegangslog.");
            }
            long started = System.nanoTime();
            records.logAccess(candidate, reader, what, object, "GELUKT", options.get("reden").orElse(inzage
                    ? "Inzageverzoek van de kandidaat (art. 15 AVG)" : null), target == null ? "scherm" : "bestand");
            if (inzage) {
                InzageDossier dossier = HubInzage.dossier(hub, candidate, reader.name(), clock);
                ExportCommand.writeAtomically(target, o -> {
                    if (pdf) {
                        InzagePdf.write(dossier, o, ZoneId.systemDefault());
                    } else {
                        InzageJson.write(dossier, o);
                    }
                });
                out.println("Inzage (" + dossier.records().size() + " records) geschreven naar " + target.toAbsolutePath() + " in "
                        + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms. Geef dit bestand alleen"
                        + " aan de kandidaat.");
                return 0;
            }
            List<InzageRecord> log = records.accessLog(candidate).stream()
                    .map(r -> new InzageRecord(r.entity(), r.id(), r.deleted(), r.fields())).toList();
            if (target != null) {
                ExportCommand.writeAtomically(target, o -> AccessLogCsv.write(log, o));
                out.println(log.size() + " regels toegangslog geschreven naar " + target.toAbsolutePath() + ".");
            } else {
                log.forEach(r -> out.println(AccessLogLines.line(r)));
            }
            return 0;
        }
    }

    private static Path requireOut(Path target) {
        if (target == null) {
            throw new UsageException("Geef met --out aan waar de inzage komt: BESTAND.json of BESTAND.pdf.");
        }
        return target;
    }
}
