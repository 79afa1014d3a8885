package nl.werkmap.app.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.werkmap.domain.Consent;
import nl.werkmap.domain.ConsentPurpose;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.profile.Werknemersprofiel;
import nl.werkmap.domain.share.DelingVorm;
import nl.werkmap.domain.share.ProfielDeling;
import nl.werkmap.domain.share.ProfielVeld;
import nl.werkmap.domain.share.ToestemmingWijze;

/**
 * A few profile shares in the demo (issue 15, item 5): anonymous profiles sent to the werkgeversservicepunt, and
 * named ones only for candidates whose latest decision on sharing with employers is "yes", each with how and when
 * that candidate agreed and until when; one in ten is revoked. Rare on purpose, as sharing is: a few per hundred
 * candidates with a profile. Also the SBI section of each demo employer, read from its branche.
 */
final class DemoShares {

    private static final long KIND_SHARE = 43;
    private static final Set<ProfielVeld> ANONYMOUS = EnumSet.of(ProfielVeld.REGIO, ProfielVeld.LEEFTIJD,
            ProfielVeld.OPLEIDINGSNIVEAU, ProfielVeld.VAARDIGHEDEN, ProfielVeld.SECTOREN,
            ProfielVeld.BESCHIKBAARHEID, ProfielVeld.REISBEREIK, ProfielVeld.ONDERSTEUNING);
    private static final Set<ProfielVeld> NAMED = EnumSet.of(ProfielVeld.NAAM, ProfielVeld.WOONPLAATS,
            ProfielVeld.OPLEIDINGSNIVEAU, ProfielVeld.VAARDIGHEDEN, ProfielVeld.WERKERVARING,
            ProfielVeld.BESCHIKBAARHEID, ProfielVeld.ONDERSTEUNING, ProfielVeld.TEKST_WENSEN);

    /** SBI 2008 sections (CBS) for the demo's branches; one place, so employers and baankansen agree. */
    private static final Map<String, String> SBI = Map.ofEntries(Map.entry("groenvoorziening", "N"),
            Map.entry("logistiek", "H"), Map.entry("zorg", "Q"), Map.entry("horeca", "I"),
            Map.entry("schoonmaak", "N"), Map.entry("detailhandel", "G"), Map.entry("bouw", "F"),
            Map.entry("metaal", "C"), Map.entry("productie", "C"), Map.entry("autobranche", "G"),
            Map.entry("recycling", "E"), Map.entry("fietsen", "G"), Map.entry("overheid", "O"),
            Map.entry("onderwijs", "P"));

    private DemoShares() {
    }

    /** The employer's SBI section from its branche; null for a branche not in the list. */
    static String sbiSection(String branche) {
        return branche == null ? null : SBI.get(branche.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** The demo employer with its SBI section set. */
    static Employer withSbi(Employer e) {
        return new Employer(e.id(), e.name(), e.kvkNumber(), e.sector(), e.branche(), e.address(), e.mainContact(),
                sbiSection(e.branche()));
    }

    static List<ProfielDeling> make(List<Werknemersprofiel> profiles, List<Consent> consents, List<Employer> employers,
                                    long seed, LocalDate today) {
        List<ProfielDeling> shares = new ArrayList<>();
        if (employers.isEmpty()) {
            return shares;
        }
        Map<UUID, Consent> latest = new HashMap<>();
        for (Consent c : consents) {
            if (c.purpose() == ConsentPurpose.PROFIEL_AAN_WERKGEVER) {
                latest.merge(c.candidateId(), c, (a, b) -> b.decidedOn().isAfter(a.decidedOn()) ? b : a);
            }
        }
        for (Werknemersprofiel p : profiles) {
            DemoRandom r = DemoRandom.forItem(seed, KIND_SHARE, p.candidateId().getLeastSignificantBits());
            if (!r.chance(0.06)) {
                continue;
            }
            Employer employer = r.pick(employers);
            LocalDate on = today.minusDays(r.between(3, 120));
            Consent yes = latest.get(p.candidateId());
            boolean named = yes != null && yes.given() && !yes.decidedOn().isAfter(on) && r.chance(0.6);
            String contact = employer.mainContact() == null ? null : employer.mainContact().name();
            LocalDate revoked = r.chance(0.1) ? on.plusDays(r.between(1, 2)) : null;
            if (named) {
                LocalDate agreed = on.minusDays(r.between(0, 7));
                shares.add(new ProfielDeling(r.uuid(), p.candidateId(), DelingVorm.BENOEMD, employer.id(), contact,
                        r.pick("Kennismaking voor een proefplaatsing", "Sollicitatie op de baankans",
                                "Gesprek over een gecreëerde baan"),
                        NAMED, on, r.pick(ToestemmingWijze.values()),
                        agreed.isBefore(yes.decidedOn()) ? yes.decidedOn() : agreed, on.plusMonths(6), revoked));
            } else {
                shares.add(new ProfielDeling(r.uuid(), p.candidateId(), DelingVorm.ANONIEM, employer.id(), contact,
                        "Anoniem profiel voor het werkgeversservicepunt", ANONYMOUS, on, null, null, null, revoked));
            }
        }
        return shares;
    }
}
