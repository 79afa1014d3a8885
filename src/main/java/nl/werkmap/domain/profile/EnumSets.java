package nl.werkmap.domain.profile;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Read-only enum sets in declaration order, so their stored form (and "did it change?") never depends on hashing. */
final class EnumSets {

    private EnumSets() {
    }

    static <E extends Enum<E>> Set<E> frozen(Set<E> values) {
        return values == null || values.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(values));
    }
}
