package nl.werkmap.domain.profile;

/**
 * What a profile must say before it is any use to an employer: the four things whose absence made UWV's
 * Kandidatenverkenner fail (42% without opleidingsniveau, over 60,000 without sector wishes, over a quarter with
 * unknown inzetbaarheid, travel unknown).
 */
public enum ProfielItem {
    OPLEIDINGSNIVEAU,
    SECTORWENSEN,
    UREN_EN_BESCHIKBAARHEID,
    REISBEREIK
}
