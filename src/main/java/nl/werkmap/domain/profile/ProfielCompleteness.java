package nl.werkmap.domain.profile;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which of the four {@link ProfielItem}s a profile still misses. The five texts and the rest of the profile matter
 * to the coach, but these four decide whether a match can be made at all, so they alone count.
 */
public final class ProfielCompleteness {

    private ProfielCompleteness() {
    }

    /** The items still open; a candidate without any profile row misses all four. */
    public static Set<ProfielItem> missing(Werknemersprofiel profile) {
        Set<ProfielItem> missing = EnumSet.allOf(ProfielItem.class);
        if (profile == null) {
            return missing;
        }
        if (profile.opleidingsniveau() != null) {
            missing.remove(ProfielItem.OPLEIDINGSNIVEAU);
        }
        if (!profile.sectorWishes().isEmpty()) {
            missing.remove(ProfielItem.SECTORWENSEN);
        }
        if (profile.beschikbaarheid().hoursKnown() && profile.beschikbaarheid().whenKnown()) {
            missing.remove(ProfielItem.UREN_EN_BESCHIKBAARHEID);
        }
        if (profile.reisbereik().known()) {
            missing.remove(ProfielItem.REISBEREIK);
        }
        return missing;
    }

    public static boolean complete(Werknemersprofiel profile) {
        return missing(profile).isEmpty();
    }
}
