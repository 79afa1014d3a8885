package nl.werkmap.store.caseload;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * One {@link LocalDate} per distinct day met during one list read, read from the stored text's bytes or characters
 * without a string in between. A caseload of 150,000 names a few thousand distinct days (registrations, sessions,
 * measurements, births); a fresh LocalDate per stored day was about a twentieth of the list's garbage, and the rows
 * kept up to 150,000 copies of the same few hundred last-contact days alive. Only plain yyyy-MM-dd of a real day
 * between the years {@value #FIRST_YEAR} and {@value #LAST_YEAR} is read here; everything else gives null, and the
 * caller reads it with {@link IsoDay} from its text, which parses or refuses it exactly as before.
 *
 * <p>Safe for the pool's threads: two threads may each make the same day once, and LocalDate's final fields make a
 * day seen through the plain array whole.
 */
final class DayTable {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2155;
    private static final int SLOTS_PER_YEAR = 12 * 31;

    private final LocalDate[] days = new LocalDate[(LAST_YEAR - FIRST_YEAR + 1) * SLOTS_PER_YEAR];

    /** The day in {@code bytes}, which must be exactly yyyy-MM-dd ({@code moment} false) or start with it; else null. */
    LocalDate of(byte[] bytes, boolean moment) {
        if (bytes == null || (moment ? bytes.length < 10 : bytes.length != 10) || bytes[4] != '-' || bytes[7] != '-') {
            return null;
        }
        int year = digits(bytes[0], bytes[1], bytes[2], bytes[3]);
        int month = digits(bytes[5], bytes[6]);
        int day = digits(bytes[8], bytes[9]);
        return year < 0 || month < 0 || day < 0 ? null : day(year, month, day);
    }

    /** The day {@code text} names when it is exactly plain yyyy-MM-dd of a real day in range; else null. */
    LocalDate of(String text) {
        if (text == null || text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text.charAt(0), text.charAt(1), text.charAt(2), text.charAt(3));
        int month = digits(text.charAt(5), text.charAt(6));
        int day = digits(text.charAt(8), text.charAt(9));
        return year < 0 || month < 0 || day < 0 ? null : day(year, month, day);
    }

    private LocalDate day(int year, int month, int dayOfMonth) {
        if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) {
            return null;
        }
        int slot = (year - FIRST_YEAR) * SLOTS_PER_YEAR + (month - 1) * 31 + dayOfMonth - 1;
        LocalDate known = days[slot];
        if (known != null) {
            return known;
        }
        try {
            LocalDate made = LocalDate.of(year, month, dayOfMonth);
            days[slot] = made;
            return made;
        } catch (DateTimeException notARealDay) {
            // A 31 April: the caller's text path refuses it with LocalDate.parse's own message, as before.
            return null;
        }
    }

    private static int digits(int a, int b, int c, int d) {
        int high = digits(a, b);
        int low = digits(c, d);
        return high < 0 || low < 0 ? -1 : high * 100 + low;
    }

    private static int digits(int a, int b) {
        return a < '0' || a > '9' || b < '0' || b > '9' ? -1 : (a - '0') * 10 + (b - '0');
    }
}
