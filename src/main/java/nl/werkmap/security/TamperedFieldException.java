package nl.werkmap.security;

/**
 * A sealed field failed its integrity check: it was changed on disk, or copied from another row or column. The value
 * is never returned in that case, because showing half-checked personal data would be worse than showing nothing.
 */
public final class TamperedFieldException extends RuntimeException {

    TamperedFieldException(String table, String column, String rowId, Throwable cause) {
        super("Een versleuteld gegeven in " + table + "." + column + " (rij " + rowId + ") is beschadigd of hoort niet"
                + " op deze plek, en is daarom niet geopend. Zet een reservekopie van de werkmap terug, of neem contact"
                + " op met de functioneel beheerder.", cause);
    }
}
