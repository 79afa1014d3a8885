package nl.werkmap.hub.http;

import java.util.List;

/**
 * The error codes the HTTP server gives besides {@link nl.werkmap.sync.protocol.RefusalCode}: they concern the
 * request or the hub, not a bundle. docs/hub-openapi.yaml lists exactly these and the refusal codes the hub uses.
 */
public final class ServerCodes {

    /** 403: unknown, used or expired enrolment code, or unusable keys. */
    public static final String BAD_CODE = "BAD_CODE";
    /** 403: the device's person may not read this candidate (privacy routes); the attempt is in the access log. */
    public static final String NOT_ALLOWED = "NOT_ALLOWED";
    /** 404: no such call. */
    public static final String NOT_FOUND = "NOT_FOUND";
    /** 503: the hub cannot work now (keys, database, too many bodies at once); retry later. */
    public static final String UNAVAILABLE = "UNAVAILABLE";
    /** 500: a fault in the hub; retry later. */
    public static final String INTERNAL = "INTERNAL";

    public static final List<String> ALL = List.of(BAD_CODE, NOT_ALLOWED, NOT_FOUND, UNAVAILABLE, INTERNAL);

    private ServerCodes() {
    }
}
