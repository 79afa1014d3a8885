package nl.werkmap.domain;

/**
 * Where an appointment stands. A session logged after the fact is {@link #GEDAAN}; one planned ahead is
 * {@link #GEPLAND} until the coach says it happened or not. Only a session that happened is contact: a missed
 * appointment ({@link #NIET_DOORGEGAAN}) counts for no last-contact date, no hours and no summary, yet stays in the
 * file as a missed appointment (a pattern of no-shows is itself worth seeing).
 */
public enum AppointmentState {
    GEPLAND,
    GEDAAN,
    NIET_DOORGEGAAN
}
