package nl.werkmap.domain.share;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one place an employer's view is put together. It takes fields by name and refuses every name that is not on
 * the allow-list ({@link ProfielVeld}), so a health field (a ZRM score, a diagnosis, a belastbaarheid), the BSN, an
 * address or a phone number cannot get in, whatever a caller tries; in the anonymous form it also refuses the
 * named-only fields. Lines come out in the allow-list's order, so the document reads the same every time.
 */
public final class WerkgeversProfielBuilder {

    private final DelingVorm vorm;
    private final Map<ProfielVeld, String> waarden = new EnumMap<>(ProfielVeld.class);

    public WerkgeversProfielBuilder(DelingVorm vorm) {
        this.vorm = Objects.requireNonNull(vorm, "vorm");
    }

    /**
     * Adds a field by its name; a blank value is left out (the view shows what is known).
     *
     * @throws VeldNietToegestaan when the name is not on the allow-list, or is named-only in an anonymous view
     */
    public WerkgeversProfielBuilder put(String veld, String waarde) {
        ProfielVeld allowed = ProfielVeld.byKey(veld).orElseThrow(() -> new VeldNietToegestaan(
                "Het veld '" + veld + "' mag nooit naar een werkgever: het staat niet op de lijst van toegestane"
                        + " velden."));
        return put(allowed, waarde);
    }

    /** Adds an allow-listed field; refused when it is named-only and this view is anonymous. */
    public WerkgeversProfielBuilder put(ProfielVeld veld, String waarde) {
        Objects.requireNonNull(veld, "veld");
        if (veld.alleenBenoemd() && vorm == DelingVorm.ANONIEM) {
            throw new VeldNietToegestaan("Het veld '" + veld.key() + "' hoort niet in een anoniem profiel.");
        }
        if (waarde != null && !waarde.isBlank()) {
            waarden.put(veld, waarde.strip());
        }
        return this;
    }

    public WerkgeversProfiel build() {
        List<WerkgeversProfiel.Regel> regels = new ArrayList<>();
        waarden.forEach((veld, waarde) -> regels.add(new WerkgeversProfiel.Regel(veld, waarde)));
        return new WerkgeversProfiel(vorm, regels);
    }
}
