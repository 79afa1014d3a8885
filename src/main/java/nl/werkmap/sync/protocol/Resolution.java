package nl.werkmap.sync.protocol;

/**
 * A coach's decision on a conflict, as an up-bundle carries it to the hub so the conflict closes on every device
 * that sees the record. The conflict is named as the hub names it: {@code entity}, {@code id}, {@code field} and
 * the losing value's stamp {@code hlc}. {@code decision} is {@link #KEEP}: the value the caseload holds stays and
 * the losing one is set aside. (Taking the losing value over needs no resolution: it is an ordinary edit, and the hub
 * settles the conflict by it.)
 */
public record Resolution(String entity, String id, String field, String hlc, String decision) {

    /** "Deze houden": the current value stays. The only decision of protocol version 1. */
    public static final String KEEP = "keep";

    /** The coach kept the current value of the conflict that lost at {@code losingHlc}. */
    public static Resolution keep(String entity, String id, String field, String losingHlc) {
        return new Resolution(entity, id, field, losingHlc, KEEP);
    }
}
