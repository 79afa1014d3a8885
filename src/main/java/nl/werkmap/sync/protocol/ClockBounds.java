package nl.werkmap.sync.protocol;

import java.time.Duration;
import java.time.Instant;

/**
 * The door check on time: no stamp in a bundle may lie more than a margin ahead of the receiver's own clock. A
 * stamp from the future would win every later edit of its field and, once observed, push the receiver's hybrid
 * clock towards the end of its range (a stamp of {@code 999999999999999-99999} left the hub unable to stamp
 * anything). The hub refuses up-bundles by its configured margin; a device refuses down-bundles by twice the
 * default, because a stamp the hub accepted may itself be up to one margin ahead.
 */
public final class ClockBounds {

    /** The hub's margin unless its administrator set another ({@code hub clock-margin}). */
    public static final Duration DEFAULT_MARGIN = Duration.ofMinutes(5);
    /** What a device accepts from its hub: the hub's default margin plus its own. */
    public static final Duration DEVICE_MARGIN = DEFAULT_MARGIN.multipliedBy(2);
    /** The largest margin an administrator may set: a day of clock error is already a broken clock. */
    public static final Duration MAX_MARGIN = Duration.ofDays(1);

    private ClockBounds() {
    }

    /** The highest physical clock value (ms) allowed at {@code now} with {@code margin}. */
    public static long limit(Instant now, Duration margin) {
        return now.toEpochMilli() + margin.toMillis();
    }

    /**
     * Refuses an up-bundle at the hub with a stamp beyond {@code now + margin}: the sending laptop's clock is ahead.
     *
     * @throws ClockAheadException naming how far ahead, and telling the coach to set the laptop's clock
     */
    public static void checkUp(Bundle bundle, Instant now, Duration margin) {
        Hlc highest = highest(bundle);
        long ahead = highest.physical() - now.toEpochMilli();
        if (highest.physical() > limit(now, margin)) {
            throw new ClockAheadException("De klok van deze laptop loopt " + span(ahead) + " voor op de gemeente"
                    + " (toegestaan: " + span(margin.toMillis()) + "). Zet de datum, tijd en tijdzone van de laptop"
                    + " goed en synchroniseer opnieuw. Er is niets overgenomen.");
        }
    }

    /** Refuses a down-bundle on a device with a stamp beyond {@code now + margin}. */
    public static void checkDown(Bundle bundle, Instant now, Duration margin) {
        Hlc highest = highest(bundle);
        long ahead = highest.physical() - now.toEpochMilli();
        if (highest.physical() > limit(now, margin)) {
            throw new ClockAheadException("De gemeente stuurt wijzigingen met een tijd die " + span(ahead)
                    + " voorloopt op de klok van deze laptop. Zet de datum, tijd en tijdzone van deze laptop goed en"
                    + " synchroniseer opnieuw; klopt de klok al, vraag dan de beheerder van de hub de klok van de hub"
                    + " te herstellen (hub repair-clock). Er is niets overgenomen.");
        }
    }

    /** The highest stamp anywhere in the bundle: changes, their bases, conflict notes and resolutions. */
    static Hlc highest(Bundle bundle) {
        Hlc highest = Hlc.ZERO;
        for (Change change : bundle.changes()) {
            highest = max(highest, change.hlc());
            if (change.bases() != null) {
                for (String base : change.bases().values()) {
                    highest = max(highest, base);
                }
            }
        }
        for (ConflictNote note : bundle.conflictsOrNone()) {
            highest = max(max(highest, note.hlc()), note.winningHlc());
        }
        for (Resolution resolution : bundle.resolutionsOrNone()) {
            highest = max(highest, resolution.hlc());
        }
        return highest;
    }

    private static Hlc max(Hlc highest, String stamp) {
        Hlc parsed = Hlc.parse(stamp);
        return parsed.compareTo(highest) > 0 ? parsed : highest;
    }

    /** A clock difference as people say it: "7 minuten", "3 uur", "12 dagen", "ruim 1000 jaar". */
    static String span(long millis) {
        Duration d = Duration.ofMillis(Math.max(0, millis));
        if (d.toDays() >= 365_000) {
            return "ruim 1000 jaar";
        }
        if (d.toDays() >= 2) {
            return d.toDays() + " dagen";
        }
        if (d.toHours() >= 2) {
            return d.toHours() + " uur";
        }
        if (d.toMinutes() >= 1) {
            return d.toMinutes() + (d.toMinutes() == 1 ? " minuut" : " minuten");
        }
        return d.toSeconds() + " seconden";
    }
}
