package nl.werkmap.report.verantwoording;

import static nl.werkmap.report.verantwoording.DocumentContent.cell;
import static nl.werkmap.report.verantwoording.DocumentContent.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import nl.werkmap.domain.JobcoachForm;
import nl.werkmap.domain.JobcoachFormKind;

/**
 * The yearly satisfaction report: the mean score of the employees' forms and of the employers' evaluations, the
 * number of forms, and a flag where a mean is under 6,5 (the norm of the Protocol Jobcoach UWV); then the same per
 * employer. No employee is named: the report is about the coaching, not about a person.
 */
public final class YearlySatisfaction {

    /** UWV's norm: satisfaction must average at least 6,5 (employee and employer separately). */
    public static final double NORM = 6.5;

    /** The forms of a year with, per form, the employer's name (null when unknown). */
    public record Input(int year, List<JobcoachForm> forms, Map<UUID, String> employerByPlacement) {
    }

    private YearlySatisfaction() {
    }

    public static DocumentContent build(Input in) {
        List<JobcoachForm> forms = in.forms().stream().filter(f -> f.period().year() == in.year()
                && f.kind().signed() && f.score() != null).toList();
        DocumentContent.Builder b = DocumentContent.builder(DocumentKind.TEVREDENHEID_JAAR);
        b.section("Tevredenheid " + in.year());
        b.figure("Jaar", in.year(), String.valueOf(in.year()));
        part(b, "Werknemers", forms, JobcoachFormKind.WERKNEMER_TEVREDENHEID);
        part(b, "Werkgevers", forms, JobcoachFormKind.WERKGEVER_EVALUATIE);
        b.wording("Norm: gemiddeld minstens 6,5, voor werknemers en werkgevers apart. \"onder 6,5\" vraagt om"
                + " aandacht.");
        b.section("Per werkgever");
        Map<String, List<JobcoachForm>> byEmployer = new TreeMap<>();
        for (JobcoachForm f : forms) {
            String employer = in.employerByPlacement().getOrDefault(f.placementId(), "(onbekende werkgever)");
            byEmployer.computeIfAbsent(employer == null ? "(onbekende werkgever)" : employer,
                    k -> new ArrayList<>()).add(f);
        }
        List<List<DocumentContent.Cell>> rows = new ArrayList<>();
        for (Map.Entry<String, List<JobcoachForm>> e : byEmployer.entrySet()) {
            List<JobcoachForm> employee = of(e.getValue(), JobcoachFormKind.WERKNEMER_TEVREDENHEID);
            List<JobcoachForm> employer = of(e.getValue(), JobcoachFormKind.WERKGEVER_EVALUATIE);
            rows.add(List.of(cell("employer", "name", e.getKey(), e.getKey()),
                    figure(e.getValue().size(), String.valueOf(e.getValue().size())),
                    meanCell(employee), meanCell(employer), flagCell(employee, employer)));
        }
        if (rows.isEmpty()) {
            b.wording("Geen formulieren in " + in.year() + ".");
        } else {
            b.table(List.of("Werkgever", "Formulieren", "Gem. werknemer", "Gem. werkgever", "Let op"), rows);
        }
        return b.build();
    }

    private static void part(DocumentContent.Builder b, String who, List<JobcoachForm> forms, JobcoachFormKind kind) {
        List<JobcoachForm> these = of(forms, kind);
        b.figure(who + ": aantal formulieren", these.size(), String.valueOf(these.size()));
        if (these.isEmpty()) {
            b.figure(who + ": gemiddelde", 0, "-");
            return;
        }
        double mean = mean(these);
        b.figure(who + ": gemiddelde", mean, DocumentWords.mean(mean) + (mean < NORM ? " (onder 6,5)" : ""));
    }

    private static List<JobcoachForm> of(List<JobcoachForm> forms, JobcoachFormKind kind) {
        return forms.stream().filter(f -> f.kind() == kind).toList();
    }

    static double mean(List<JobcoachForm> forms) {
        return forms.stream().mapToInt(JobcoachForm::score).average().orElse(Double.NaN);
    }

    private static DocumentContent.Cell meanCell(List<JobcoachForm> forms) {
        return forms.isEmpty() ? figure(0, "-") : figure(mean(forms), DocumentWords.mean(mean(forms)));
    }

    private static DocumentContent.Cell flagCell(List<JobcoachForm> employee, List<JobcoachForm> employer) {
        boolean low = !employee.isEmpty() && mean(employee) < NORM || !employer.isEmpty() && mean(employer) < NORM;
        return figure(low ? 1 : 0, low ? "onder 6,5" : "");
    }
}
