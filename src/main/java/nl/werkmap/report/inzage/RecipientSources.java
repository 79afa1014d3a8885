package nl.werkmap.report.inzage;

import java.util.ArrayList;
import java.util.List;

/**
 * The recipients the inzage lists, from the records themselves: the municipality's hub (which holds a copy of the
 * whole file), the purposes the person consented to, and every share and export the access log shows.
 */
public final class RecipientSources {

    private RecipientSources() {
    }

    /** Every source, in the order the inzage lists them. Add new kinds of sharing here. */
    public static List<RecipientSource> standard() {
        return List.of(RecipientSources::municipality, RecipientSources::consents, RecipientSources::profileShares,
                RecipientSources::loggedShares);
    }

    /** All recipients of {@code records} from {@code sources}. */
    public static List<Recipient> collect(List<RecipientSource> sources, List<InzageRecord> records,
                                          String municipality) {
        List<Recipient> all = new ArrayList<>();
        for (RecipientSource source : sources) {
            all.addAll(source.recipients(records, municipality));
        }
        return all;
    }

    static List<Recipient> municipality(List<InzageRecord> records, String municipality) {
        String who = municipality == null || municipality.isBlank() ? "De gemeente (gemeentehub)"
                : "Gemeente " + municipality + " (gemeentehub)";
        return List.of(new Recipient(who, "Een versleutelde kopie van je hele dossier, voor je jobcoach, de"
                + " teamleider en de functionaris gegevensbescherming", "", "Wettelijke taak (Participatiewet)"));
    }

    static List<Recipient> consents(List<InzageRecord> records, String municipality) {
        List<Recipient> found = new ArrayList<>();
        for (InzageRecord r : records) {
            if (!r.kind().equals("consent") || r.deleted()) {
                continue;
            }
            String purpose = String.valueOf(r.field("purpose"));
            String[] whoWhat = switch (purpose) {
                case "PROFIEL_AAN_WERKGEVER" -> new String[] {"Werkgevers", "Je werknemersprofiel"};
                case "UITWISSELING_UWV" -> new String[] {"UWV", "Gegevens over je traject en plaatsing"};
                case "CONTACT_MET_SCHOOL" -> new String[] {"Je school", "Gegevens over je overstap naar werk"};
                default -> new String[] {purpose, ""};
            };
            boolean given = "true".equals(r.field("given")) || "1".equals(r.field("given"));
            found.add(new Recipient(whoWhat[0], whoWhat[1], r.field("decided_on") == null ? "" : r.field("decided_on"),
                    given ? "Toestemming gegeven" : "Toestemming geweigerd: er wordt niets gedeeld"));
        }
        return found;
    }

    /** Every recorded share of the werknemersprofiel: to whom, in which form, on which basis, and if it was taken back. */
    static List<Recipient> profileShares(List<InzageRecord> records, String municipality) {
        List<Recipient> found = new ArrayList<>();
        for (InzageRecord r : records) {
            if (!r.kind().equals("profile_share") || r.deleted()) {
                continue;
            }
            boolean named = "BENOEMD".equals(r.field("form"));
            String contact = r.field("contact_name");
            String who = (r.field("employer_id") == null ? "Werkgeversservicepunt" : "Werkgever")
                    + (contact == null || contact.isBlank() ? "" : " (" + contact.strip() + ")");
            String what = (named ? "Je werknemersprofiel met je naam" : "Je werknemersprofiel zonder naam (anoniem)")
                    + (r.field("fields") == null ? "" : ": " + r.field("fields").replace(';', ',').toLowerCase(java.util.Locale.ROOT));
            String basis = !named ? "Anoniem: geen persoonsgegevens die naar jou wijzen"
                    : r.field("revoked_on") != null ? "Toestemming ingetrokken op " + r.field("revoked_on")
                    : "Toestemming (" + String.valueOf(r.field("consent_how")).toLowerCase(java.util.Locale.ROOT)
                    + ") tot " + r.field("expires_on");
            found.add(new Recipient(who, what, r.field("shared_on"), basis));
        }
        return found;
    }

    static List<Recipient> loggedShares(List<InzageRecord> records, String municipality) {
        List<Recipient> found = new ArrayList<>();
        for (InzageRecord r : records) {
            String action = r.kind().equals("access_log") ? r.field("action") : null;
            if (action == null || !"GELUKT".equals(r.field("result"))) {
                continue;
            }
            // A profile share is listed from its own record (profileShares), with its consent and revocation.
            if (action.equals("EXPORT")) {
                found.add(new Recipient("Administratie van je jobcoach", "Een bestand (" + r.field("object") + ")"
                        + detail(r), r.field("occurred_at"), "Verantwoording en declaratie van de begeleiding"));
            }
        }
        return found;
    }

    private static String detail(InzageRecord r) {
        String detail = r.field("detail");
        return detail == null || detail.isBlank() ? "" : ": " + detail;
    }
}
