package nl.werkmap.service.erasure;

import java.util.Locale;

/** Why an erasure is refused (issue 16, Bad input); each says in plain Dutch what happened and what to do. */
public enum ErasureRefusal {

    UNKNOWN("Deze caseload kent geen kandidaat met id %s. Controleer het id (zie 'bewaartermijn')."),
    NOT_AUTHORISED("Alleen een teamleider mag een kandidaat wissen. Vraag je teamleider om het wissen te bevestigen."),
    UNSYNCED("Er zijn wijzigingen van deze kandidaat die nog niet bij de gemeente zijn. Synchroniseer eerst, anders"
            + " gaan ze verloren zonder dat de gemeente ze heeft gezien; wis daarna."),
    OPEN_PLACEMENT("Deze kandidaat heeft nog een lopende plaatsing. Sluit de plaatsing eerst af (met een einddatum)"
            + " en wis daarna."),
    BEFORE_RETENTION("De bewaartermijn van deze kandidaat loopt nog (tot %s). Eerder wissen mag alleen met een"
            + " wettelijke reden, bijvoorbeeld een verzoek van de kandidaat zelf (AVG artikel 17). Geef die reden op"
            + " met --reden \"...\" (zonder persoonsgegevens).");

    private final String dutch;

    ErasureRefusal(String dutch) {
        this.dutch = dutch;
    }

    /** The Dutch text, with {@code argument} filled in where the text has a place for it. */
    public String message(String argument) {
        return dutch.contains("%s") ? String.format(Locale.ROOT, dutch, argument) : dutch;
    }
}
