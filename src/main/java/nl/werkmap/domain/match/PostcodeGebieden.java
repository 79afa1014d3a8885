package nl.werkmap.domain.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The shipped table of Dutch four-digit postcode areas with a centre point each (GeoNames, CC BY 4.0; source and
 * licence in {@code /nl/werkmap/geo/SOURCE.md}). A place's point is the mean of its areas' points, so a place name
 * can stand in for a postcode that is missing or unknown.
 */
public final class PostcodeGebieden {

    static final String RESOURCE = "/nl/werkmap/geo/pc4_nl.tsv";

    /** A point on the map, in degrees (WGS84). */
    public record Punt(double lat, double lon) {
    }

    private static final class Holder {
        static final PostcodeGebieden SHIPPED = read(RESOURCE);
    }

    private final Map<String, Punt> byPc4;
    private final Map<String, Punt> byPlace;

    PostcodeGebieden(Map<String, Punt> byPc4, Map<String, Punt> byPlace) {
        this.byPc4 = Map.copyOf(byPc4);
        this.byPlace = Map.copyOf(byPlace);
    }

    /** The table shipped with Werkmap, read once on first use. */
    public static PostcodeGebieden shipped() {
        return Holder.SHIPPED;
    }

    public int size() {
        return byPc4.size();
    }

    public Optional<Punt> pc4(String pc4) {
        return pc4 == null ? Optional.empty() : Optional.ofNullable(byPc4.get(pc4));
    }

    /** A place by name, ignoring case and surrounding spaces ("'s-Hertogenbosch", "utrecht"). */
    public Optional<Punt> place(String place) {
        return place == null || place.isBlank() ? Optional.empty()
                : Optional.ofNullable(byPlace.get(key(place)));
    }

    private static String key(String place) {
        return place.strip().toLowerCase(Locale.ROOT);
    }

    /** Reads the table; a missing or malformed table is a broken build and fails loudly. */
    static PostcodeGebieden read(String resource) {
        InputStream in = PostcodeGebieden.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Postcode table " + resource + " is missing from the application");
        }
        Map<String, Punt> areas = new HashMap<>();
        Map<String, double[]> sums = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 4 || !cells[0].matches("\\d{4}")) {
                    throw new IllegalStateException("Postcode table line " + number + " is malformed: " + line);
                }
                Punt p = new Punt(Double.parseDouble(cells[1]), Double.parseDouble(cells[2]));
                areas.put(cells[0], p);
                double[] sum = sums.computeIfAbsent(key(cells[3]), k -> new double[3]);
                sum[0] += p.lat();
                sum[1] += p.lon();
                sum[2]++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Postcode table " + resource + " could not be read", e);
        }
        Map<String, Punt> places = new HashMap<>();
        sums.forEach((place, s) -> places.put(place, new Punt(s[0] / s[2], s[1] / s[2])));
        return new PostcodeGebieden(areas, places);
    }
}
