package nl.werkmap.hub.store;

import java.util.Locale;

/** What an enrolled coach sees at the hub: their own caseload, or (team lead) the whole team's. */
public enum HubRole {
    JOBCOACH, WERKCOACH, TEAMLEIDER;

    public static HubRole parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Onbekende rol '" + text + "'. Kies jobcoach, werkcoach of teamleider.");
        }
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
