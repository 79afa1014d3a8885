package nl.werkmap.hub.store;

/** What a device learns when its enrolment code is accepted. */
public record Enrollment(String deviceId, String coachId, String coachName, HubRole role, String team) {
}
