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

    /** A reason without facts ("niet nodig", "onbekend") is the same for everyone: one shared instance each. */
    private static final java.util.Map<Fit, java.util.Map<String, Uitleg>> BARE = bare();

    private static java.util.Map<Fit, java.util.Map<String, Uitleg>> bare() {
        java.util.Map<Fit, java.util.Map<String, Uitleg>> bare = new java.util.EnumMap<>(Fit.class);
        for (Fit f : Fit.values()) {
            bare.put(f, new java.util.concurrent.ConcurrentHashMap<>());
        }
        return bare;
    }

    static Uitleg of(Criterium criterium, Fit fit, String reason, Object... facts) {
        String key = KEYS.get(criterium).computeIfAbsent(reason,
                r -> "match." + criterium.name().toLowerCase(java.util.Locale.ROOT) + "." + r);
        if (facts.length == 0) {
            return BARE.get(fit).computeIfAbsent(key, k -> new Uitleg(criterium, fit, key, List.of()));
        }
        return new Uitleg(criterium, fit, key, List.of(facts));
    }

    private static java.util.Map<Criterium, java.util.Map<String, String>> keys() {
        java.util.Map<Criterium, java.util.Map<String, String>> keys = new java.util.EnumMap<>(Criterium.class);
        for (Criterium c : Criterium.values()) {
            keys.put(c, new java.util.concurrent.ConcurrentHashMap<>());
        }
        return keys;
    }
}
