package nl.werkmap.domain;

/** Who besides the coach attended a session. */
public enum Attendee {
    KANDIDAAT,
    BUDDY,
    LEIDINGGEVENDE,
    OUDER_VERZORGER,
    MENTOR
}
