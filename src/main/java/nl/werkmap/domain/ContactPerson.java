package nl.werkmap.domain;

/** The person to talk to at an organisation; a person, so sealed at rest. */
public record ContactPerson(String name, String phone, String email) {
    public static final ContactPerson NONE = new ContactPerson(null, null, null);
}
