package nl.werkmap.domain.match;

/**
 * The employer's side of the Leidraad Jobcoach (CC BY 4.0), five parts that pair with the werknemersprofiel's:
 * eisen, ontwikkelmogelijkheden en begeleiding, context op de werkplek, waarden en normen, taken en
 * arbeidsomstandigheden. Free text: sealed in the store.
 */
public record Werkprofiel(String eisen, String ontwikkeling, String context, String waarden, String omstandigheden) {

    public static final Werkprofiel EMPTY = new Werkprofiel(null, null, null, null, null);
}
