package nl.werkmap.report;

import java.util.function.Function;

import org.jooq.DSLContext;

/**
 * Where a summary reads from: each call runs its query on a read snapshot of the caseload. The store's
 * {@code CaseloadStore::read} is one (its read connections run side by side in WAL mode), so a summary can run its
 * independent parts at the same time.
 */
@FunctionalInterface
public interface Snapshots {

    <T> T read(Function<DSLContext, T> query);
}
