package nl.werkmap.ui.candidate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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

import nl.werkmap.domain.codes.SbiSection;
import nl.werkmap.domain.codes.SbiSections;
import nl.werkmap.domain.profile.Beschikbaarheid;
import nl.werkmap.domain.profile.Dagdeel;
import nl.werkmap.domain.profile.Leerwijze;
import nl.werkmap.domain.profile.Opleidingsniveau;
import nl.werkmap.domain.profile.ProfielTeksten;
import nl.werkmap.domain.profile.ProfielValidator;
import nl.werkmap.domain.profile.Reisbereik;
import nl.werkmap.domain.profile.Vervoer;
import nl.werkmap.domain.profile.Werkgevolg;
import nl.werkmap.domain.profile.Werknemersprofiel;
import nl.werkmap.domain.validation.Postcode;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.ui.common.Text;

/**
 * The werknemersprofiel form's fields as the screen holds them (text as typed, a flag per checkbox), filled from a
 * stored profile and turned back into one. Text that is no number comes back as a problem at its field, so the
 * coach's typing stays on screen.
 */
final class ProfielFields {

    /** "Rijbewijs": a yes/no question that may not have been asked yet. */
    enum Licence { UNKNOWN, YES, NO }

    static final String NUMBER = "validation.profiel.number";

    final StringProperty vaardigheden = new SimpleStringProperty("");
    final StringProperty leren = new SimpleStringProperty("");
    final StringProperty context = new SimpleStringProperty("");
    final StringProperty identiteit = new SimpleStringProperty("");
    final StringProperty wensen = new SimpleStringProperty("");
    final ObjectProperty<Opleidingsniveau> opleidingsniveau = new SimpleObjectProperty<>();
    final StringProperty diplomas = new SimpleStringProperty("");
    final StringProperty skills = new SimpleStringProperty("");
    final StringProperty interests = new SimpleStringProperty("");
    final Map<String, BooleanProperty> sectors = new LinkedHashMap<>();
    final StringProperty occupations = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> availableFrom = new SimpleObjectProperty<>();
    final StringProperty hoursMin = new SimpleStringProperty("");
    final StringProperty hoursMax = new SimpleStringProperty("");
    final Map<DayOfWeek, BooleanProperty> days = flags(DayOfWeek.class);
    final Map<Dagdeel, BooleanProperty> dagdelen = flags(Dagdeel.class);
    final StringProperty postcode = new SimpleStringProperty("");
    final StringProperty travelMinutes = new SimpleStringProperty("");
    final Map<Vervoer, BooleanProperty> modes = flags(Vervoer.class);
    final ObjectProperty<Licence> licence = new SimpleObjectProperty<>(Licence.UNKNOWN);
    final Map<Werkgevolg, BooleanProperty> werkgevolgen = flags(Werkgevolg.class);
    final Map<Leerwijze, BooleanProperty> leerwijzen = flags(Leerwijze.class);

    ProfielFields() {
        for (SbiSection section : SbiSections.sbi2008().all()) {
            sectors.put(section.letter(), new SimpleBooleanProperty(false));
        }
    }

    private static <E extends Enum<E>> Map<E, BooleanProperty> flags(Class<E> type) {
        Map<E, BooleanProperty> map = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            map.put(value, new SimpleBooleanProperty(false));
        }
        return map;
    }

    /** Every property, for the unsaved-input check. */
    Observable[] all() {
        List<Observable> all = new ArrayList<>(List.of(vaardigheden, leren, context, identiteit, wensen,
                opleidingsniveau, diplomas, skills, interests, occupations, availableFrom, hoursMin, hoursMax, postcode,
                travelMinutes, licence));
        for (Map<?, BooleanProperty> group : List.of(sectors, days, dagdelen, modes, werkgevolgen, leerwijzen)) {
            all.addAll(group.values());
        }
        return all.toArray(new Observable[0]);
    }

    /** What the form shows, to compare with what it showed when last filled or saved. */
    List<Object> snapshot() {
        List<Object> state = new ArrayList<>();
        for (Observable o : all()) {
            state.add(String.valueOf(((javafx.beans.value.ObservableValue<?>) o).getValue()));
        }
        return state;
    }

    void fill(Werknemersprofiel p) {
        ProfielTeksten t = p.teksten();
        vaardigheden.set(Text.orEmpty(t.vaardigheden()));
        leren.set(Text.orEmpty(t.leren()));
        context.set(Text.orEmpty(t.context()));
        identiteit.set(Text.orEmpty(t.identiteit()));
        wensen.set(Text.orEmpty(t.wensen()));
        opleidingsniveau.set(p.opleidingsniveau());
        diplomas.set(Text.orEmpty(p.diplomas()));
        skills.set(String.join(", ", p.skills()));
        interests.set(Text.orEmpty(p.interests()));
        sectors.forEach((letter, flag) -> flag.set(p.sectorWishes().contains(letter)));
        occupations.set(String.join(", ", p.occupationWishes()));
        Beschikbaarheid b = p.beschikbaarheid();
        availableFrom.set(b.from());
        hoursMin.set(Text.decimal(b.hoursMin()));
        hoursMax.set(Text.decimal(b.hoursMax()));
        days.forEach((day, flag) -> flag.set(b.days().contains(day)));
        dagdelen.forEach((part, flag) -> flag.set(b.dagdelen().contains(part)));
        Reisbereik r = p.reisbereik();
        postcode.set(Text.orEmpty(r.postcode()));
        travelMinutes.set(r.maxMinutes() == null ? "" : r.maxMinutes().toString());
        modes.forEach((mode, flag) -> flag.set(r.modes().contains(mode)));
        licence.set(r.drivingLicence() == null ? Licence.UNKNOWN : r.drivingLicence() ? Licence.YES : Licence.NO);
        werkgevolgen.forEach((w, flag) -> flag.set(p.werkgevolgen().contains(w)));
        leerwijzen.forEach((l, flag) -> flag.set(p.leerwijzen().contains(l)));
    }

    /** The profile as typed; numbers that cannot be read are added to {@code problems} and left out. */
    Werknemersprofiel toProfile(UUID candidateId, List<ValidationProblem> problems) {
        Double min = decimal(hoursMin.get(), ProfielValidator.HOURS_MIN, problems);
        Double max = decimal(hoursMax.get(), ProfielValidator.HOURS_MAX, problems);
        Double minutes = decimal(travelMinutes.get(), ProfielValidator.TRAVEL_MINUTES, problems);
        String typedPostcode = Text.orNull(postcode.get());
        String storedPostcode = typedPostcode != null && Postcode.isValid(typedPostcode)
                ? Postcode.normalise(typedPostcode) : typedPostcode;
        Boolean drivingLicence = licence.get() == Licence.YES ? Boolean.TRUE
                : licence.get() == Licence.NO ? Boolean.FALSE : null;
        return new Werknemersprofiel(Werknemersprofiel.idFor(candidateId), candidateId,
                new ProfielTeksten(Text.orNull(vaardigheden.get()), Text.orNull(leren.get()),
                        Text.orNull(context.get()), Text.orNull(identiteit.get()), Text.orNull(wensen.get())),
                opleidingsniveau.get(), Text.orNull(diplomas.get()), items(skills.get(), ","),
                Text.orNull(interests.get()), chosen(sectors), items(occupations.get(), "[,;\\s]+"),
                new Beschikbaarheid(availableFrom.get(), min, max, chosenSet(days, DayOfWeek.class),
                        chosenSet(dagdelen, Dagdeel.class)),
                new Reisbereik(storedPostcode, minutes == null ? null : (int) Math.round(minutes),
                        chosenSet(modes, Vervoer.class), drivingLicence),
                chosenSet(werkgevolgen, Werkgevolg.class), chosenSet(leerwijzen, Leerwijze.class));
    }

    private static List<String> chosen(Map<String, BooleanProperty> flags) {
        List<String> keys = new ArrayList<>();
        flags.forEach((key, flag) -> {
            if (flag.get()) {
                keys.add(key);
            }
        });
        return keys;
    }

    private static <E extends Enum<E>> Set<E> chosenSet(Map<E, BooleanProperty> flags, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        flags.forEach((key, flag) -> {
            if (flag.get()) {
                set.add(key);
            }
        });
        return set;
    }

    static List<String> items(String typed, String separator) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** "16", "16,5" or "16.5"; empty is unknown (null); anything else is a problem at {@code field}. */
    static Double decimal(String typed, String field, List<ValidationProblem> problems) {
        try {
            return Text.decimal(typed);
        } catch (NumberFormatException e) {
            problems.add(new ValidationProblem(field, NUMBER));
            return null;
        }
    }



}
