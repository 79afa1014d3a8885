package nl.werkmap.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.werkmap.domain.DutchDates;
import nl.werkmap.domain.retention.RetentionPolicy;
import nl.werkmap.domain.retention.RetentionRules;
import nl.werkmap.hub.Hub;
import nl.werkmap.hub.store.HubErasure;
import nl.werkmap.hub.store.HubRetention;

/**
 * {@code hub bewaartermijn [--jaren N] [--jaren-uwv N]} and {@code hub wis --candidate ID [--reden T] [--ja]}: the
 * hub's retention overview (ids, coach, dates: the hub shows no names without its passphrase) with the periods the
 * administrator set at the hub, and the erasure that the hub forwards to every laptop.
 */
final class HubRetentionActions {

    private final InputStream stdin;
    private final Clock clock;

    HubRetentionActions(InputStream stdin, Clock clock) {
        this.stdin = stdin;
        this.clock = clock;
    }

    int overview(Hub hub, Options options, PrintStream out) {
        if (options.get("jaren").isPresent() || options.get("jaren-uwv").isPresent()) {
            RetentionPolicy current = hub.database().read(HubRetention::policy);
            RetentionPolicy next;
            try {
                next = new RetentionPolicy(options.intValue("jaren", current.years()),
                        options.intValue("jaren-uwv", current.uwvYears()));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            hub.database().write(dsl -> {
                HubRetention.setPolicy(dsl, next);
                return null;
            });
            out.println("De hub gebruikt nu " + next.years() + " jaar (" + next.uwvYears() + " jaar bij jobcoaching"
                    + " die UWV betaalt).");
        }
        RetentionPolicy policy = hub.database().read(HubRetention::policy);
        LocalDate today = LocalDate.now(clock);
        List<Object[]> due = new ArrayList<>();
        int running = 0;
        for (HubRetention.Row row : hub.database().read(HubRetention::rows)) {
            Optional<LocalDate> date = RetentionRules.retentionDate(row.facts(), policy);
            if (date.isEmpty()) {
                running++;
            } else if (!date.get().isAfter(today)) {
                due.add(new Object[] {row, date.get()});
            }
        }
        due.sort(Comparator.comparing(o -> (LocalDate) o[1]));
        out.println("Bewaartermijn aan de hub: " + policy.years() + " jaar na het einde van het traject ("
                + policy.uwvYears() + " jaar bij jobcoaching die UWV betaalt).");
        out.println("Bewaartermijn voorbij, nu wissen: " + due.size());
        for (Object[] line : due) {
            HubRetention.Row row = (HubRetention.Row) line[0];
            out.println("  " + row.candidateId() + "  einde traject "
                    + DutchDates.date(RetentionRules.trajectoryEnd(row.facts()).orElseThrow()) + "  bewaren tot "
                    + DutchDates.date((LocalDate) line[1]) + (row.facts().uwvFunded() ? "  (UWV)" : "")
                    + (row.deleted() ? "  (verwijderd)" : "") + "  coach " + row.coachId());
        }
        out.println(running + " kandidaten zijn nog in traject.");
        return 0;
    }

    int erase(Hub hub, Options options, PrintStream out, PrintStream err) {
        String candidate = options.require("candidate");
        Optional<String> reason = options.get("reden").filter(r -> !r.isBlank());
        boolean known = hub.database().read(dsl -> HubErasure.known(dsl, candidate));
        if (!known) {
            boolean before = hub.database().read(dsl -> HubErasure.erased(dsl, candidate));
            err.println(before ? "Kandidaat " + candidate + " is al gewist." : "De hub kent geen kandidaat met id "
                    + candidate + ". Controleer het id (zie 'hub bewaartermijn').");
            return 2;
        }
        HubRetention.Row row = hub.database().read(dsl -> HubRetention.of(dsl, candidate)).orElseThrow();
        if (row.facts().openPlacement()) {
            err.println("Niet gewist: deze kandidaat heeft nog een lopende plaatsing. Laat de coach de plaatsing"
                    + " eerst afsluiten (met een einddatum) en wis daarna.");
            return 2;
        }
        RetentionPolicy policy = hub.database().read(HubRetention::policy);
        Optional<LocalDate> date = RetentionRules.retentionDate(row.facts(), policy);
        if (date.map(d -> d.isAfter(LocalDate.now(clock))).orElse(true) && reason.isEmpty()) {
            err.println("Niet gewist: de bewaartermijn van deze kandidaat loopt nog (tot "
                    + date.map(DutchDates::date).orElse("het einde van het traject plus de bewaartermijn")
                    + "). Eerder wissen mag alleen met een wettelijke reden, bijvoorbeeld een verzoek van de"
                    + " kandidaat zelf (AVG artikel 17). Geef die reden op met --reden \"...\" (zonder"
                    + " persoonsgegevens).");
            return 2;
        }
        if (!options.flag("ja")) {
            out.println("Je gaat kandidaat " + candidate + " voorgoed wissen: uit de hub en, bij hun volgende"
                    + " synchronisatie, van alle laptops. Wijzigingen die een laptop nog niet had gestuurd, gaan"
                    + " verloren. Dit kan niet ongedaan worden gemaakt.");
            out.print("Typ 'wis' om te bevestigen: ");
            out.flush();
            String answer;
            try {
                answer = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                throw new UsageException("Kon niet van standaardinvoer lezen: " + e.getMessage());
            }
            if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).equals("wis")) {
                out.println("Niet gewist: je hebt niet bevestigd.");
                return 1;
            }
        }
        hub.erase(candidate, "beheerder van de hub", reason.orElse(null));
        out.println("Kandidaat " + candidate + " is gewist uit de hub; de sleutel van de kandidaat is vernietigd."
                + " De laptops wissen hun kopie bij hun volgende synchronisatie. Reservekopieën van de hub van vóór"
                + " vandaag verlopen volgens de bewaarregels voor reservekopieën.");
        return 0;
    }
}
