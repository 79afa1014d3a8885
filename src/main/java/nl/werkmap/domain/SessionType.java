package nl.werkmap.domain;

/** Kind of coaching session. */
public enum SessionType {
    INTAKE,
    WERKPLEKBEZOEK,
    EVALUATIE,
    DRIEGESPREK,
    SCHOOLBEZOEK,
    NAZORG,
    CRISIS
}
