package nl.werkmap.domain;

/**
 * How a coachingsplan goal ended at the end of its half year, as the verantwoordingsrapportage reports it per goal:
 * gehaald, deels gehaald, niet gehaald, or vervolg nodig (the goal goes on in the next half year's plan).
 */
public enum GoalOutcome {
    GEHAALD,
    DEELS,
    NIET,
    VERVOLG_NODIG
}
