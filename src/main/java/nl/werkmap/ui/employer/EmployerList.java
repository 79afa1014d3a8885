package nl.werkmap.ui.employer;

import java.util.Comparator;
import java.util.List;

import nl.werkmap.domain.Employer;
import nl.werkmap.store.CaseloadStore;

/**
 * The team's employers by name, as every screen that lists or offers them reads them: the employer screen and the
 * Baankansen screen's filter and form. One loader, so the two never sort or filter differently. Store work: call it
 * on a background lane, never on the FX thread.
 */
public final class EmployerList {

    private static final Comparator<Employer> BY_NAME =
            Comparator.comparing(e -> String.valueOf(e.name()), String.CASE_INSENSITIVE_ORDER);

    private EmployerList() {
    }

    public static List<Employer> byName(CaseloadStore store) {
        return store.employers().all().stream().sorted(BY_NAME).toList();
    }
}
