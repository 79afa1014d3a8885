package nl.werkmap.app.cli;

import java.util.Locale;

import nl.werkmap.report.inzage.InzageRecord;

/** One access log entry as one line on the terminal, the same for the laptop and the hub command. */
final class AccessLogLines {

    private AccessLogLines() {
    }

    static String line(InzageRecord r) {
        return String.format(Locale.ROOT, "%-24s %-22s %-24s %-9s %-28s %-20s %s", r.field("occurred_at"),
                r.field("action"), r.field("object"), r.field("result"),
                r.field("actor") == null ? "(onbekend)" : r.field("actor"), r.field("origin"),
                r.field("purpose") == null ? "" : "reden: " + r.field("purpose"));
    }
}
