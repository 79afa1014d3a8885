package nl.werkmap.ui.agenda;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import nl.werkmap.store.CaseloadStore;

/**
 * A week read whole (lists and the older overdue count) from one store for one scope, day and choice of "older",
 * with the store's write stamp taken before the read: shown again at once as long as nothing was written since
 * ({@link CaseloadStore#writeStamp()} moves with every write that ends: a save, a sync, a draft). A write during the
 * read leaves the stamp behind, so such a week is never shown.
 *
 * @param coach     the scope: the coach whose candidates, or null for everyone
 * @param withOlder whether the older overdue items are listed instead of counted
 */
record KeptWeek(CaseloadStore store, UUID coach, boolean withOlder, long stamp, WeekAgenda.Week week) {

    KeptWeek {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(week, "week");
    }

    /** Whether this week is what a read now would give: same store, scope, day and choice, nothing written since. */
    boolean serves(CaseloadStore now, UUID scope, LocalDate today, boolean older) {
        return store == now && Objects.equals(coach, scope) && week.today().equals(today) && withOlder == older
                && now.writeStamp() == stamp;
    }
}
