package nl.werkmap.domain.share;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.PersonalDetails;
import nl.werkmap.domain.codes.Occupation;
import nl.werkmap.domain.codes.OccupationCodes;
import nl.werkmap.domain.codes.SbiSection;
import nl.werkmap.domain.codes.SbiSections;
import nl.werkmap.domain.profile.Beschikbaarheid;
import nl.werkmap.domain.profile.Reisbereik;
import nl.werkmap.domain.profile.Werkervaring;
import nl.werkmap.domain.profile.Werknemersprofiel;

/**
 * Turns a candidate and their werknemersprofiel into the employer's view, field by chosen field, through the
 * allow-list builder. It reads from the candidate only what the allow-list names (name and place for the named
 * view; municipality or postcode area and birth year for the anonymous one) and never sees a measurement, note or
 * session: those are not passed in.
 */
public final class WerkgeversProfielen {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private WerkgeversProfielen() {
    }

    public static WerkgeversProfiel maak(DelingVorm vorm, Set<ProfielVeld> velden, Candidate candidate,
                                         Werknemersprofiel profiel, List<Werkervaring> ervaring, LocalDate today,
                                         Weergave w) {
        Werknemersprofiel p = profiel == null ? Werknemersprofiel.empty(candidate.id()) : profiel;
        PersonalDetails person = candidate.personal();
        WerkgeversProfielBuilder b = new WerkgeversProfielBuilder(vorm);
        for (ProfielVeld veld : velden) {
            b.put(veld, switch (veld) {
                case REGIO -> regio(person);
                case LEEFTIJD -> LeeftijdsBand.van(person.birthDate(), today);
                case OPLEIDINGSNIVEAU -> p.opleidingsniveau() == null ? null : w.label(p.opleidingsniveau());
                case DIPLOMAS -> lines(p.diplomas());
                case VAARDIGHEDEN -> String.join(", ", p.skills());
                case INTERESSES -> p.interests();
                case SECTOREN -> p.sectorWishes().stream().map(WerkgeversProfielen::sector)
                        .collect(Collectors.joining(", "));
                case BEROEPEN -> p.occupationWishes().stream().map(WerkgeversProfielen::beroep)
                        .collect(Collectors.joining(", "));
                case WERKERVARING -> ervaring.stream().map(WerkgeversProfielen::ervaring)
                        .collect(Collectors.joining("; "));
                case BESCHIKBAARHEID -> beschikbaarheid(p.beschikbaarheid(), w);
                case REISBEREIK -> reisbereik(p.reisbereik(), w);
                case ONDERSTEUNING -> labels(p.werkgevolgen(), w);
                case LEERWIJZE -> labels(p.leerwijzen(), w);
                case NAAM -> person.fullName();
                case WOONPLAATS -> person.address().city();
                case TEKST_VAARDIGHEDEN -> p.teksten().vaardigheden();
                case TEKST_LEREN -> p.teksten().leren();
                case TEKST_CONTEXT -> p.teksten().context();
                case TEKST_IDENTITEIT -> p.teksten().identiteit();
                case TEKST_WENSEN -> p.teksten().wensen();
            });
        }
        return b.build();
    }

    /**
     * The municipality, or else the first two digits of the postcode ("postcodegebied 35"): a region an employer
     * can judge travel by, never a street or a full postcode.
     */
    static String regio(PersonalDetails person) {
        if (person.municipality() != null && !person.municipality().isBlank()) {
            return "gemeente " + person.municipality().strip();
        }
        String postcode = person.address().postcode();
        if (postcode != null && postcode.strip().length() >= 2 && Character.isDigit(postcode.strip().charAt(0))) {
            return "postcodegebied " + postcode.strip().substring(0, 2);
        }
        return null;
    }

    private static String lines(String text) {
        return text == null ? null : text.lines().map(String::strip).filter(l -> !l.isEmpty())
                .collect(Collectors.joining("; "));
    }

    private static String sector(String letter) {
        return SbiSections.sbi2008().find(letter).map(SbiSection::shortName).orElse(letter);
    }

    private static String beroep(String code) {
        return OccupationCodes.isco08().find(code).map(Occupation::label).orElse(code);
    }

    /** Occupation and years only: the coach's description names past employers and how it went. */
    private static String ervaring(Werkervaring job) {
        String years = job.fromYear() == null ? "" : job.toYear() == null ? " (sinds " + job.fromYear() + ")"
                : job.fromYear().equals(job.toYear()) ? " (" + job.fromYear() + ")"
                : " (" + job.fromYear() + "-" + job.toYear() + ")";
        return beroep(job.iscoCode()) + years;
    }

    private static String beschikbaarheid(Beschikbaarheid b, Weergave w) {
        List<String> parts = new ArrayList<>();
        if (b.from() != null) {
            parts.add("vanaf " + DATE.format(b.from()));
        }
        if (b.hoursMax() != null) {
            parts.add((b.hoursMin() == null ? "tot " + hours(b.hoursMax())
                    : hours(b.hoursMin()) + "-" + hours(b.hoursMax())) + " uur per week");
        }
        if (!b.days().isEmpty()) {
            parts.add(labels(b.days(), w));
        }
        if (!b.dagdelen().isEmpty()) {
            parts.add(labels(b.dagdelen(), w).toLowerCase(Locale.ROOT));
        }
        return String.join("; ", parts);
    }

    private static String reisbereik(Reisbereik r, Weergave w) {
        List<String> parts = new ArrayList<>();
        if (r.maxMinutes() != null) {
            parts.add("reist tot " + r.maxMinutes() + " minuten");
        }
        if (!r.modes().isEmpty()) {
            parts.add(labels(r.modes(), w).toLowerCase(Locale.ROOT));
        }
        if (r.drivingLicence() != null) {
            parts.add(r.drivingLicence() ? "heeft een rijbewijs" : "geen rijbewijs");
        }
        return String.join("; ", parts);
    }

    private static String hours(double h) {
        return h == Math.rint(h) ? String.valueOf((long) h) : String.valueOf(h).replace('.', ',');
    }

    private static String labels(Collection<? extends Enum<?>> values, Weergave w) {
        return values.stream().map(w::label).collect(Collectors.joining(", "));
    }
}
