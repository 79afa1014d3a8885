package nl.werkmap.store;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Hybrid logical clock: wall-clock milliseconds plus a counter plus the device id, written as text that sorts in
 * time order ({@code %015d-%05d-<device>}). It never runs backwards, even when the laptop's clock does, and it
 * moves past every time stamp it has seen from other devices, so per-field last-writer-wins is well defined.
 */
public final class HybridLogicalClock {

    private static final int MAX_COUNTER = 99_999;
    /**
     * The furthest ahead of this machine's wall clock a stamp from elsewhere may pull this clock. Sync refuses
     * bundles with stamps more than minutes ahead before they get here; this bound is the last line, so that no
     * stamp, however it arrives, can push the clock to the end of its range (after which it cannot stamp again).
     */
    public static final long MAX_AHEAD_MILLIS = java.time.Duration.ofHours(1).toMillis();

    private final String deviceId;
    private final LongSupplier wallClock;
    private long physical;
    private int counter;

    /**
     * @param deviceId  this device's id; appended to every stamp so equal times on two devices still order
     * @param wallClock milliseconds since the epoch (System::currentTimeMillis in the app)
     * @param seed      the highest stamp already stored on this device, or null for a fresh file
     */
    public HybridLogicalClock(String deviceId, LongSupplier wallClock, String seed) {
        this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
        if (seed != null) {
            Stamp s = Stamp.parse(seed);
            physical = s.physical;
            counter = s.counter;
        }
    }

    public String deviceId() {
        return deviceId;
    }

    /** A new stamp, later than every stamp this clock has made or observed. */
    public synchronized String now() {
        long wall = wallClock.getAsLong();
        if (wall > physical) {
            physical = wall;
            counter = 0;
        } else {
            advanceCounter();
        }
        return format(physical, counter, deviceId);
    }

    /**
     * Moves this clock past a stamp received from another device (sync calls this for every remote change).
     *
     * @throws StoreException when the stamp lies more than {@link #MAX_AHEAD_MILLIS} ahead of the wall clock; the
     *                        caller's transaction then applies nothing
     */
    public synchronized void observe(String remoteStamp) {
        Stamp remote = Stamp.parse(remoteStamp);
        long wall = wallClock.getAsLong();
        if (remote.physical > wall + MAX_AHEAD_MILLIS) {
            throw new StoreException("Een ontvangen wijziging heeft een tijd die meer dan een uur voorloopt op de klok"
                    + " van deze laptop. Er is niets overgenomen; zet de datum, tijd en tijdzone van deze laptop goed.");
        }
        long max = Math.max(wall, Math.max(physical, remote.physical));
        if (max == physical && max == remote.physical) {
            counter = Math.max(counter, remote.counter);
            advanceCounter();
        } else if (max == physical) {
            advanceCounter();
        } else if (max == remote.physical) {
            physical = max;
            counter = remote.counter;
            advanceCounter();
        } else {
            physical = max;
            counter = 0;
        }
    }

    private void advanceCounter() {
        if (counter == MAX_COUNTER) {
            // A hundred thousand stamps in one millisecond: borrow the next millisecond rather than overflow the format.
            physical++;
            counter = 0;
        } else {
            counter++;
        }
    }

    /** {@code %015d-%05d-<device>}, without String.format: bulk inserts stamp hundreds of thousands of rows. */
    static String format(long physical, int counter, String device) {
        StringBuilder out = new StringBuilder(22 + device.length());
        pad(out, Long.toString(physical), 15);
        out.append('-');
        pad(out, Integer.toString(counter), 5);
        return out.append('-').append(device).toString();
    }

    private static void pad(StringBuilder out, String digits, int width) {
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        out.append(digits);
    }

    /** The wall-clock part of a stamp, in milliseconds since the epoch. */
    public static long physicalOf(String stamp) {
        return Stamp.parse(stamp).physical;
    }

    private record Stamp(long physical, int counter) {
        static Stamp parse(String text) {
            if (text == null || text.length() < 22 || text.charAt(15) != '-' || text.charAt(21) != '-') {
                throw new IllegalArgumentException("Not a hybrid logical clock stamp: " + text);
            }
            try {
                // Parsed in place: a first sync observes one stamp per row write (some 190,000), and the two
                // substrings per stamp were the apply thread's allocation of the clock. Same digits, same refusals.
                return new Stamp(Long.parseLong(text, 0, 15, 10), Integer.parseInt(text, 16, 21, 10));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a hybrid logical clock stamp: " + text, e);
            }
        }
    }
}
