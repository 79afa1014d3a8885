package nl.werkmap.service.erasure;

import java.time.LocalDate;

/**
 * One line of the retention overview: who, whose caseload, when the trajectory ended, until when the file is kept
 * and whether that day has come.
 */
public record RetentionItem(String candidateId, String name, String coachName, LocalDate trajectoryEnd,
                            LocalDate retentionDate, boolean uwvFunded, boolean deleted, boolean due) {
}
