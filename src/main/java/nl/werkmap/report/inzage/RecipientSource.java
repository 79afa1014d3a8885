package nl.werkmap.report.inzage;

import java.util.List;

/**
 * One place recipients come from. The inzage asks every source in {@link RecipientSources#standard}; a new kind of
 * sharing (profile shares, document exports) adds a source there, reading its own records from the dossier.
 */
@FunctionalInterface
public interface RecipientSource {

    List<Recipient> recipients(List<InzageRecord> records, String municipality);
}
