package nl.werkmap.domain.profile;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;


/**
 * What the coach knows about a candidate as a worker, in the five parts of the Leidraad Jobcoach (CC BY 4.0): per
 * part the coach's own text, plus the structured fields a baankans can be matched on. Work experience is kept as
 * separate {@link Werkervaring} rows.
 *
 * <p>Nothing here is about health. Support needs are {@link Werkgevolg}en: what the person needs at work, never why;
 * a diagnosis or belastbaarheid belongs in the (sealed) measurements and never in a profile an employer may see.
 *
 * @param sectorWishes     SBI 2008 section letters, in order of preference
 * @param occupationWishes ISCO-08 unit group codes the candidate would like to work in
 * @param diplomas         diplomas and certificates, one a line; sealed
 * @param skills           what they can do, short phrases; sealed
 * @param interests        what they like to do; sealed
 */
public record Werknemersprofiel(
        UUID id,
        UUID candidateId,
        ProfielTeksten teksten,
        Opleidingsniveau opleidingsniveau,
        String diplomas,
        List<String> skills,
        String interests,
        List<String> sectorWishes,
        List<String> occupationWishes,
        Beschikbaarheid beschikbaarheid,
        Reisbereik reisbereik,
        Set<Werkgevolg> werkgevolgen,
        Set<Leerwijze> leerwijzen) {

    public Werknemersprofiel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(candidateId, "candidateId");
        teksten = teksten == null ? ProfielTeksten.EMPTY : teksten;
        skills = skills == null ? List.of() : List.copyOf(skills);
        sectorWishes = sectorWishes == null ? List.of() : List.copyOf(sectorWishes);
        occupationWishes = occupationWishes == null ? List.of() : List.copyOf(occupationWishes);
        beschikbaarheid = beschikbaarheid == null ? Beschikbaarheid.UNKNOWN : beschikbaarheid;
        reisbereik = reisbereik == null ? Reisbereik.UNKNOWN : reisbereik;
        werkgevolgen = EnumSets.frozen(werkgevolgen);
        leerwijzen = EnumSets.frozen(leerwijzen);
    }

    /**
     * The profile's id follows from the candidate's: one profile per candidate, and two laptops that start it while
     * offline make the same row instead of two.
     */
    public static UUID idFor(UUID candidateId) {
        return UUID.nameUUIDFromBytes(("werknemersprofiel:" + candidateId).getBytes(StandardCharsets.UTF_8));
    }

    /** A profile nobody has filled in yet. */
    public static Werknemersprofiel empty(UUID candidateId) {
        return new Werknemersprofiel(idFor(candidateId), candidateId, ProfielTeksten.EMPTY, null, null, List.of(),
                null, List.of(), List.of(), Beschikbaarheid.UNKNOWN, Reisbereik.UNKNOWN, Set.of(), Set.of());
    }
}
