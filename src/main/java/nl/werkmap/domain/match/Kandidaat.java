package nl.werkmap.domain.match;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.ZrmMeasurement;
import nl.werkmap.domain.profile.Werkervaring;
import nl.werkmap.domain.profile.Werknemersprofiel;

/**
 * What matching may see of a candidate: the werknemersprofiel and work experience, nothing else. The candidate's
 * record, measurements and notes (where health lives) are deliberately not part of it, so no ranking can lean on them.
 */
public record Kandidaat(UUID candidateId, Werknemersprofiel profiel, List<Werkervaring> ervaring, String woonplaats) {

    /** Without a home town: travel is then estimated from the profile's postcode only. */
    public Kandidaat(UUID candidateId, Werknemersprofiel profiel, List<Werkervaring> ervaring) {
        this(candidateId, profiel, ervaring, null);
    }

    public Kandidaat {
        Objects.requireNonNull(candidateId);
        profiel = profiel == null ? Werknemersprofiel.empty(candidateId) : profiel;
        ervaring = ervaring == null ? List.of() : List.copyOf(ervaring);
    }

    /**
     * The one way from a candidate's whole file to what matching sees. The record and the ZRM measurements are taken
     * in on purpose and dropped: whatever they say about health (a ZRM score for geestelijke gezondheid, a
     * diagnosis typed under support needs) cannot reach a ranking, and the property test checks exactly that. Of
     * the record only the home town is kept: it stands in for travel when the profile's postcode is unknown.
     */
    public static Kandidaat uitDossier(Candidate candidate, List<ZrmMeasurement> zrm, Werknemersprofiel profiel,
                                       List<Werkervaring> ervaring) {
        return new Kandidaat(candidate.id(), profiel, ervaring, candidate.personal().address().city());
    }
}
