package nl.werkmap.domain.match;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import nl.werkmap.domain.profile.Dagdeel;
import nl.werkmap.domain.profile.Opleidingsniveau;
import nl.werkmap.domain.profile.Werkgevolg;

/**
 * A job opening or carved job at an employer the team works with, as far as matching needs it: the werkprofiel's
 * facts. Unknown parts are null or empty and make the criterion that needs them "onbekend", never a silent pass.
 *
 * @param iscoCode        the ISCO-08 unit group of the work
 * @param sbiSection      the employer's SBI 2008 section
 * @param postcode        where the work is
 * @param days            the days the work asks for (empty: not said)
 * @param tasks           the tasks, short phrases (for jobcarving: the carved tasks)
 * @param minimumNiveau   the lowest opleidingsniveau asked, null for none
 * @param supportOffered  what the workplace offers (a buddy, fixed workplace, short instructions)
 * @param place           the town or site, for reading (the postcode is what travel is estimated from)
 * @param werkprofiel     the employer's five texts
 * @param carvedFrom      for jobcarving: the existing jobs the tasks were taken from (empty for a plain opening)
 */
public record Baankans(UUID id, UUID employerId, String title, String iscoCode, String sbiSection, String postcode,
                       Double hoursMin, Double hoursMax, Set<DayOfWeek> days, Set<Dagdeel> dagdelen,
                       LocalDate start, BaankansStatus status, List<String> tasks, Opleidingsniveau minimumNiveau,
                       boolean drivingLicenceRequired, Set<Werkgevolg> supportOffered, String place,
                       Werkprofiel werkprofiel, List<String> carvedFrom) {

    public Baankans {
        Objects.requireNonNull(id, "id");
        days = days == null ? Set.of() : Collections.unmodifiableSet(days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days));
        dagdelen = dagdelen == null ? Set.of() : Collections.unmodifiableSet(dagdelen.isEmpty() ? EnumSet.noneOf(Dagdeel.class) : EnumSet.copyOf(dagdelen));
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        supportOffered = supportOffered == null ? Set.of() : Collections.unmodifiableSet(supportOffered.isEmpty() ? EnumSet.noneOf(Werkgevolg.class) : EnumSet.copyOf(supportOffered));
        status = status == null ? BaankansStatus.OPEN : status;
        werkprofiel = werkprofiel == null ? Werkprofiel.EMPTY : werkprofiel;
        carvedFrom = carvedFrom == null ? List.of() : List.copyOf(carvedFrom);
    }

    /**
     * This baankans with the employer's SBI section when it names none of its own: the sector criterion then judges
     * on what is known of the employer instead of calling the sector unknown.
     */
    public Baankans withEmployerSection(String employerSection) {
        if (sbiSection != null || employerSection == null) {
            return this;
        }
        return new Baankans(id, employerId, title, iscoCode, employerSection, postcode, hoursMin, hoursMax, days,
                dagdelen, start, status, tasks, minimumNiveau, drivingLicenceRequired, supportOffered, place,
                werkprofiel, carvedFrom);
    }

    /** The same baankans in another status (ingevuld, vervallen, or open again). */
    public Baankans withStatus(BaankansStatus newStatus) {
        return new Baankans(id, employerId, title, iscoCode, sbiSection, postcode, hoursMin, hoursMax, days,
                dagdelen, start, newStatus, tasks, minimumNiveau, drivingLicenceRequired, supportOffered, place,
                werkprofiel, carvedFrom);
    }

    /** A carved job: its tasks were taken from existing jobs at the employer. */
    public boolean jobcarving() {
        return !carvedFrom.isEmpty();
    }
}
