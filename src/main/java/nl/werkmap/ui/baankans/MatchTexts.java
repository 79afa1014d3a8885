package nl.werkmap.ui.baankans;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import nl.werkmap.domain.DutchDates;
import nl.werkmap.domain.codes.OccupationCodes;
import nl.werkmap.domain.codes.SbiSections;
import nl.werkmap.domain.match.Criterium;
import nl.werkmap.domain.match.Fit;
import nl.werkmap.domain.match.Reisschatting;
import nl.werkmap.domain.match.Uitleg;
import nl.werkmap.ui.common.Messages;

/**
 * The matcher's reasons in words, from the message bundles: one sentence per reason key with the facts it was
 * decided on filled in (hours as numbers, days and support by their labels, codes by their names). The screen and
 * the {@code match} command both use it, so a reason reads the same everywhere. A key without a sentence shows the
 * key and its facts, so a new reason is never silently dropped.
 */
public final class MatchTexts {

    /**
     * Every key this class words, written out so the bundle check sees them used: the criteria, the verdicts, the
     * travel notes and one sentence per reason the matcher gives.
     */
    static final List<String> KEYS = List.of(
            "match.criterium.UREN",
            "match.criterium.BESCHIKBAARHEID",
            "match.criterium.REISTIJD",
            "match.criterium.RIJBEWIJS",
            "match.criterium.SECTOR",
            "match.criterium.BEROEP",
            "match.criterium.TAKEN_EN_VAARDIGHEDEN",
            "match.criterium.ONDERSTEUNING",
            "match.criterium.OPLEIDINGSNIVEAU",
            "match.fit.PAST",
            "match.fit.DEELS",
            "match.fit.PAST_NIET",
            "match.fit.ONBEKEND",
            "match.travel.mode.LOPEN",
            "match.travel.mode.FIETS",
            "match.travel.mode.BROMFIETS",
            "match.travel.mode.OV",
            "match.travel.mode.AUTO",
            "match.travel.mode.VERVOER_GEREGELD",
            "match.travel.modeUnknown",
            "match.travel.basis.POSTCODE",
            "match.travel.basis.PLAATS",
            "match.uren.fits",
            "match.uren.tooMany",
            "match.uren.tooFew",
            "match.uren.unknownCandidate",
            "match.uren.unknownJob",
            "match.beschikbaarheid.fits",
            "match.beschikbaarheid.startsLater",
            "match.beschikbaarheid.noDays",
            "match.beschikbaarheid.someDays",
            "match.beschikbaarheid.noDagdelen",
            "match.beschikbaarheid.someDagdelen",
            "match.beschikbaarheid.unknownCandidate",
            "match.reistijd.fits",
            "match.reistijd.tooFar",
            "match.reistijd.veryFar",
            "match.reistijd.noEstimate",
            "match.reistijd.unknownCandidate",
            "match.rijbewijs.notNeeded",
            "match.rijbewijs.has",
            "match.rijbewijs.missing",
            "match.rijbewijs.unknownCandidate",
            "match.sector.wished",
            "match.sector.notWished",
            "match.sector.unknownCandidate",
            "match.sector.unknownJob",
            "match.beroep.wished",
            "match.beroep.experienced",
            "match.beroep.related",
            "match.beroep.other",
            "match.beroep.unknownCandidate",
            "match.beroep.unknownJob",
            "match.taken_en_vaardigheden.all",
            "match.taken_en_vaardigheden.some",
            "match.taken_en_vaardigheden.none",
            "match.taken_en_vaardigheden.unknownCandidate",
            "match.taken_en_vaardigheden.unknownJob",
            "match.ondersteuning.offered",
            "match.ondersteuning.partlyOffered",
            "match.ondersteuning.notOffered",
            "match.ondersteuning.noneNeeded",
            "match.opleidingsniveau.meets",
            "match.opleidingsniveau.below",
            "match.opleidingsniveau.noRequirement",
            "match.opleidingsniveau.unknownCandidate",
            "match.goal.UREN",
            "match.goal.BESCHIKBAARHEID",
            "match.goal.REISTIJD",
            "match.goal.RIJBEWIJS",
            "match.goal.SECTOR",
            "match.goal.BEROEP",
            "match.goal.TAKEN_EN_VAARDIGHEDEN",
            "match.goal.ONDERSTEUNING",
            "match.goal.OPLEIDINGSNIVEAU");

    /** Key prefixes, completed by a constant's name (the full keys are listed in {@link #KEYS}). */
    private static final String CRITERIUM = "match.criterium.", FIT = "match.fit.", BASIS = "match.travel.basis.",
            MODE = "match.travel.mode.";
    static final String GOAL = "match.goal.";

    private final Messages messages;

    public MatchTexts(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    public String criterium(Criterium c) {
        return messages.text(CRITERIUM + c.name());
    }

    public String fit(Fit fit) {
        return messages.text(FIT + fit.name());
    }

    public String reason(Uitleg u) {
        if (!messages.has(u.reasonKey())) {
            return u.reasonKey() + " " + u.facts();
        }
        Object[] facts = u.facts().stream().map(this::fact).toArray();
        return new MessageFormat(messages.text(veryFar(u) ? VERY_FAR : u.reasonKey()), messages.locale())
                .format(facts);
    }

    /** Past this, "ongeveer 1149 minuten met de fiets" says less than "meer dan twee uur": no coach counts on it. */
    static final int VERY_FAR_MINUTES = 120;
    private static final String VERY_FAR = "match.reistijd.veryFar";

    private static boolean veryFar(Uitleg u) {
        return u.reasonKey().equals("match.reistijd.tooFar") && !u.facts().isEmpty()
                && u.facts().get(0) instanceof Number minutes && minutes.doubleValue() > VERY_FAR_MINUTES;
    }

    /** "Reistijd: past niet, ongeveer 45 minuten …": one line for lists, tooltips and the command line. */
    public String line(Uitleg u) {
        return criterium(u.criterium()) + ": " + fit(u.fit()) + ", " + reason(u);
    }

    String fact(Object fact) {
        if (fact instanceof Double d) {
            return d == Math.rint(d) ? Long.toString(d.longValue())
                    : String.format(messages.locale(), "%.1f", d);
        }
        if (fact instanceof LocalDate day) {
            return DutchDates.date(day);
        }
        if (fact instanceof DayOfWeek day) {
            return day.getDisplayName(java.time.format.TextStyle.FULL, messages.locale());
        }
        if (fact instanceof Reisschatting s) {
            String mode = messages.text(s.mode() == null ? "match.travel.modeUnknown" : MODE + s.mode().name());
            return mode + ", " + messages.text(BASIS + s.basis().name());
        }
        if (fact instanceof String code && code.matches("\\d{4}")) {
            return OccupationCodes.isco08().find(code).map(o -> o.label() + " (" + code + ")").orElse(code);
        }
        if (fact instanceof String letter && letter.matches("[A-U]")) {
            return SbiSections.sbi2008().find(letter).map(s -> s.shortName() + " (" + letter + ")").orElse(letter);
        }
        if (fact instanceof Enum<?> e) {
            String key = Messages.enumKey(e);
            return messages.has(key) ? messages.text(key).toLowerCase(messages.locale())
                    : e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        if (fact instanceof Collection<?> items) {
            return items.stream().map(this::fact).collect(Collectors.joining(", "));
        }
        return String.valueOf(fact);
    }
}
