package nl.werkmap.domain.avg;

import java.util.UUID;

/**
 * What a caller tells the access log about one access; the log adds who, when and where. Built with the factory and
 * the "with" steps: {@code AccessRequest.of(candidate, BSN_INGEZIEN, "candidate.bsn").purpose(reason)}.
 */
public record AccessRequest(UUID candidateId, AccessAction action, String object, UUID objectId,
                            AccessResult result, String purpose, String detail) {

    public AccessRequest {
        java.util.Objects.requireNonNull(candidateId, "candidateId");
        java.util.Objects.requireNonNull(action, "action");
        java.util.Objects.requireNonNull(object, "object");
        java.util.Objects.requireNonNull(result, "result");
    }

    public static AccessRequest of(UUID candidateId, AccessAction action, String object) {
        return new AccessRequest(candidateId, action, object, null, AccessResult.GELUKT, null, null);
    }

    public AccessRequest purpose(String why) {
        return new AccessRequest(candidateId, action, object, objectId, result, why, detail);
    }

    public AccessRequest detail(String more) {
        return new AccessRequest(candidateId, action, object, objectId, result, purpose, more);
    }

    public AccessRequest objectId(UUID id) {
        return new AccessRequest(candidateId, action, object, id, result, purpose, detail);
    }

    public AccessRequest refused() {
        return new AccessRequest(candidateId, action, object, objectId, AccessResult.GEWEIGERD, purpose, detail);
    }

    /** Whether this access may only happen with a stated reason (the BSN: AP guidance, only when needed). */
    public boolean needsPurpose() {
        return action == AccessAction.BSN_INGEZIEN;
    }
}
