package nl.werkmap.domain.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.werkmap.domain.profile.Vervoer;

/** Small enum sets as bit masks (bit = ordinal), so a verdict compares two numbers instead of two sets. */
final class Masks {

    private static final Vervoer[] VERVOER = Vervoer.values();

    private Masks() {
    }

    static int of(Set<? extends Enum<?>> values) {
        int mask = 0;
        for (Enum<?> e : values) {
            if (e.ordinal() >= Integer.SIZE) {
                throw new IllegalStateException("Too many values for an int mask: " + e);
            }
            mask |= 1 << e.ordinal();
        }
        return mask;
    }

    static long ofLong(Set<? extends Enum<?>> values) {
        long mask = 0;
        for (Enum<?> e : values) {
            if (e.ordinal() >= Long.SIZE) {
                throw new IllegalStateException("Too many values for a long mask: " + e);
            }
            mask |= 1L << e.ordinal();
        }
        return mask;
    }

    /** The ways of travelling in their declared order, the order the fastest is picked in (ties: the first). */
    static Vervoer[] inOrder(Set<Vervoer> modes) {
        List<Vervoer> in = new ArrayList<>();
        if (modes != null) {
            for (Vervoer v : VERVOER) {
                if (modes.contains(v)) {
                    in.add(v);
                }
            }
        }
        return in.toArray(Vervoer[]::new);
    }
}
