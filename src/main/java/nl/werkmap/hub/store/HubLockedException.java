package nl.werkmap.hub.store;

/**
 * The hub's private keys are not available: the passphrase was wrong or too weak, or the hub was opened without it.
 * The message says in Dutch what to do; nothing in the database has changed when this is thrown.
 */
public final class HubLockedException extends RuntimeException {

    private HubLockedException(String message, Throwable cause) {
        super(message, cause);
    }

    static HubLockedException wrongPassphrase(Throwable cause) {
        return new HubLockedException("Het hub-wachtwoord klopt niet; de sleutels van de hub blijven dicht en er is"
                + " niets veranderd. Controleer WERKMAP_HUB_PASSPHRASE of het bestand bij --passphrase-file (alleen de"
                + " eerste regel telt) en probeer het opnieuw.", cause);
    }

    static HubLockedException weakPassphrase(String problem) {
        return new HubLockedException("Dit wachtwoord is niet sterk genoeg om de sleutels van de hub te beschermen: "
                + problem + " Er is niets veranderd.", null);
    }

    static HubLockedException locked() {
        return new HubLockedException("Hiervoor zijn de privésleutels van de hub nodig. Geef het hub-wachtwoord mee"
                + " met WERKMAP_HUB_PASSPHRASE of --passphrase-file BESTAND.", null);
    }

    static HubLockedException noKeysYet() {
        return new HubLockedException("Deze hub heeft nog geen sleutels. Start hem eerst één keer met het"
                + " hub-wachtwoord (bijvoorbeeld 'hub fingerprint --passphrase-file BESTAND'); dan worden de sleutels"
                + " gemaakt en beschermd.", null);
    }

    static HubLockedException weakNewPassphrase(String problem) {
        return new HubLockedException("Het nieuwe hub-wachtwoord is niet sterk genoeg: " + problem + " Het huidige"
                + " wachtwoord blijft gelden; er is niets veranderd.", null);
    }

    static HubLockedException samePassphrase() {
        return new HubLockedException("Het nieuwe hub-wachtwoord is hetzelfde als het huidige. Kies een ander"
                + " wachtwoord; er is niets veranderd.", null);
    }

    static HubLockedException changedMeanwhile() {
        return new HubLockedException("Het hub-wachtwoord is net door iemand anders gewijzigd; er is niets veranderd."
                + " Vraag na wie dat was en probeer het daarna opnieuw met het wachtwoord dat nu geldt.", null);
    }
}
