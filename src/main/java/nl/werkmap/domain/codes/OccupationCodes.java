package nl.werkmap.domain.codes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ISCO-08 with Dutch labels, as shipped in {@code isco08_nl.tsv} (source and licence in the SOURCE.md beside it).
 * Loaded once; the list never changes while the app runs.
 */
public final class OccupationCodes {

    static final String RESOURCE = "/nl/werkmap/codes/isco08_nl.tsv";

    private static final class Holder {
        static final OccupationCodes ISCO08 = new OccupationCodes(CodeListFile.read(RESOURCE, 2));
    }

    private final Map<String, Occupation> byCode;
    private final List<Occupation> unitGroups;

    private OccupationCodes(List<String[]> rows) {
        Map<String, Occupation> map = new LinkedHashMap<>();
        List<Occupation> units = new ArrayList<>();
        for (String[] row : rows) {
            Occupation occupation = new Occupation(row[0].strip(), row[1].strip());
            if (!occupation.code().matches("\\d{1,4}") || map.put(occupation.code(), occupation) != null) {
                throw new IllegalStateException("ISCO-08 list holds a bad or repeated code: " + occupation.code());
            }
            if (occupation.isUnitGroup()) {
                units.add(occupation);
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
        this.unitGroups = List.copyOf(units);
    }

    public static OccupationCodes isco08() {
        return Holder.ISCO08;
    }

    /** The group with exactly this code (spaces around it ignored), at any level. */
    public Optional<Occupation> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip()));
    }

    /** True for a known 4-digit unit group: the only level a job or wish is recorded at. */
    public boolean isUnitGroup(String code) {
        return find(code).map(Occupation::isUnitGroup).orElse(false);
    }

    /** The group one level up ("911" for "9112"), empty for a major group or an unknown code. */
    public Optional<Occupation> parent(String code) {
        return find(code).filter(o -> o.level() > 1).flatMap(o -> find(o.code().substring(0, o.level() - 1)));
    }

    /** The 1-digit major group a code belongs to. */
    public Optional<Occupation> majorGroup(String code) {
        return find(code).flatMap(o -> find(o.code().substring(0, 1)));
    }

    /** Every group, in code order (a major group before its sub-major groups). */
    public List<Occupation> all() {
        return List.copyOf(byCode.values());
    }

    public List<Occupation> unitGroups() {
        return unitGroups;
    }

    public int size() {
        return byCode.size();
    }

    /**
     * Unit groups a coach may mean by what they typed: a code prefix ("91") or words of the label ("schoonma"),
     * every word must occur; at most {@code limit}, in code order.
     */
    public List<Occupation> search(String typed, int limit) {
        String query = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (query.isEmpty()) {
            return List.of();
        }
        String[] words = query.split("\\s+");
        List<Occupation> hits = new ArrayList<>();
        for (Occupation o : unitGroups) {
            if (hits.size() >= limit) {
                break;
            }
            if (query.chars().allMatch(Character::isDigit) ? o.code().startsWith(query) : containsAll(o, words)) {
                hits.add(o);
            }
        }
        return hits;
    }

    private static boolean containsAll(Occupation o, String[] words) {
        String label = o.label().toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (!label.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
