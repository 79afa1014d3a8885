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

    /**
     * The message keys, made once per criterion and reason: ranking 150,000 candidates asks for well over a million
     * of them, and joining the same three strings each time was a good part of the work.
     */
    private static final java.util.Map<Criterium, java.util.Map<String, String>> KEYS = keys();

    static Uitleg of(Criterium criterium, Fit fit, String reason, Object... facts) {
        return new Uitleg(criterium, fit, KEYS.get(criterium).computeIfAbsent(reason,
                r -> "match." + criterium.name().toLowerCase(java.util.Locale.ROOT) + "." + r), List.of(facts));
    }

    private static java.util.Map<Criterium, java.util.Map<String, String>> keys() {
        java.util.Map<Criterium, java.util.Map<String, String>> keys = new java.util.EnumMap<>(Criterium.class);
        for (Criterium c : Criterium.values()) {
            keys.put(c, new java.util.concurrent.ConcurrentHashMap<>());
        }
        return keys;
    }
}
