package nl.werkmap.report.verantwoording;

import java.util.Locale;

/** The documents Werkmap makes for jobcoach verantwoording; the name is what the command line accepts. */
public enum DocumentKind {
    VERANTWOORDING("verantwoording", "Verantwoordingsrapportage jobcoaching"),
    WERKGEVER_EVALUATIE("evaluatie", "Evaluatie door de werkgever"),
    WERKNEMER_TEVREDENHEID("tevredenheid", "Tevredenheid van de werknemer"),
    VERVOLGAANVRAAG("vervolgaanvraag", "Vervolgaanvraag jobcoaching"),
    EINDRAPPORTAGE("eindrapportage", "Eindrapportage jobcoaching"),
    MELDING_DIENSTBETREKKING("melding", "Melding wijziging of einde dienstbetrekking"),
    TEVREDENHEID_JAAR("jaartevredenheid", "Tevredenheid per jaar");

    private final String command;
    private final String title;

    DocumentKind(String command, String title) {
        this.command = command;
        this.title = title;
    }

    public String command() {
        return command;
    }

    public String title() {
        return title;
    }

    /** The kind by its command-line name ("verantwoording"); null when there is none. */
    public static DocumentKind byCommand(String name) {
        for (DocumentKind k : values()) {
            if (k.command.equals(name == null ? null : name.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }

    /** The name for a file of this document: no person in it (file names end up in lists and mails). */
    public String fileStem() {
        return command;
    }
}
