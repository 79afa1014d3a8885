package nl.werkmap.report;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Everything a team report shows, for one period and scope. Aggregates only: no names of candidates, no BSN,
 * contact details or free text. Small counts are still in here unhidden; every way out (screen and exporters)
 * passes through {@link nl.werkmap.report.table.SmallCellPolicy}.
 */
public record TeamSummary(ReportPeriod period, ReportScope scope, String scopeLabel, LocalDate referenceDate,
                          LocalDateTime createdAt, CaseloadFigures caseload, BanenFigures banen,
                          JobcoachHourFigures jobcoachHours, ContactFigures contact, MovementFigures movement,
                          SchoolLeaverFigures schoolLeavers, DueSoonFigures dueSoon, ProfielFigures profiel) {
}
