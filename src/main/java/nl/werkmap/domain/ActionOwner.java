package nl.werkmap.domain;

/** Who is to carry out an agreed action. */
public enum ActionOwner {
    KANDIDAAT,
    COACH,
    WERKGEVER,
    SCHOOL
}
