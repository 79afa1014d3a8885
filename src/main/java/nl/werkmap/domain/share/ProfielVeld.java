package nl.werkmap.domain.share;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The allow-list: every field that may ever go to an employer, and nothing else. A field that is not here (a ZRM
 * score, a diagnosis, the BSN, a phone number, a home address, session notes) cannot be put into a
 * {@link WerkgeversProfiel}: the builder refuses it by name. Fields marked {@code alleenBenoemd} identify the person
 * or are the coach's free text (which can carry a name or more than the work needs): they go only into the named
 * view, which needs the candidate's consent for that employer.
 */
public enum ProfielVeld {
    REGIO(false),
    LEEFTIJD(false),
    OPLEIDINGSNIVEAU(false),
    DIPLOMAS(false),
    VAARDIGHEDEN(false),
    INTERESSES(false),
    SECTOREN(false),
    BEROEPEN(false),
    WERKERVARING(false),
    BESCHIKBAARHEID(false),
    REISBEREIK(false),
    ONDERSTEUNING(false),
    LEERWIJZE(false),
    NAAM(true),
    WOONPLAATS(true),
    TEKST_VAARDIGHEDEN(true),
    TEKST_LEREN(true),
    TEKST_CONTEXT(true),
    TEKST_IDENTITEIT(true),
    TEKST_WENSEN(true);

    private final boolean alleenBenoemd;

    ProfielVeld(boolean alleenBenoemd) {
        this.alleenBenoemd = alleenBenoemd;
    }

    /** True for fields that identify the person or are free text: only in the named view. */
    public boolean alleenBenoemd() {
        return alleenBenoemd;
    }

    /** The field's name as a caller may spell it ("opleidingsniveau"); any other name is not on the list. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<ProfielVeld> byKey(String key) {
        return Arrays.stream(values()).filter(v -> v.key().equals(key) || v.name().equals(key)).findFirst();
    }

    /** The fields the anonymous view may hold: all of them except the named-only ones. */
    public static Set<ProfielVeld> anoniem() {
        Set<ProfielVeld> set = EnumSet.noneOf(ProfielVeld.class);
        for (ProfielVeld v : values()) {
            if (!v.alleenBenoemd) {
                set.add(v);
            }
        }
        return set;
    }

    /** The fields a form may hold. */
    public static Set<ProfielVeld> toegestaan(DelingVorm vorm) {
        return vorm == DelingVorm.BENOEMD ? EnumSet.allOf(ProfielVeld.class) : anoniem();
    }
}
