package nl.werkmap.ui.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import nl.werkmap.report.ReportPeriod;

/**
 * Dates and periods on the screens, in the screen's language. Dutch: 03-11-2026 and 03-11-2026 14:30, the same
 * style as the files (domain.DutchDates). English: the British style, 03/11/2026 and 03/11/2026 14:30 (day first,
 * four-digit year, as the date pickers show it with the app's en-GB format locale); never the US M/d/yy that
 * Java's plain "en" would give. Periods in words: "2e kwartaal 2026" / "Q2 2026", from the bundles.
 */
public final class Dates {

    private final Messages messages;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    public Dates(Messages messages) {
        this.messages = messages;
        String day = "nl".equals(messages.locale().getLanguage()) ? "dd-MM-yyyy" : "dd/MM/yyyy";
        this.date = DateTimeFormatter.ofPattern(day, messages.locale());
        this.dateTime = DateTimeFormatter.ofPattern(day + " HH:mm", messages.locale());
    }

    public String format(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    public String format(LocalDateTime moment) {
        return moment == null ? "" : dateTime.format(moment);
    }

    /** The period in words: "3e tertiaal 2026", "2026", "01-01-2026 t/m 31-03-2026" (English: "T3 2026" ...). */
    public String period(ReportPeriod period) {
        if (period.kind() == ReportPeriod.Kind.VRIJ) {
            return messages.format("period.VRIJ", format(period.from()), format(period.to()));
        }
        // Both as text: MessageFormat would write the year 2026 as "2.026".
        return messages.format(key(period.kind()), String.valueOf(period.part()), String.valueOf(period.from().getYear()));
    }

    private static String key(ReportPeriod.Kind kind) {
        switch (kind) {
            case KWARTAAL:
                return "period.KWARTAAL";
            case TERTIAAL:
                return "period.TERTIAAL";
            case HALFJAAR:
                return "period.HALFJAAR";
            default:
                return "period.JAAR";
        }
    }

    /** The period in words with its dates, for headings: "3e tertiaal 2026 (01-09-2026 t/m 31-12-2026)". */
    public String periodWithDates(ReportPeriod period) {
        if (period.kind() == ReportPeriod.Kind.VRIJ) {
            return period(period);
        }
        return messages.format("period.withDates", period(period),
                messages.format("period.VRIJ", format(period.from()), format(period.to())));
    }
}
