package nl.werkmap.domain;

/** Kind of school a pupil attends: voortgezet speciaal onderwijs or praktijkonderwijs. */
public enum SchoolType {
    VSO,
    PRO
}
