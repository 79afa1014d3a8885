package nl.werkmap.app.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.werkmap.domain.EmployerSector;
import nl.werkmap.domain.SchoolType;

/**
 * The word lists behind the demo caseload, read once from {@code /demo/*.txt} on the classpath: names, places,
 * streets, employers, schools and the texts coaches write. Lines starting with '#' are comments.
 */
final class DemoLists {

    /** A real municipality with its range of four-digit postcode numbers; the addresses made in it are fictional. */
    record Place(String name, int postcodeFrom, int postcodeTo) {
    }

    /** A kind of employer: branche, sector, a name pattern and the jobs it offers. */
    record EmployerTemplate(String branche, EmployerSector sector, String namePattern, List<String> jobs) {
    }

    record School(SchoolType type, String namePattern) {
    }

    final List<String> firstNames = lines("voornamen");
    final List<String> surnames = lines("achternamen");
    final List<Place> places = lines("plaatsen").stream().map(DemoLists::place).toList();
    final List<String> streets = lines("straten");
    final List<EmployerTemplate> employers = lines("werkgevers").stream().map(DemoLists::employer).toList();
    final List<School> schools = lines("scholen").stream().map(DemoLists::school).toList();
    final List<String> sectors = lines("sectoren");
    final List<String> talents = lines("talenten");
    final List<String> wishes = lines("wensen");
    final List<String> supportNeeds = lines("ondersteuning");
    final List<String> goals = lines("doelen");
    final List<String> actions = lines("acties");
    final List<String> wentWell = lines("sessie-goed");
    final List<String> concerns = lines("sessie-zorgen");
    final List<String> agreements = lines("sessie-afspraken");

    private static volatile DemoLists instance;

    private DemoLists() {
    }

    static DemoLists get() {
        DemoLists lists = instance;
        if (lists == null) {
            synchronized (DemoLists.class) {
                lists = instance;
                if (lists == null) {
                    lists = new DemoLists();
                    instance = lists;
                }
            }
        }
        return lists;
    }

    private static List<String> lines(String name) {
        String resource = "/demo/" + name + ".txt";
        try (InputStream in = DemoLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Demo word list " + resource + " is missing from the build");
            }
            List<String> result = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    result.add(trimmed);
                }
            }
            if (result.isEmpty()) {
                throw new IllegalStateException("Demo word list " + resource + " is empty");
            }
            return List.copyOf(result);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read demo word list " + resource, e);
        }
    }

    private static Place place(String line) {
        String[] parts = line.split(";");
        return new Place(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    private static EmployerTemplate employer(String line) {
        String[] parts = line.split(";");
        return new EmployerTemplate(parts[0], EmployerSector.valueOf(parts[1].toUpperCase(Locale.ROOT)), parts[2],
                List.of(parts[3].split("\\|")));
    }

    private static School school(String line) {
        String[] parts = line.split(";");
        return new School(SchoolType.valueOf(parts[0]), parts[1]);
    }
}
