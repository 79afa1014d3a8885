package nl.werkmap.store.caseload;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The second cue of a caseload row while its birth date is still sealed: what is needed to open it when a screen
 * first asks for it ({@link CaseloadRow#cue()}). A list of 150,000 holds one for each candidate without a school,
 * so it keeps only the sealed bytes, the read's builder (shared by every row of the read) and the stored id when
 * that is not the row's id as {@link UUID#toString()} writes it (the id is bound to the sealed bytes).
 *
 * <p>A birth date that does not open (damaged, or sealed for another row) or is not a day gives an empty cue and a
 * warning in the log naming the candidate, not its data. Before (issue 13) the whole list refused to load for one
 * such value; a candidate's own page still refuses it when opened.
 */
final class SealedCue {

    private static final Logger LOG = LoggerFactory.getLogger(SealedCue.class);

    private final CaseloadRowBuilder builder;
    private final String storedId;
    private final byte[] sealed;

    private SealedCue(CaseloadRowBuilder builder, String storedId, byte[] sealed) {
        this.builder = builder;
        this.storedId = storedId;
        this.sealed = sealed;
    }

    static SealedCue of(CaseloadRowBuilder builder, String storedId, byte[] sealed) {
        return new SealedCue(builder, canonical(storedId) ? null : storedId, sealed);
    }

    /** The cue's text for the row with this id; empty (and logged) if the birth date does not read. */
    String open(UUID id) {
        String rowId = storedId != null ? storedId : id.toString();
        try {
            return builder.birthCue(rowId, sealed);
        } catch (RuntimeException e) {
            // The class only: a parse error's message would hold the stored date.
            LOG.warn("Het geboortejaar van kandidaat {} is niet te lezen ({}); de lijst toont het niet", rowId,
                    e.getClass().getSimpleName());
            return "";
        }
    }

    /**
     * Whether {@code id} is exactly what {@link UUID#toString()} gives for it (lower-case hex, dashes at 8, 13, 18
     * and 23), so it need not be kept: the row's UUID writes it again.
     */
    static boolean canonical(String id) {
        if (id.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = id.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-' : c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
