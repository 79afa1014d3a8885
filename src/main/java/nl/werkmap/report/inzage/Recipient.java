package nl.werkmap.report.inzage;

/**
 * Someone who received or may receive the person's data, as the inzage lists it (AVG art. 15 lid 1 sub c).
 *
 * @param who   the recipient in words ("Werkgever", "UWV", "Gemeente GM0363 (gemeentehub)")
 * @param what  which data
 * @param since the date or moment it started or happened, as text; may be empty
 * @param basis why it is allowed ("toestemming gegeven", "wettelijke taak")
 */
public record Recipient(String who, String what, String since, String basis) {
}
