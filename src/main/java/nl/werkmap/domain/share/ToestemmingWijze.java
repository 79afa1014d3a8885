package nl.werkmap.domain.share;

/** How the candidate gave consent to share the named profile with an employer. */
public enum ToestemmingWijze {
    MONDELING,
    SCHRIFTELIJK,
    DIGITAAL
}
