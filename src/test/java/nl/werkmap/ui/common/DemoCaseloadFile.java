package nl.werkmap.ui.common;

import java.nio.file.Path;
import java.time.LocalDate;

import nl.werkmap.app.demo.DemoCaseload;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.CaseloadIndex;

/**
 * A small demo caseload in a real, encrypted file in {@code dir}, opened as the app opens one, with its list index:
 * for test classes that share one caseload across their tests.
 */
public final class DemoCaseloadFile implements AutoCloseable {

    public final OpenCaseload open;
    public final CaseloadStore store;
    public final CaseloadIndex index;

    private DemoCaseloadFile(OpenCaseload open) {
        this.open = open;
        this.store = open.store();
        this.index = CaseloadIndex.build(store.caseloadQuery().load());
    }

    /** {@code size} demo candidates made with {@code seed} as of {@code today}. */
    public static DemoCaseloadFile create(Path dir, String passphrase, int size, long seed, LocalDate today)
            throws Exception {
        OpenCaseload open = OpenCaseload.create(new CaseloadFiles(dir.resolve("keyring.json"),
                dir.resolve("werkmap.db")), passphrase.toCharArray());
        DemoCaseload.generate(open.store(), size, seed, today, done -> { });
        return new DemoCaseloadFile(open);
    }

    @Override
    public void close() {
        open.close();
    }
}
