package nl.werkmap.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code --help} texts of {@code hub} and each of its actions. A new hub also needs {@code --municipality}: the
 * code is stored in the hub's database and in every bundle it signs, and cannot be changed afterwards, so Werkmap
 * asks for it once instead of guessing a default that would bind the database to the wrong municipality.
 */
final class HubUsage {

    /** One action: what follows {@code hub}, one line on what it does, and which shared options it takes. */
    private record Action(String synopsis, String description, boolean database, Passphrase passphrase) {
    }

    private enum Passphrase { NONE, OPTIONAL, REQUIRED }

    private static final Map<String, Action> ACTIONS = new LinkedHashMap<>();

    static {
        ACTIONS.put("serve", new Action("serve [--host 127.0.0.1] [--port 8443] [--keystore hub.p12"
                + " --keystore-password-file P] [--max-bundle-mb 256]",
                "Start de hub en blijft draaien tot je hem stopt (Ctrl+C, of systemctl stop werkmap-hub). Zonder"
                        + " --keystore luistert hij alleen op 127.0.0.1, zonder TLS: alleen om te proberen."
                        + " --max-bundle-mb: grotere bundels weigert de hub (413) zodra de grens voorbij is.",
                true, Passphrase.REQUIRED));
        ACTIONS.put("cert", new Action("cert --out hub.p12 --password-file P [--host localhost,127.0.0.1]",
                "Maakt een zelfondertekend certificaat (1 jaar geldig, alleen om te proberen) en hub.p12.crt voor de"
                        + " coaches (enroll --trust-cert). --host: de namen waarop de hub bereikbaar is.",
                false, Passphrase.NONE));
        ACTIONS.put("enroll-code", new Action("enroll-code --name NAAM --role jobcoach|werkcoach|teamleider|privacyfunctionaris --team TEAM"
                + " [--valid-hours 72]",
                "Maakt een eenmalige aanmeldcode voor één laptop. Met het hub-wachtwoord maakt een nieuwe hub nu ook"
                        + " zijn sleutels.",
                true, Passphrase.OPTIONAL));
        ACTIONS.put("devices", new Action("devices",
                "Toont de aangemelde laptops: id, coach, rol, team, naam en vingerafdruk.", true, Passphrase.NONE));
        ACTIONS.put("revoke", new Action("revoke APPARAAT-ID",
                "Trekt een laptop in (id uit hub devices); zijn bundels worden vanaf nu geweigerd.", true,
                Passphrase.NONE));
        ACTIONS.put("assign", new Action("assign --candidate ID --coach NAAM",
                "Geeft een kandidaat aan een coach; de laptops krijgen dit bij de volgende synchronisatie.", true,
                Passphrase.NONE));
        ACTIONS.put("transfer", new Action("transfer --candidate ID --coach NAAM",
                "Zelfde als assign: draagt een kandidaat over aan een andere coach.", true, Passphrase.NONE));
        ACTIONS.put("counts", new Action("counts", "Toont hoeveel records van elke soort de hub heeft.", true,
                Passphrase.NONE));
        ACTIONS.put("bewaartermijn", new Action("bewaartermijn [--jaren N] [--jaren-uwv N]",
                "Toont welke kandidaten gewist moeten worden (bewaartermijn voorbij). --jaren en --jaren-uwv stellen"
                        + " de termijnen van de hub in (standaard 5; UWV hoogstens 10).", true, Passphrase.NONE));
        ACTIONS.put("wis", new Action("wis --candidate ID [--reden TEKST] [--ja]",
                "Wist een kandidaat voorgoed uit de hub, vernietigt zijn sleutel en laat alle laptops hun kopie"
                        + " wissen. Vóór de bewaartermijn alleen met een wettelijke reden (--reden, zonder"
                        + " persoonsgegevens); vraagt om bevestiging, tenzij --ja.", true, Passphrase.NONE));
        ACTIONS.put("backup", new Action("backup --out BESTAND",
                "Schrijft een versleutelde reservekopie van de hub-database (alleen voor jou leesbaar; terugzetten kan"
                        + " alleen met het hub-wachtwoord).", true, Passphrase.REQUIRED));
        ACTIONS.put("restore", new Action("restore --in BESTAND",
                "Zet een reservekopie terug als hub-database (--data of --db-file). Stop eerst de hub en zet de oude"
                        + " hub.db opzij; een beschadigde of vreemde kopie wordt geweigerd.", true,
                Passphrase.REQUIRED));
        ACTIONS.put("rotate-key", new Action("rotate-key",
                "Maakt een nieuwe gemeentesleutel; oude bundels blijven leesbaar.", true, Passphrase.REQUIRED));
        ACTIONS.put("import", new Action("import BESTAND.werkmapbundle",
                "Leest een bundelbestand in dat een laptop schreef met sync --export; dubbel inlezen kan geen kwaad.",
                true, Passphrase.REQUIRED));
        ACTIONS.put("fingerprint", new Action("fingerprint",
                "Toont de vingerafdruk van de hub-sleutel, die de coaches bij het aanmelden zien.", true,
                Passphrase.REQUIRED));
        ACTIONS.put("change-passphrase", new Action("change-passphrase [--new-passphrase-file NIEUW]",
                "Geeft de hub een nieuw wachtwoord (met het huidige). Zonder --new-passphrase-file typ je het nieuwe"
                        + " twee keer. Minstens 10 tekens, geen veelgebruikt wachtwoord. Alleen de verpakking van de"
                        + " hubsleutel verandert: laptops en bundels werken door.",
                true, Passphrase.REQUIRED));
        ACTIONS.put("clock-margin", new Action("clock-margin [MINUTEN]",
                "Toont of zet hoeveel minuten de klok van een laptop voor mag lopen op de hub (standaard 5). Bundels"
                        + " met een tijd verder in de toekomst worden geweigerd (CLOCK_AHEAD).",
                true, Passphrase.NONE));
        ACTIONS.put("repair-clock", new Action("repair-clock [--dry-run]",
                "Herstelt een hub die wijzigingen met een tijd ver in de toekomst heeft opgeslagen (\"HLC buiten"
                        + " bereik\"): die krijgen de tijd van nu, zodat latere wijzigingen weer winnen. --dry-run"
                        + " toont alleen wat er zou veranderen.",
                true, Passphrase.NONE));
        ACTIONS.put("toegangslog", new Action("toegangslog --candidate ID --as NAAM [--out BESTAND.csv]",
                "Toont (of schrijft als csv) de toegangslog van een kandidaat: wie het BSN, gezondheidsgegevens of"
                        + " bestanden inzag, van alle laptops. --as: wie leest (privacyfunctionaris, of teamleider"
                        + " van het team van de kandidaat); het lezen komt zelf in de log.",
                true, Passphrase.REQUIRED));
        ACTIONS.put("inzage", new Action("inzage --candidate ID --as NAAM --out BESTAND.json|BESTAND.pdf"
                + " [--reden TEKST]",
                "Schrijft alle gegevens die de hub over een kandidaat heeft, met doelen, ontvangers, herkomst,"
                        + " bewaartermijn en toegangslog, voor een inzageverzoek (art. 15 AVG). Komt in de log.",
                true, Passphrase.REQUIRED));
    }

    private static final String DATABASE = """
            De hub-database:
              --data MAP                      de map van de hub; de database is MAP/hub.db
              --db-file BESTAND               een SQLite-bestand (zonder --data en --db: hub.db in de huidige map)
              --db jdbc:postgresql://... --db-user U --db-password-file F   PostgreSQL
              --municipality CODE             de CBS-gemeentecode, bijv. GM0363. Nodig bij de eerste actie op een
                                              nieuwe hub; daarna onthoudt de hub hem en kan hij niet meer veranderen.
            """;

    private static final String PASSPHRASE = """
            Het hub-wachtwoord (opent de sleutels van de hub; een nieuwe hub krijgt het als zijn wachtwoord):
              --passphrase-file BESTAND       het wachtwoord op de eerste regel
              of de omgevingsvariabele WERKMAP_HUB_PASSPHRASE
            """;

    private static final String HELP = "  --help, -h                      toont deze hulp en doet verder niets\n";

    private HubUsage() {
    }

    /** Every action, in the order the help lists them. */
    static List<String> actions() {
        return List.copyOf(ACTIONS.keySet());
    }

    static boolean isAction(String name) {
        return ACTIONS.containsKey(name);
    }

    /** Usage for {@code hub ARGS --help}: the action's own when {@code args} starts with one, else the whole list. */
    static String forArguments(List<String> args) {
        List<String> words = args.stream().filter(a -> !a.startsWith("-") && !a.equals("help")).toList();
        return !words.isEmpty() && isAction(words.get(0)) ? action(words.get(0)) : all();
    }

    static String all() {
        StringBuilder text = new StringBuilder(UsageText.synopsis("hub ACTIE [opties]"));
        text.append("Draait en beheert de gemeentehub, de server waarmee de laptops synchroniseren.\n");
        text.append("Acties (* = met hub-wachtwoord, (*) = hub-wachtwoord mag):\n");
        ACTIONS.forEach((name, action) -> text.append(String.format(Locale.ROOT, "  %-3s %s%n",
                action.passphrase() == Passphrase.REQUIRED ? "*" : action.passphrase() == Passphrase.OPTIONAL
                        ? "(*)" : "", action.synopsis())));
        text.append(DATABASE).append(PASSPHRASE);
        text.append("Een nieuwe hub beginnen: ").append(LauncherName.current()).append(
                " hub fingerprint --data MAP --municipality GM0363 --passphrase-file BESTAND\n");
        text.append("Meer over één actie: ").append(LauncherName.current()).append(" hub ACTIE --help\n");
        text.append(HELP);
        return text.toString();
    }

    static String action(String name) {
        Action action = ACTIONS.get(name);
        StringBuilder text = new StringBuilder(UsageText.synopsis("hub " + action.synopsis()
                + (action.database() ? " [--data MAP | --db-file BESTAND | --db URL ...] [--municipality CODE]" : "")
                + (action.passphrase() == Passphrase.NONE ? "" : " [--passphrase-file BESTAND]")));
        text.append(action.description()).append('\n');
        if (action.database()) {
            text.append(DATABASE);
        }
        if (action.passphrase() == Passphrase.REQUIRED) {
            text.append(PASSPHRASE);
        } else if (action.passphrase() == Passphrase.OPTIONAL) {
            text.append("Met het hub-wachtwoord (mag, hoeft niet):\n").append(PASSPHRASE.substring(
                    PASSPHRASE.indexOf('\n') + 1));
        }
        text.append(HELP);
        return text.toString();
    }
}
