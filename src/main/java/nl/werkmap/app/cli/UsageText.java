package nl.werkmap.app.cli;

/**
 * Building blocks of the {@code --help} texts, so every command describes the shared options the same way and
 * names the command the user actually types (see {@link LauncherName}).
 */
final class UsageText {

    static final String DATA = "  --data MAP              de map met de caseload (zonder deze optie: de standaardmap van"
            + " deze gebruiker, zie README)\n";
    static final String PASSPHRASE = "  --passphrase-file BESTAND  het wachtwoord van de caseload op de eerste regel;"
            + " zonder deze optie leest Werkmap de eerste regel van de invoer (nooit als argument, dan staat het in de"
            + " geschiedenis van de terminal)\n";
    static final String HELP = "  --help, -h              toont deze hulp en doet verder niets\n";

    private UsageText() {
    }

    /** The first line: {@code Gebruik: werkmap export ...}. */
    static String synopsis(String commandAndOptions) {
        return "Gebruik: " + LauncherName.current() + " " + commandAndOptions + "\n";
    }
}
