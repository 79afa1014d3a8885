package nl.werkmap.report.dpia;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jooq.Field;
import org.jooq.Table;

import nl.werkmap.report.export.TextPdf;
import nl.werkmap.report.inzage.Purposes;
import nl.werkmap.store.avg.PersonalRecords;

/**
 * The DPIA pack for the municipality's privacy officer (issue 16 item 6): what Werkmap processes, which categories of
 * data (read from the caseload schema itself, so a new table or sealed column shows up without an edit), to whom it
 * goes, the retention settings and security settings in force on this machine, and the security measures. One
 * list of sections feeds both the Markdown and the PDF, so they always say the same.
 */
public final class DpiaPack {

    /** One section: a heading and its lines (a line "label|text" is a labelled line). */
    public record Section(String heading, List<String> lines) {
    }

    private final List<Section> sections;

    private DpiaPack(List<Section> sections) {
        this.sections = List.copyOf(sections);
    }

    public List<Section> sections() {
        return sections;
    }

    public static DpiaPack of(DpiaFacts facts) {
        List<Section> s = new ArrayList<>();
        String municipality = facts.value("municipality-name");
        s.add(new Section("Over dit document", List.of(
                "Gemaakt op|" + facts.made().toLocalDateTime().withNano(0).toString().replace('T', ' '),
                "Gemeente|" + (municipality == null ? "(niet ingesteld)" : municipality),
                "Configuratie|" + facts.configFile(),
                "Werkmap maakt dit stuk uit de instellingen en het gegevensmodel van deze installatie. Het is een"
                        + " hulpmiddel voor de DPIA (art. 35 AVG), geen vervanging van de afweging zelf.")));
        s.add(new Section("Verwerking", List.of(
                "Doel|Begeleiding van mensen met een afstand tot de arbeidsmarkt naar en op werk (jobcoaching,"
                        + " Participatiewet, banenafspraak), en verantwoording daarvan aan UWV en gemeente.",
                "Betrokkenen|Kandidaten (werkzoekenden, werknemers met jobcoaching), contactpersonen van werkgevers,"
                        + " coaches en teamleiders.",
                "Waar|Op de laptops van de jobcoaches (offline, versleuteld) en in de gemeentehub (versleuteld).",
                "Grondslag|Wettelijke taak van de gemeente (art. 6 lid 1 sub e AVG); toestemming voor het delen"
                        + " van het werknemersprofiel met werkgevers; gezondheid alleen voor zover nodig (art. 9 AVG,"
                        + " art. 30 UAVG).")));
        s.add(new Section("Categorieën van gegevens", categories()));
        String hub = facts.value("hub-address");
        s.add(new Section("Ontvangers", List.of(
                "Gemeentehub|" + (hub == null ? "Niet ingesteld: deze laptop werkt alleen offline, er gaat niets"
                        + " naar de gemeente." : hub + " (versleuteld en ondertekend, JOSE; per kandidaat een eigen"
                        + " sleutel in de hub)"),
                "Werkgevers|Alleen het werknemersprofiel, alleen met toestemming van de kandidaat; elk delen komt"
                        + " in de toegangslog.",
                "UWV en gemeente|Urenoverzichten en rapportages voor de verantwoording; teamrapportages bevatten"
                        + " alleen aantallen (kleine aantallen afgeschermd).",
                "Kandidaat zelf|Inzage als PDF en JSON (art. 15 en 20 AVG).")));
        List<String> retention = new ArrayList<>();
        for (DpiaFacts.Setting setting : facts.settings()) {
            String key = setting.key().toLowerCase(Locale.ROOT);
            if (key.contains("retention") || key.contains("bewaar")) {
                retention.add(setting.key() + "|" + shown(setting));
            }
        }
        if (retention.isEmpty()) {
            retention.add("Bewaartermijn|Geen bewaartermijn ingesteld in de machine-configuratie; Werkmap gaat uit"
                    + " van 5 jaar na het einde van het traject (UWV-jobcoaching ten hoogste 10 jaar).");
        }
        s.add(new Section("Bewaartermijnen in gebruik", retention));
        List<String> settings = new ArrayList<>();
        for (DpiaFacts.Setting setting : facts.settings()) {
            settings.add(setting.key() + "|" + shown(setting));
        }
        for (String problem : facts.configProblems()) {
            settings.add("Probleem|" + problem);
        }
        s.add(new Section("Instellingen in gebruik", settings));
        String idle = facts.value("idle-lock-minutes");
        s.add(new Section("Beveiligingsmaatregelen", List.of(
                "Versleuteling|Elk persoonsgegeven (naam, BSN, contact, adres, vrije tekst, gezondheid) is op de"
                        + " laptop en in de hub versleuteld met AES-256-GCM, met tabel, kolom en record als"
                        + " gebonden gegevens.",
                "Sleutels|De sleutel van de laptop is beschermd met het wachtwoord van de coach (PBKDF2-HMAC-SHA256,"
                        + " minstens 600.000 rondes); de hub heeft een eigen wachtwoord en per kandidaat een sleutel,"
                        + " zodat wissen alle kopieën onleesbaar maakt (crypto-shredding).",
                "Vergrendeling|Na " + (idle == null ? "10" : idle) + " minuten zonder invoer vergrendelt Werkmap en"
                        + " vergeet de sleutel.",
                "Toegangslog|Elk tonen van een BSN (met reden), openen van gezondheidsgegevens, elke export, elk"
                        + " delen en elke inzage wordt vastgelegd (BIO2 8.15): actie, object, resultaat, wie, wanneer,"
                        + " apparaat en doel; versleuteld, niet te wijzigen, en gesynchroniseerd naar de hub waar de"
                        + " teamleider en de functionaris gegevensbescherming hem lezen.",
                "Transport|Bundels zijn ondertekend door het apparaat en versleuteld naar de gemeentesleutel (JWS in"
                        + " JWE), over HTTPS; de hub controleert elke bundel voordat er iets van wordt verwerkt.",
                "Bestanden|Database en sleutels zijn alleen leesbaar voor de eigen gebruiker (0600/0700).",
                "BSN|Nooit in bestandsnamen, adressen, logbestanden of overzichten; alleen zichtbaar na een reden.")));
        return new DpiaPack(s);
    }

    /** Per kind of record: its purpose and which of its fields are personal (sealed) and which plain. */
    static List<String> categories() {
        List<String> lines = new ArrayList<>();
        Map<String, Table<?>> sorted = new TreeMap<>();
        for (Table<?> table : PersonalRecords.tables()) {
            sorted.put(table.getName(), table);
        }
        for (Table<?> table : sorted.values()) {
            List<String> sealed = new ArrayList<>();
            for (Field<?> f : table.fields()) {
                if (byte[].class.equals(f.getDataType().getType())) {
                    sealed.add(f.getName());
                }
            }
            Purposes.Purpose p = Purposes.of(table.getName());
            lines.add(p.label() + "|" + p.purpose() + ". Versleutelde velden: "
                    + (sealed.isEmpty() ? "geen (alleen codes, datums en uren)" : String.join(", ", sealed)) + ".");
        }
        return lines;
    }

    private static String shown(DpiaFacts.Setting setting) {
        return (setting.value() == null ? "(niet ingesteld)" : setting.value()) + " - " + setting.source();
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# DPIA-pakket Werkmap\n");
        for (Section section : sections) {
            md.append("\n## ").append(section.heading()).append("\n\n");
            for (String line : section.lines()) {
                int bar = line.indexOf('|');
                md.append(bar < 0 ? line : "- **" + line.substring(0, bar) + "**: " + line.substring(bar + 1))
                        .append('\n');
            }
        }
        return md.toString();
    }

    public void writePdf(OutputStream out, java.time.ZonedDateTime made) throws IOException {
        TextPdf pdf = new TextPdf("DPIA-pakket Werkmap");
        for (Section section : sections) {
            pdf.heading(section.heading());
            for (String line : section.lines()) {
                int bar = line.indexOf('|');
                if (bar < 0) {
                    pdf.paragraph(line);
                } else {
                    pdf.line(line.substring(0, bar), line.substring(bar + 1));
                }
            }
        }
        pdf.write(out, made);
    }
}
