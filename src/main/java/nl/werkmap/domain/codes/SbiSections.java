package nl.werkmap.domain.codes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The 21 SBI 2008 sections A to U, as shipped in {@code sbi2008_secties_nl.tsv} (source and licence beside it). */
public final class SbiSections {

    static final String RESOURCE = "/nl/werkmap/codes/sbi2008_secties_nl.tsv";

    private static final class Holder {
        static final SbiSections SBI2008 = new SbiSections(CodeListFile.read(RESOURCE, 3));
    }

    private final Map<String, SbiSection> byLetter = new LinkedHashMap<>();

    private SbiSections(List<String[]> rows) {
        for (String[] row : rows) {
            SbiSection section = new SbiSection(row[0].strip(), row[1].strip(), row[2].strip());
            if (!section.letter().matches("[A-Z]") || byLetter.put(section.letter(), section) != null) {
                throw new IllegalStateException("SBI list holds a bad or repeated letter: " + section.letter());
            }
        }
    }

    public static SbiSections sbi2008() {
        return Holder.SBI2008;
    }

    public List<SbiSection> all() {
        return List.copyOf(byLetter.values());
    }

    /** The section with this letter, upper or lower case. */
    public Optional<SbiSection> find(String letter) {
        return letter == null ? Optional.empty() : Optional.ofNullable(byLetter.get(letter.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    public boolean isKnown(String letter) {
        return find(letter).isPresent();
    }
}
