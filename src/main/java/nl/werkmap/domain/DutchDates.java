package nl.werkmap.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one Dutch style of dates outside the screens: files (CSV, XLSX, PDF), report covers and the messages of the
 * command line and the rules. 01-09-2026 and 01-09-2026 14:30: always two digits for day and month, so a column of
 * dates lines up and sorts by eye. Machine formats (JSON, the sync protocol, file names) keep ISO dates; the screens
 * use ui.common.Dates, which follows the screen's language.
 */
public final class DutchDates {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy", DUTCH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm", DUTCH);

    private DutchDates() {
    }

    /** 01-09-2026; empty for no date. */
    public static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** 01-09-2026 14:30; empty for no moment. */
    public static String dateTime(LocalDateTime moment) {
        return moment == null ? "" : DATE_TIME.format(moment);
    }

    /** 01-01-2026 t/m 31-03-2026: both ends included, as Dutch reports write a range. */
    public static String range(LocalDate from, LocalDate to) {
        return date(from) + " t/m " + date(to);
    }
}
