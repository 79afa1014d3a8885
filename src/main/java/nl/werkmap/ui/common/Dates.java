package nl.werkmap.ui.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as a Dutch coach reads them: 3-11-2026 and 3-11-2026 14:30. */
public final class Dates {

    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    public Dates(Locale locale) {
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
    }

    public String format(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    public String format(LocalDateTime moment) {
        return moment == null ? "" : dateTime.format(moment);
    }
}
