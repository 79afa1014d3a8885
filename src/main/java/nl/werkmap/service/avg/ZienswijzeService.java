package nl.werkmap.service.avg;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import nl.werkmap.domain.avg.Zienswijze;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.SaveOutcome;

/**
 * The candidate's own statement on a record of their file (correction or objection): attach, correct, delete and
 * undo. Shares of a record take {@link #forRecord} along (hooked in where shares are built), the Tijdlijn and the
 * inzage show them.
 */
public final class ZienswijzeService {

    /** The longest statement kept: about two pages, enough for the candidate's own account. */
    public static final int MAX_LENGTH = 8_000;

    private final Supplier<CaseloadStore> store;

    public ZienswijzeService(Supplier<CaseloadStore> store) {
        this.store = store;
    }

    /**
     * Attaches a new statement or corrects one (same id).
     *
     * @throws IllegalArgumentException with a Dutch message for an empty or overlong text; nothing is written
     */
    public SaveOutcome save(Zienswijze statement) {
        String text = statement.text() == null ? "" : statement.text().strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Schrijf de zienswijze van de kandidaat op; een lege zienswijze wordt"
                    + " niet bewaard.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("De zienswijze is " + text.length() + " tekens; maak hem korter dan "
                    + MAX_LENGTH + " of voeg de rest als document toe.");
        }
        return store.get().zienswijzen().save(new Zienswijze(statement.id(), statement.candidateId(),
                statement.recordEntity(), statement.recordId(), text, statement.givenOn()));
    }

    /** Deletes it (a tombstone that syncs) and returns it as it was, for the undo ({@link #restore}). */
    public Optional<Zienswijze> delete(UUID id) {
        CaseloadStore s = store.get();
        Optional<Zienswijze> was = s.zienswijzen().find(id);
        was.ifPresent(z -> s.zienswijzen().tombstone(id));
        return was;
    }

    /** Brings a deleted statement back as it was (undo); syncs like any change. */
    public SaveOutcome restore(Zienswijze statement) {
        return store.get().zienswijzen().save(statement);
    }

    public List<Zienswijze> forCandidate(UUID candidateId) {
        return store.get().zienswijzen().forCandidate(candidateId);
    }

    /** What goes with a share of one record. */
    public List<Zienswijze> forRecord(String entity, UUID recordId) {
        return store.get().zienswijzen().forRecord(entity, recordId);
    }
}
