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
import nl.werkmap.ui.common.Text;

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
                postcode.set(Text.orEmpty(now.address().postcode()));
                place.set(Text.orEmpty(now.address().city()));
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
        title.set(Text.orEmpty(b.title()));
        employer.set(of);
        iscoCode.set(Text.orEmpty(b.iscoCode()));
        sbiSection.set(b.sbiSection());
        postcode.set(Text.orEmpty(b.postcode()));
        place.set(Text.orEmpty(b.place()));
        hoursMin.set(Text.decimal(b.hoursMin()));
        hoursMax.set(Text.decimal(b.hoursMax()));
        start.set(b.start());
        days.forEach((day, flag) -> flag.set(b.days().contains(day)));
        dagdelen.forEach((part, flag) -> flag.set(b.dagdelen().contains(part)));
        niveau.set(b.minimumNiveau());
        drivingLicence.set(b.drivingLicenceRequired());
        support.forEach((s, flag) -> flag.set(b.supportOffered().contains(s)));
        tasks.set(String.join("\n", b.tasks()));
        carvedFrom.set(String.join("\n", b.carvedFrom()));
        Werkprofiel w = b.werkprofiel();
        eisen.set(Text.orEmpty(w.eisen()));
        ontwikkeling.set(Text.orEmpty(w.ontwikkeling()));
        context.set(Text.orEmpty(w.context()));
        waarden.set(Text.orEmpty(w.waarden()));
        omstandigheden.set(Text.orEmpty(w.omstandigheden()));
    }

    /** The baankans as typed; number parse problems go into {@code problems}, beside the validator's. */
    Baankans typed(List<ValidationProblem> problems) {
        Double min = decimal(hoursMin.get(), BaankansValidator.HOURS_MIN, problems);
        Double max = decimal(hoursMax.get(), BaankansValidator.HOURS_MAX, problems);
        String pc = Text.orNull(postcode.get());
        String normalised = pc != null && Postcode.isValid(pc) ? Postcode.normalise(pc) : pc;
        return new Baankans(id, employer.get() == null ? null : employer.get().id(), Text.orNull(title.get()),
                Text.orNull(iscoCode.get()), sbiSection.get(), normalised, min, max, chosen(days, DayOfWeek.class),
                chosen(dagdelen, Dagdeel.class), start.get(), status, lines(tasks.get()), niveau.get(),
                drivingLicence.get(), chosen(support, Werkgevolg.class), Text.orNull(place.get()),
                new Werkprofiel(Text.orNull(eisen.get()), Text.orNull(ontwikkeling.get()), Text.orNull(context.get()),
                        Text.orNull(waarden.get()), Text.orNull(omstandigheden.get())), lines(carvedFrom.get()));
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
        try {
            return Text.decimal(typed);
        } catch (NumberFormatException e) {
            problems.add(new ValidationProblem(field, NUMBER));
            return null;
        }
    }



}
