package nl.werkmap.service.avg;

/** An access that may only happen for a stated reason (the BSN) was asked without one: nothing was shown or logged. */
public final class MissingPurposeException extends IllegalArgumentException {

    public MissingPurposeException() {
        super("Geef een reden op waarom je het BSN wilt zien; zonder reden blijft het verborgen.");
    }
}
