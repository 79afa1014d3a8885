package nl.werkmap.ui.unlock;

import nl.werkmap.store.CaseloadStore;

/** Fills a fresh store with example data, for "Start met een voorbeeldcaseload". Provided by the app. */
@FunctionalInterface
public interface DemoSeeder {
    void seed(CaseloadStore store) throws Exception;
}
