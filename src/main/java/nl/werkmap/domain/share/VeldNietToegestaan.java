package nl.werkmap.domain.share;

/**
 * A field was offered to the employer's view that may not go there: not on the allow-list at all (health, BSN,
 * address, contact details), or a named-only field in the anonymous view. A programming error, never user input.
 */
public final class VeldNietToegestaan extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    VeldNietToegestaan(String message) {
        super(message);
    }
}
