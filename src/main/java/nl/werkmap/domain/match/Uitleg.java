package nl.werkmap.domain.match;

import java.util.List;
import java.util.Objects;

/**
 * One criterion's verdict with its reason: a message key (the screen words it in Dutch or English) and the facts
 * the reason names, so "vraagt 24 uur, kan er 16" shows the numbers it was decided on.
 */
public record Uitleg(Criterium criterium, Fit fit, String reasonKey, List<Object> facts) {

    public Uitleg {
        Objects.requireNonNull(criterium);
        Objects.requireNonNull(fit);
        Objects.requireNonNull(reasonKey);
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    static Uitleg of(Criterium criterium, Fit fit, String reason, Object... facts) {
        return new Uitleg(criterium, fit, "match." + criterium.name().toLowerCase(java.util.Locale.ROOT) + "." + reason,
                List.of(facts));
    }
}
