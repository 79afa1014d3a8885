package nl.werkmap.domain.share;

import java.util.List;
import java.util.Objects;

/**
 * The employer's view of a candidate, as it goes into the PDF: only lines built by {@link WerkgeversProfielBuilder},
 * which accepts nothing outside the allow-list ({@link ProfielVeld}). There is no other way to make one.
 */
public final class WerkgeversProfiel {

    /** One line of the view: the field and its text. */
    public record Regel(ProfielVeld veld, String waarde) {
        public Regel {
            Objects.requireNonNull(veld, "veld");
            Objects.requireNonNull(waarde, "waarde");
        }
    }

    private final DelingVorm vorm;
    private final List<Regel> regels;

    WerkgeversProfiel(DelingVorm vorm, List<Regel> regels) {
        this.vorm = Objects.requireNonNull(vorm);
        this.regels = List.copyOf(regels);
    }

    public DelingVorm vorm() {
        return vorm;
    }

    public List<Regel> regels() {
        return regels;
    }

    /** The value of one field, or null when the view does not hold it. */
    public String waarde(ProfielVeld veld) {
        return regels.stream().filter(r -> r.veld() == veld).map(Regel::waarde).findFirst().orElse(null);
    }
}
