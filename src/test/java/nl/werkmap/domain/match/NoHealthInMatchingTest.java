package nl.werkmap.domain.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateProfile;
import nl.werkmap.domain.ZrmDomain;
import nl.werkmap.domain.ZrmMeasurement;

/**
 * Health can never enter what matching sees: nothing reachable from a {@link Kandidaat} or a {@link Baankans} is
 * of a health type (ZRM, the candidate record with its free support-needs text) or named like health.
 */
class NoHealthInMatchingTest {

    private static final Set<Class<?>> HEALTH_TYPES = Set.of(ZrmMeasurement.class, ZrmDomain.class,
            Candidate.class, CandidateProfile.class);
    private static final List<String> HEALTH_WORDS = List.of("health", "gezond", "diagnos", "belastbaar", "zrm",
            "verslav", "beperking", "medic");

    @Test
    void nothingMatchingSeesIsOrIsNamedLikeHealth() {
        List<String> found = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        walk(Kandidaat.class, "Kandidaat", seen, found);
        walk(Baankans.class, "Baankans", seen, found);
        assertEquals(List.of(), found);
        org.junit.jupiter.api.Assertions.assertTrue(seen.contains(nl.werkmap.domain.profile.Werknemersprofiel.class),
                "the walk reached the profile");
    }

    private static void walk(Class<?> type, String path, Set<Class<?>> seen, List<String> found) {
        if (HEALTH_TYPES.contains(type)) {
            found.add(path + " is " + type.getSimpleName());
            return;
        }
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            String name = c.getName().toLowerCase(Locale.ROOT);
            for (String word : HEALTH_WORDS) {
                if (name.contains(word)) {
                    found.add(path + "." + c.getName());
                }
            }
            walk(c.getType(), path + "." + c.getName(), seen, found);
            if (c.getGenericType() instanceof ParameterizedType p) {
                for (Type arg : p.getActualTypeArguments()) {
                    if (arg instanceof Class<?> k) {
                        walk(k, path + "." + c.getName() + "[]", seen, found);
                    }
                }
            }
        }
    }
}
