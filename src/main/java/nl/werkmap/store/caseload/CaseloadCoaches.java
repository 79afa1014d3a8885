package nl.werkmap.store.caseload;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The coaches as one list read meets them: per coach id as stored, its shared UUID and its name (null when the coach
 * table does not know the id). A row costs one lookup of its coach id string, where it cost two before (the name,
 * then the parsed id): hashing 150,000 freshly read id strings was a visible share of building the rows (issue 13).
 * Safe for the pool's threads; an id is parsed when a row first needs it, as before, so a malformed coach id no row
 * uses is never parsed.
 */
final class CaseloadCoaches {

    record Coach(UUID id, String name) {
    }

    private final Map<String, String> names;
    private final CaseloadRowBuilder builder;
    private final Map<String, Coach> met = new ConcurrentHashMap<>();

    CaseloadCoaches(Map<String, String> names, CaseloadRowBuilder builder) {
        this.names = names;
        this.builder = builder;
    }

    /** The coach of a stored coach id; null for null (no coach assigned). */
    Coach of(String stored) {
        if (stored == null) {
            return null;
        }
        Coach coach = met.get(stored);
        return coach != null ? coach
                : met.computeIfAbsent(stored, s -> new Coach(builder.coachId(s), names.get(s)));
    }
}
