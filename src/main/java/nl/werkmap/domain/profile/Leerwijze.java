package nl.werkmap.domain.profile;

/** How a person learns a task best (Leidraad Jobcoach part 2); guides the instructions at the workplace. */
public enum Leerwijze {
    DOEN,
    VOORDOEN_NADOEN,
    MONDELINGE_UITLEG,
    SCHRIFTELIJKE_INSTRUCTIE,
    BEELD_EN_PICTOGRAM,
    STAP_VOOR_STAP
}
