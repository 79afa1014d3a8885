package nl.werkmap.domain.codes;

/**
 * One SBI 2008 section (CBS): the sector of an employer, or a sector a candidate would like to work in.
 *
 * @param letter    A to U
 * @param title     the official Dutch title
 * @param shortName Werkmap's short wording for tight places ("Horeca")
 */
public record SbiSection(String letter, String title, String shortName) {

    /** "I Horeca", as a checkbox shows it; the official title goes in its tooltip. */
    public String display() {
        return letter + " " + shortName;
    }
}
