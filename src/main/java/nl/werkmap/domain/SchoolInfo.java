package nl.werkmap.domain;

import java.time.LocalDate;

/**
 * School details of a VSO or PrO pupil who is being prepared for work, so that no leaver falls between school and
 * work.
 */
public record SchoolInfo(
        String schoolName,
        SchoolType type,
        Uitstroomprofiel uitstroomprofiel,
        LocalDate expectedLeavingDate,
        SchoolDestination destination) {
}
