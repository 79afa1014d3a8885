package nl.werkmap.ui.sync;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

import nl.werkmap.security.FieldSealer;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.sync.SyncEngine;
import nl.werkmap.sync.SyncReport;
import nl.werkmap.sync.SyncService;
import nl.werkmap.sync.auto.AutoSync;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Navigator;

/** Puts the sync parts of one open caseload together: its own thread and timetable, the service, the view model. */
public final class SyncSetup {

    private SyncSetup() {
    }

    public static SyncViewModel forCaseload(CaseloadStore store, FieldSealer sealer, SyncEngine.HubClientFactory clients,
                                            AutoSync.Timing timing, Background background, Executor fx,
                                            Messages messages, Navigator navigator) {
        AtomicReference<SyncService> service = new AtomicReference<>();
        AutoSync auto = new AutoSync(timing, () -> {
            SyncReport report = service.get().automaticRound();
            if (report.broughtSomething()) {
                // What colleagues changed (or a transfer) shows at once in the lists and the open candidate.
                fx.execute(navigator::caseloadChanged);
            }
            return report;
        });
        service.set(new SyncService(store, sealer, Clock.systemUTC(), auto, clients));
        return new SyncViewModel(service.get(), auto, background, fx, messages, navigator, Clock.systemDefaultZone());
    }
}
