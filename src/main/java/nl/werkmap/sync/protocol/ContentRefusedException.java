package nl.werkmap.sync.protocol;

/**
 * A bundle whose content does not fit the caseload schema (unknown record type or field, an id that is no UUID, a
 * value of the wrong type or too long). Refused whole: nothing of it is applied.
 */
public final class ContentRefusedException extends BundleRefusedException {

    private static final long serialVersionUID = 1L;

    public ContentRefusedException(RefusalCode code, String message) {
        super(code, message);
    }
}
