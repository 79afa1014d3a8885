package nl.werkmap.ui.baankans;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.werkmap.domain.Employer;
import nl.werkmap.domain.match.Baankans;
import nl.werkmap.domain.match.BaankansStatus;
import nl.werkmap.domain.match.BaankansValidator;
import nl.werkmap.domain.match.Werkprofiel;
import nl.werkmap.domain.profile.Dagdeel;
import nl.werkmap.domain.profile.Opleidingsniveau;
import nl.werkmap.domain.profile.Werkgevolg;
import nl.werkmap.domain.validation.Postcode;
import nl.werkmap.domain.validation.ValidationProblem;

/**
 * The baankans form's fields as properties, and the two ways between them and a {@link Baankans}: filled from a
 * stored one, and read back as typed (with the parse problems of numbers). Tasks and carved-from jobs are typed
 * one a line.
 */
final class BaankansForm {

    static final String NUMBER = "validation.profiel.number";

    final StringProperty title = new SimpleStringProperty("");
    final ObjectProperty<Employer> employer = new SimpleObjectProperty<>();
    final StringProperty iscoCode = new SimpleStringProperty("");
    final ObjectProperty<String> sbiSection = new SimpleObjectProperty<>();
    final StringProperty postcode = new SimpleStringProperty("");
    final StringProperty place = new SimpleStringProperty("");
    final StringProperty hoursMin = new SimpleStringProperty("");
    final StringProperty hoursMax = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    final Map<DayOfWeek, BooleanProperty> days = flags(DayOfWeek.class);
    final Map<Dagdeel, BooleanProperty> dagdelen = flags(Dagdeel.class);
    final ObjectProperty<Opleidingsniveau> niveau = new SimpleObjectProperty<>();
    final BooleanProperty drivingLicence = new SimpleBooleanProperty(false);
    final Map<Werkgevolg, BooleanProperty> support = flags(Werkgevolg.class);
    final StringProperty tasks = new SimpleStringProperty("");
    final StringProperty carvedFrom = new SimpleStringProperty("");
    final StringProperty eisen = new SimpleStringProperty("");
    final StringProperty ontwikkeling = new SimpleStringProperty("");
    final StringProperty context = new SimpleStringProperty("");
    final StringProperty waarden = new SimpleStringProperty("");
    final StringProperty omstandigheden = new SimpleStringProperty("");

    private UUID id;
    private BaankansStatus status = BaankansStatus.OPEN;

    BaankansForm() {
        // Most work is at the employer's own address: choosing the employer fills where, unless typed already.
        employer.addListener((obs, old, now) -> {
            if (now != null && postcode.get().isBlank() && place.get().isBlank()) {
                postcode.set(text(now.address().postcode()));
                place.set(text(now.address().city()));
            }
        });
    }

    private static <E extends Enum<E>> Map<E, BooleanProperty> flags(Class<E> type) {
        Map<E, BooleanProperty> map = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            map.put(value, new SimpleBooleanProperty(false));
        }
        return map;
    }

    /** Everything the coach can type or tick, for the unsaved mark. */
    Observable[] watched() {
        List<Observable> all = new ArrayList<>(List.of(title, employer, iscoCode, sbiSection, postcode, place,
                hoursMin, hoursMax, start, niveau, drivingLicence, tasks, carvedFrom, eisen, ontwikkeling, context,
                waarden, omstandigheden));
        all.addAll(days.values());
        all.addAll(dagdelen.values());
        all.addAll(support.values());
        return all.toArray(Observable[]::new);
    }

    UUID id() {
        return id;
    }

    BaankansStatus status() {
        return status;
    }

    /** An empty form for a new baankans, at {@code of} when an employer is chosen already. */
    void startNew(UUID newId, Employer of) {
        fill(new Baankans(newId, of == null ? null : of.id(), null, null, null, null, null, null, null, null, null,
                BaankansStatus.OPEN, null, null, false, null, null, null, null), null);
        employer.set(of);
    }

    void fill(Baankans b, Employer of) {
        id = b.id();
        status = b.status();
        title.set(text(b.title()));
        employer.set(of);
        iscoCode.set(text(b.iscoCode()));
        sbiSection.set(b.sbiSection());
        postcode.set(text(b.postcode()));
        place.set(text(b.place()));
        hoursMin.set(number(b.hoursMin()));
        hoursMax.set(number(b.hoursMax()));
        start.set(b.start());
        days.forEach((day, flag) -> flag.set(b.days().contains(day)));
        dagdelen.forEach((part, flag) -> flag.set(b.dagdelen().contains(part)));
        niveau.set(b.minimumNiveau());
        drivingLicence.set(b.drivingLicenceRequired());
        support.forEach((s, flag) -> flag.set(b.supportOffered().contains(s)));
        tasks.set(String.join("\n", b.tasks()));
        carvedFrom.set(String.join("\n", b.carvedFrom()));
        Werkprofiel w = b.werkprofiel();
        eisen.set(text(w.eisen()));
        ontwikkeling.set(text(w.ontwikkeling()));
        context.set(text(w.context()));
        waarden.set(text(w.waarden()));
        omstandigheden.set(text(w.omstandigheden()));
    }

    /** The baankans as typed; number parse problems go into {@code problems}, beside the validator's. */
    Baankans typed(List<ValidationProblem> problems) {
        Double min = decimal(hoursMin.get(), BaankansValidator.HOURS_MIN, problems);
        Double max = decimal(hoursMax.get(), BaankansValidator.HOURS_MAX, problems);
        String pc = blank(postcode.get());
        String normalised = pc != null && Postcode.isValid(pc) ? Postcode.normalise(pc) : pc;
        return new Baankans(id, employer.get() == null ? null : employer.get().id(), blank(title.get()),
                blank(iscoCode.get()), sbiSection.get(), normalised, min, max, chosen(days, DayOfWeek.class),
                chosen(dagdelen, Dagdeel.class), start.get(), status, lines(tasks.get()), niveau.get(),
                drivingLicence.get(), chosen(support, Werkgevolg.class), blank(place.get()),
                new Werkprofiel(blank(eisen.get()), blank(ontwikkeling.get()), blank(context.get()),
                        blank(waarden.get()), blank(omstandigheden.get())), lines(carvedFrom.get()));
    }

    /** Problems of the typed form: numbers first, then the baankans validator. */
    List<ValidationProblem> problems() {
        List<ValidationProblem> problems = new ArrayList<>();
        Baankans b = typed(problems);
        problems.addAll(BaankansValidator.validate(b));
        return problems;
    }

    private static <E extends Enum<E>> Set<E> chosen(Map<E, BooleanProperty> flags, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        flags.forEach((value, flag) -> {
            if (flag.get()) {
                set.add(value);
            }
        });
        return set;
    }

    static List<String> lines(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Double decimal(String typed, String field, List<ValidationProblem> problems) {
        String t = typed == null ? "" : typed.strip().replace(',', '.');
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(t);
        } catch (NumberFormatException e) {
            problems.add(new ValidationProblem(field, NUMBER));
            return null;
        }
    }

    private static String number(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? Long.toString(value.longValue()) : value.toString().replace('.', ',');
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
