package nl.werkmap.app.cli;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import nl.werkmap.domain.avg.AccessAction;
import nl.werkmap.domain.avg.AccessRequest;
import nl.werkmap.service.avg.AccessLog;
import nl.werkmap.store.CaseloadStore;

/** How the headless commands write the access log: one entry per candidate a file names, all in one transaction. */
final class AccessLogging {

    private AccessLogging() {
    }

    /** Logs an export of {@code candidates} (ids as text) as {@code object}, with the format and size as detail. */
    static void export(CaseloadStore store, Collection<String> candidates, String object, String detail) {
        List<AccessRequest> requests = new LinkedHashSet<>(candidates).stream()
                .map(id -> AccessRequest.of(UUID.fromString(id), AccessAction.EXPORT, object).detail(detail))
                .toList();
        new AccessLog(() -> store, Clock.systemUTC()).record(requests);
    }
}
