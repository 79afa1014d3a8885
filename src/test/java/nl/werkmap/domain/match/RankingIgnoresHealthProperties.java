package nl.werkmap.domain.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.CandidateProfile;
import nl.werkmap.domain.ZrmDomain;
import nl.werkmap.domain.ZrmMeasurement;
import nl.werkmap.domain.profile.Beschikbaarheid;
import nl.werkmap.domain.profile.Opleidingsniveau;
import nl.werkmap.domain.profile.ProfielSamples;
import nl.werkmap.domain.profile.Reisbereik;
import nl.werkmap.domain.profile.Werkervaring;
import nl.werkmap.domain.profile.Werknemersprofiel;

/**
 * Whatever a candidate's file says about health (ZRM scores for geestelijke and lichamelijke gezondheid, verslaving,
 * a diagnosis typed under support needs), the ranking for a baankans and every reason in it stay exactly the same.
 */
class RankingIgnoresHealthProperties {

    private static final String[] DIAGNOSES = {"Autisme (ASS)", "Depressie, behandeling bij GGZ", "Epilepsie",
            "Licht verstandelijke beperking, IQ 65", null};
    private static final List<ZrmDomain> HEALTH = List.of(ZrmDomain.GEESTELIJKE_GEZONDHEID,
            ZrmDomain.LICHAMELIJKE_GEZONDHEID, ZrmDomain.VERSLAVING);

    /** One candidate's whole file: the record and a ZRM measurement (where health lives), profile, experience. */
    record Dossier(Candidate candidate, ZrmMeasurement zrm, Werknemersprofiel profiel, List<Werkervaring> ervaring) {
    }

    private final Matcher matcher = new Matcher(MatchFixture.TABLE);

    @Property(tries = 200)
    void theRankingNeverDependsOnAHealthField(@ForAll("dossiers") List<Dossier> dossiers, @ForAll long healthSeed) {
        Baankans job = MatchFixture.keukenhulp();
        List<Match> before = matcher.kandidatenFor(job, kandidaten(dossiers));
        List<Match> after = matcher.kandidatenFor(job, kandidaten(withOtherHealth(dossiers, new Random(healthSeed))));
        assertEquals(before, after);
        for (Dossier d : dossiers) {
            Kandidaat k = Kandidaat.uitDossier(d.candidate(), List.of(d.zrm()), d.profiel(), d.ervaring());
            assertEquals(matcher.baankansenFor(k, List.of(job)), matcher.baankansenFor(
                    Kandidaat.uitDossier(d.candidate(), List.of(), d.profiel(), d.ervaring()), List.of(job)));
        }
    }

    private static List<Kandidaat> kandidaten(List<Dossier> dossiers) {
        return dossiers.stream().map(d -> Kandidaat.uitDossier(d.candidate(), List.of(d.zrm()), d.profiel(),
                d.ervaring())).toList();
    }

    private static List<Dossier> withOtherHealth(List<Dossier> dossiers, Random random) {
        List<Dossier> changed = new ArrayList<>();
        for (Dossier d : dossiers) {
            CandidateProfile old = d.candidate().profile();
            Candidate candidate = d.candidate().withProfile(new CandidateProfile(old.talents(), old.wishes(),
                    DIAGNOSES[random.nextInt(DIAGNOSES.length)], old.preferredSectors(), old.hoursAvailable()));
            changed.add(new Dossier(candidate, zrm(candidate.id(), random), d.profiel(), d.ervaring()));
        }
        return changed;
    }

    private static ZrmMeasurement zrm(UUID candidateId, Random random) {
        Map<ZrmDomain, Integer> scores = new EnumMap<>(ZrmDomain.class);
        for (ZrmDomain domain : HEALTH) {
            scores.put(domain, 1 + random.nextInt(5));
        }
        scores.put(ZrmDomain.WERK_OPLEIDING, 3);
        return new ZrmMeasurement(UUID.nameUUIDFromBytes(candidateId.toString().getBytes()), candidateId,
                LocalDate.of(2026, 11, 1), scores);
    }

    @Provide
    Arbitrary<List<Dossier>> dossiers() {
        return dossier().list().ofMinSize(2).ofMaxSize(8);
    }

    private Arbitrary<Dossier> dossier() {
        return Combinators.combine(Arbitraries.integers().between(8, 40),
                Arbitraries.of("I", "G", "Q", "N"),
                Arbitraries.of(Opleidingsniveau.values()).injectNull(0.3),
                Arbitraries.of("3511 CD", "3512 AA", "3600 AA", "9999 ZZ"),
                Arbitraries.integers().between(10, 90),
                Arbitraries.of("9412", "5223", "9411", "9112"),
                Arbitraries.longs(),
                Arbitraries.integers().between(0, 4)).as(RankingIgnoresHealthProperties::dossier);
    }

    private static Dossier dossier(int hoursMax, String sector, Opleidingsniveau level, String postcode, int minutes,
                                   String occupation, long id, int diagnosis) {
        UUID candidateId = new UUID(id, 0x8000_0000_0000_0015L);
        Werknemersprofiel base = ProfielSamples.complete(candidateId);
        Werknemersprofiel p = MatchFixture.person(MatchFixture.reach(MatchFixture.available(base,
                        new Beschikbaarheid(null, null, (double) hoursMax, base.beschikbaarheid().days(),
                                base.beschikbaarheid().dagdelen())),
                        new Reisbereik(postcode, minutes, base.reisbereik().modes(), null)),
                level, base.skills(), base.werkgevolgen());
        p = ProfielSamples.withWishes(p, List.of(sector), List.of(occupation));
        Candidate c = Candidate.register(candidateId, "Kandidaat " + id, LocalDate.of(2026, 1, 5))
                .withProfile(new CandidateProfile(null, null, DIAGNOSES[diagnosis], List.of(), null));
        return new Dossier(c, zrm(candidateId, new Random(id)), p, List.of());
    }
}
