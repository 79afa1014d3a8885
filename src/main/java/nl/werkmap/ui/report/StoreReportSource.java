package nl.werkmap.ui.report;

import static nl.werkmap.store.jooq.Tables.COACH;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.werkmap.report.ReportPeriod;
import nl.werkmap.report.ReportScope;
import nl.werkmap.report.SummaryService;
import nl.werkmap.report.TeamSummary;
import nl.werkmap.report.TrendFigures;
import nl.werkmap.report.TrendQueries;
import nl.werkmap.report.WorkList;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.ui.common.Messages;

/** The Rapportage screen's figures from the open caseload. */
public final class StoreReportSource implements ReportSource {

    private final CaseloadStore store;
    private final Clock clock;
    private final Messages messages;

    public StoreReportSource(CaseloadStore store, Clock clock, Messages messages) {
        this.store = store;
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    public TeamSummary compute(ReportPeriod period, ReportScope scope) {
        return store.read(dsl -> new SummaryService(dsl, clock).compute(period, scope));
    }

    @Override
    public void logExport(List<String> candidateIds, String object, String detail) {
        List<nl.werkmap.domain.avg.AccessRequest> requests = new java.util.LinkedHashSet<>(candidateIds).stream()
                .map(id -> nl.werkmap.domain.avg.AccessRequest.of(java.util.UUID.fromString(id),
                        nl.werkmap.domain.avg.AccessAction.EXPORT, object).detail(detail)).toList();
        new nl.werkmap.service.avg.AccessLog(() -> store, clock).record(requests);
    }

    @Override
    public WorkList workList(ReportScope scope) {
        // Its two halves on two read connections at once (the week view's way, issue 13).
        return WorkList.compute(store::read, clock, scope);
    }

    @Override
    public TrendFigures trend(ReportPeriod period, ReportScope scope) {
        return store.read(dsl -> new TrendQueries(dsl, clock).compute(period, scope));
    }

    @Override
    public List<ScopeChoice> scopes() {
        List<ScopeChoice> choices = new ArrayList<>();
        choices.add(new ScopeChoice(messages.text("report.scope.all"), ReportScope.all()));
        store.read(dsl -> dsl.selectDistinct(COACH.TEAM).from(COACH).where(COACH.TEAM.isNotNull())
                        .and(COACH.DELETED.eq(false)).orderBy(COACH.TEAM).fetch(COACH.TEAM))
                .forEach(team -> choices.add(new ScopeChoice(messages.format("report.scope.team", team),
                        ReportScope.team(team))));
        store.read(dsl -> dsl.select(COACH.ID, COACH.NAME).from(COACH).where(COACH.DELETED.eq(false))
                        .orderBy(COACH.NAME).fetch())
                .forEach(r -> choices.add(new ScopeChoice(messages.format("report.scope.coach", r.get(COACH.NAME)),
                        ReportScope.coach(r.get(COACH.ID)))));
        return choices;
    }

    @Override
    public String candidateName(String candidateId) {
        return store.candidates().find(UUID.fromString(candidateId)).map(c -> c.personal().fullName())
                .orElse(messages.text("report.worklist.unknownName"));
    }
}
