package nl.werkmap.domain.codes;

/**
 * One ISCO-08 group: a 1-digit major group down to a 4-digit unit group, with its Dutch label (ESCO).
 *
 * @param code  the ISCO-08 code as text, leading zeros kept ("0110")
 * @param label the Dutch label
 */
public record Occupation(String code, String label) {

    /** 1 = major group, 2 = sub-major, 3 = minor, 4 = unit group: the number of digits. */
    public int level() {
        return code.length();
    }

    /** Only unit groups describe an occupation precisely enough to record a job or a wish. */
    public boolean isUnitGroup() {
        return code.length() == 4;
    }

    /** "9112 Schoonmakers in hotels, kantoren e.d.", as lists show it. */
    public String display() {
        return code + " " + label;
    }
}
