package nl.werkmap.domain;

/**
 * A postal address. Any part may be null while unknown.
 *
 * @param street   street and house number, e.g. "Dorpsstraat 12a"
 * @param postcode Dutch postcode, normalised to "1234 AB" by the validators
 * @param city     place name
 */
public record Address(String street, String postcode, String city) {
    public static final Address EMPTY = new Address(null, null, null);

    public boolean isEmpty() {
        return street == null && postcode == null && city == null;
    }
}
