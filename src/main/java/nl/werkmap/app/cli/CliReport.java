package nl.werkmap.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import nl.werkmap.report.ReportPeriod;
import nl.werkmap.report.ReportScope;
import nl.werkmap.report.export.ReportFormat;
import nl.werkmap.store.CaseloadStore;


/** Option parsing shared by the export and werklijst commands. */
final class CliReport {

    private CliReport() {
    }

    static ReportPeriod period(String text) {
        try {
            return ReportPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The format from --format, else from the extension of --out. */
    static ReportFormat format(String format, String out) {
        String f = format;
        if (f == null) {
            int dot = out.lastIndexOf('.');
            f = dot < 0 ? "" : out.substring(dot + 1).toLowerCase(Locale.ROOT);
        }
        try {
            return ReportFormat.parse(f);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + " Geef --format of een bestandsnaam die op .xlsx, .csv of .pdf eindigt.");
        }
    }

    /**
     * --scope all | team (the only team on this device) | team:NAAM | coach:ID | own --coach ID. A team without a
     * name is only accepted when the device knows exactly one team, so nobody reports on the wrong team by default.
     * Team and coach are checked against this device: a name typed in another case finds its team, an unknown one
     * is refused with the names that are here, so a typo never gives an empty report that looks like a real one.
     */
    static ReportScope scope(Options options, CaseloadStore store) {
        String scope = options.get("scope").orElse("all");
        if (scope.equals("all") || scope.equals("alles")) {
            return ReportScope.all();
        }
        if (scope.startsWith("team:")) {
            return ReportScope.team(ScopeNames.team(store, scope.substring(5)));
        }
        if (scope.startsWith("coach:")) {
            return ReportScope.coach(ScopeNames.coach(store, scope.substring(6)));
        }
        if (scope.equals("own") || scope.equals("eigen")) {
            return ReportScope.own(ScopeNames.coach(store, options.require("coach")));
        }
        if (scope.equals("team")) {
            List<String> teams = ScopeNames.teams(store);
            if (teams.size() == 1) {
                return ReportScope.team(teams.get(0));
            }
            throw new UsageException(teams.isEmpty()
                    ? "Op deze laptop heeft geen coach een team. Gebruik --scope all of --scope coach:ID."
                    : "Op deze laptop staan meer teams (" + String.join(", ", teams) + "). Kies er een met --scope team:NAAM.");
        }
        throw new UsageException("Onbekende --scope '" + scope + "'. Gebruik all, team, team:NAAM, coach:ID of own --coach ID.");
    }

    static CaseloadStore open(Path dataDir, char[] passphrase) {
        return ExportCommand.openOrExplain(dataDir, passphrase);
    }
}
