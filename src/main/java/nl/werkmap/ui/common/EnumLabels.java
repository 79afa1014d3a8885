package nl.werkmap.ui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.util.StringConverter;

import nl.werkmap.domain.ActionOwner;
import nl.werkmap.domain.AppointmentState;
import nl.werkmap.domain.Attendee;
import nl.werkmap.domain.CandidateStatus;
import nl.werkmap.domain.ConsentPurpose;
import nl.werkmap.domain.ContactRole;
import nl.werkmap.domain.EmployerSector;
import nl.werkmap.domain.GoalStatus;
import nl.werkmap.domain.Grondslag;
import nl.werkmap.domain.LoonwaardeMethod;
import nl.werkmap.domain.MissedReason;
import nl.werkmap.domain.OutflowDestination;
import nl.werkmap.domain.Participatieladder;
import nl.werkmap.domain.PlacementEndReason;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.RegisterStatus;
import nl.werkmap.domain.SchoolDestination;
import nl.werkmap.domain.SchoolType;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionType;
import nl.werkmap.domain.Uitstroomprofiel;
import nl.werkmap.domain.ZrmDomain;
import nl.werkmap.domain.profile.Dagdeel;
import nl.werkmap.domain.profile.Leerwijze;
import nl.werkmap.domain.profile.Opleidingsniveau;
import nl.werkmap.domain.profile.ProfielItem;
import nl.werkmap.domain.profile.Vervoer;
import nl.werkmap.domain.profile.Werkgevolg;

/**
 * The domain enums the screens show, each constant labelled through the bundle ({@code enum.<Type>.<CONSTANT>}).
 * The bundle test asks this list which enum keys must exist.
 */
public final class EnumLabels {

    static final List<Class<? extends Enum<?>>> SHOWN = List.of(
            CandidateStatus.class, RegisterStatus.class, Grondslag.class, SessionType.class,
            SessionLocation.class, Attendee.class, PlacementType.class, ContactRole.class, EmployerSector.class,
            GoalStatus.class, ActionOwner.class, Participatieladder.class, ZrmDomain.class, OutflowDestination.class,
            SchoolType.class, Uitstroomprofiel.class, SchoolDestination.class, ConsentPurpose.class,
            PlacementEndReason.class, LoonwaardeMethod.class, AppointmentState.class, MissedReason.class,
            // verantwoording (issue 14)
            nl.werkmap.domain.CoachingActivity.class, nl.werkmap.domain.JobcoachType.class,
            nl.werkmap.domain.JobcoachRegime.class, nl.werkmap.domain.ContactType.class);

    /** The werknemersprofiel's lists (issue 15); kept apart so branches adding to {@link #SHOWN} merge cleanly. */
    static final List<Class<? extends Enum<?>>> SHOWN_PROFIEL = List.of(Opleidingsniveau.class, Dagdeel.class,
            Vervoer.class, Leerwijze.class, Werkgevolg.class, ProfielItem.class, java.time.DayOfWeek.class,
            nl.werkmap.domain.share.ProfielVeld.class, nl.werkmap.domain.share.DelingVorm.class,
            nl.werkmap.domain.share.ToestemmingWijze.class,
            nl.werkmap.domain.match.BaankansStatus.class);

    /** The jobcoach forms' lists (issue 14, documents); kept apart so branches adding to {@link #SHOWN} merge cleanly. */
    static final List<Class<? extends Enum<?>>> SHOWN_DOCUMENTS = List.of(nl.werkmap.domain.JobcoachFormKind.class,
            nl.werkmap.domain.JobcoachResult.class);

    private EnumLabels() {
    }

    static List<String> requiredKeys() {
        List<String> keys = new ArrayList<>();
        for (Class<? extends Enum<?>> type : java.util.stream.Stream.of(SHOWN, SHOWN_PROFIEL,
                SHOWN_DOCUMENTS).flatMap(List::stream).toList()) {
            for (Enum<?> constant : type.getEnumConstants()) {
                keys.add(Messages.enumKey(constant));
            }
        }
        return keys;
    }

    /** A converter for ComboBoxes and ChoiceBoxes; null shows as empty. */
    public static <E extends Enum<E>> StringConverter<E> converter(Messages messages, Class<E> type) {
        if (!SHOWN.contains(type) && !SHOWN_PROFIEL.contains(type) && !SHOWN_DOCUMENTS.contains(type)) {
            throw new IllegalArgumentException(type.getSimpleName() + " staat niet in EnumLabels.SHOWN");
        }
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return messages.enumText(value);
            }

            @Override
            public E fromString(String text) {
                for (E constant : type.getEnumConstants()) {
                    if (messages.enumText(constant).equals(text)) {
                        return constant;
                    }
                }
                return null;
            }
        };
    }
}
