package nl.werkmap.domain;

/** UWV jobcoach regime; intensief means about 15% of working hours in the first half year. */
public enum JobcoachRegime {
    LICHT,
    MIDDEN,
    INTENSIEF
}
