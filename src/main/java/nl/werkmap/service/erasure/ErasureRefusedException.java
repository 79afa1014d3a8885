package nl.werkmap.service.erasure;

/** An erasure the rules refuse; nothing was erased. */
public final class ErasureRefusedException extends RuntimeException {

    private final ErasureRefusal refusal;
    private final String argument;

    public ErasureRefusedException(ErasureRefusal refusal, String argument) {
        super(refusal.message(argument));
        this.refusal = refusal;
        this.argument = argument;
    }

    public ErasureRefusal refusal() {
        return refusal;
    }

    /** The date or id the message names, for a screen that words it in its own language. */
    public String argument() {
        return argument;
    }
}
