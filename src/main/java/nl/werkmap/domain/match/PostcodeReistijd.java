package nl.werkmap.domain.match;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.werkmap.domain.match.PostcodeGebieden.Punt;
import nl.werkmap.domain.profile.Vervoer;

/**
 * Travel time from the shipped postcode table: straight-line distance between the two areas' centre points, times a
 * detour factor for real roads, at a plain door-to-door speed for the way of travelling, plus the time it takes to
 * get going (waiting for the bus, parking). A first sieve for the coach, not a route planner: the reason always says
 * it is an estimate and what it was made from.
 */
public final class PostcodeReistijd implements Reistijd {

    /** Roads and cycle paths are on average about a third longer than the straight line in the Netherlands. */
    static final double DETOUR = 1.3;
    /** Within one postcode area a journey is still some distance: the centre points say 0, the street does not. */
    static final double MIN_KM = 1.0;

    /**
     * Door-to-door km/h over road distance, and minutes to get going, per way of travelling. Public transport at 30
     * km/h is a town bus with a change; for a long train ride it is on the safe side, which is the side to err on.
     */
    private static final double[][] SPEED = speeds(Map.of(
            Vervoer.LOPEN, new double[] {4.5, 0},
            Vervoer.FIETS, new double[] {14, 0},
            Vervoer.BROMFIETS, new double[] {25, 2},
            Vervoer.OV, new double[] {30, 10},
            Vervoer.AUTO, new double[] {45, 5},
            Vervoer.VERVOER_GEREGELD, new double[] {35, 10}));

    /** By ordinal: ranking asks this for every pair, an array index is cheaper than a map. */
    private static double[][] speeds(Map<Vervoer, double[]> byMode) {
        double[][] speeds = new double[Vervoer.values().length][];
        byMode.forEach((mode, speed) -> speeds[mode.ordinal()] = speed);
        return speeds;
    }

    private final PostcodeGebieden gebieden;

    public PostcodeReistijd(PostcodeGebieden gebieden) {
        this.gebieden = gebieden;
    }

    /** On the table shipped with Werkmap. */
    public static PostcodeReistijd shipped() {
        return new PostcodeReistijd(PostcodeGebieden.shipped());
    }

    @Override
    public Optional<Reisschatting> schat(Reispunt van, Reispunt naar, Set<Vervoer> modes) {
        Optional<Punt> fromArea = gebieden.pc4(van.pc4());
        Optional<Punt> toArea = gebieden.pc4(naar.pc4());
        Optional<Punt> from = fromArea.or(() -> gebieden.place(van.place()));
        Optional<Punt> to = toArea.or(() -> gebieden.place(naar.place()));
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        Reisschatting.Basis basis = fromArea.isPresent() && toArea.isPresent()
                ? Reisschatting.Basis.POSTCODE : Reisschatting.Basis.PLAATS;
        double km = roadKm(from.get(), to.get());
        Vervoer fastest = fastest(km, Masks.inOrder(modes));
        return Optional.of(new Reisschatting(minutes(km, fastest == null ? Vervoer.FIETS : fastest), fastest, basis));
    }

    /**
     * A located journey end with a number of its own (one per distinct point), so a ranking can keep each point's
     * distance to the baankans in an array and work out a distance once per point instead of once per candidate.
     */
    record Plek(Punt punt, int index, double latRadians, double cosLat) {

        Plek(Punt punt, int index) {
            this(punt, index, Math.toRadians(punt.lat()), Math.cos(Math.toRadians(punt.lat())));
        }
    }

    /**
     * A distance the great-circle distance between two points is surely not below, from a few multiplications: the
     * chord is shorter than the arc, and the chord is at least the north-south part or the east-west part at the
     * two latitudes. Kept under by a thousandth so rounding can never lift it above {@link #kilometres}.
     */
    static double kilometresAtLeast(Plek a, Plek b) {
        double dLat = Math.abs(b.latRadians() - a.latRadians()) / 2;
        double dLon = Math.abs(Math.toRadians(b.punt().lon() - a.punt().lon())) / 2;
        // sin(x) >= x (1 - x^2 / 6) for x >= 0
        double northSouth = dLat * (1 - dLat * dLat / 6);
        double eastWest = Math.sqrt(Math.max(0, a.cosLat() * b.cosLat())) * dLon * (1 - dLon * dLon / 6);
        return 2 * 6371.0 * Math.max(0, Math.max(northSouth, eastWest)) * 0.999;
    }

    private final java.util.concurrent.ConcurrentHashMap<Punt, Plek> plekken =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger nextPlek = new java.util.concurrent.atomic.AtomicInteger();

    /** Where a journey end lies: its postcode area, else its place; null when neither is in the table. */
    Plek locate(Reispunt p) {
        Punt punt = gebieden.pc4(p.pc4()).or(() -> gebieden.place(p.place())).orElse(null);
        return punt == null ? null : plekken.computeIfAbsent(punt, q -> new Plek(q, nextPlek.getAndIncrement()));
    }

    /** How many distinct points were located so far: every {@link Plek#index()} is below it. */
    int plekCount() {
        return nextPlek.get();
    }

    /**
     * The minutes {@link #schat} gives between two located ends, for the ways of travelling in declared order (none:
     * by bike). One sum for both, so a ranking on verdicts and the reason shown can never disagree.
     */
    int minutes(Punt from, Punt to, Vervoer[] modesInOrder) {
        return minutes(roadKm(from, to), modesInOrder);
    }

    /** The minutes for a road distance by the fastest of these ways (none: by bike). */
    static int minutes(double km, Vervoer[] modesInOrder) {
        Vervoer fastest = fastest(km, modesInOrder);
        return minutes(km, fastest == null ? Vervoer.FIETS : fastest);
    }

    static double roadKm(Punt from, Punt to) {
        return roadKm(kilometres(from, to));
    }

    static double roadKm(double straightKm) {
        return Math.max(MIN_KM, straightKm) * DETOUR;
    }

    /** The quickest of these ways (the first on a tie); null when there are none. */
    private static Vervoer fastest(double km, Vervoer[] modesInOrder) {
        Vervoer fastest = null;
        int best = Integer.MAX_VALUE;
        for (Vervoer mode : modesInOrder) {
            int m = minutes(km, mode);
            if (m < best) {
                best = m;
                fastest = mode;
            }
        }
        return fastest;
    }

    /**
     * The road distance beyond which every one of these ways (none: by bike) takes more than {@code minutes}, with
     * a margin for rounding: a pair surely farther than this is too far, without working out its minutes.
     */
    static double roadKmBeyond(double minutes, Vervoer[] modesInOrder) {
        double most = 0;
        for (Vervoer mode : modesInOrder.length == 0 ? new Vervoer[] {Vervoer.FIETS} : modesInOrder) {
            double[] speed = SPEED[mode.ordinal()];
            most = Math.max(most, (minutes - speed[1]) * speed[0] / 60);
        }
        return most * (1 + 1e-9) + 1e-9;
    }

    static int minutes(double roadKm, Vervoer mode) {
        double[] speed = SPEED[mode.ordinal()];
        return (int) Math.ceil(roadKm / speed[0] * 60 + speed[1]);
    }

    /** Great-circle distance (haversine); plenty precise over the few hundred km the Netherlands spans. */
    static double kilometres(Punt a, Punt b) {
        double earth = 6371.0;
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * earth * Math.asin(Math.sqrt(h));
    }
}
