package nl.werkmap.hub.store;

import java.util.Locale;

/**
 * What an enrolled coach sees at the hub: their own caseload, or (team lead) the whole team's. The municipality's
 * privacy officer (functionaris gegevensbescherming) has no caseload: they read access logs and make inzage files
 * of any candidate at the hub, and every such read is itself logged.
 */
public enum HubRole {
    JOBCOACH, WERKCOACH, TEAMLEIDER, PRIVACYFUNCTIONARIS;

    public static HubRole parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Onbekende rol '" + text + "'. Kies jobcoach, werkcoach, teamleider of privacyfunctionaris.");
        }
    }

    /** Whether this role holds a caseload of its own (and so is a coach the devices must know). */
    public boolean hasCaseload() {
        return this != PRIVACYFUNCTIONARIS;
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
