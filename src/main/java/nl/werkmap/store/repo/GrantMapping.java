package nl.werkmap.store.repo;

import static nl.werkmap.store.mapping.Column.plain;
import static nl.werkmap.store.mapping.Column.sealed;

import java.util.List;

import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.JobcoachGrant;
import nl.werkmap.domain.JobcoachRegime;
import nl.werkmap.domain.JobcoachType;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.mapping.EntityTable;

/**
 * The jobcoach_grant table (toekenning): financier, period, regime and hours stay plain for the hour overviews;
 * the kenmerk points at one person's file at the financier, so it is sealed.
 */
public final class GrantMapping {

    public static final EntityTable<JobcoachGrant> TABLE = new EntityTable<>(Tables.JOBCOACH_GRANT,
            JobcoachGrant::id, List.of(
                    plain("candidate_id", JobcoachGrant::candidateId),
                    plain("placement_id", JobcoachGrant::placementId),
                    plain("financier", JobcoachGrant::financier),
                    plain("gemeente_code", JobcoachGrant::gemeenteCode),
                    sealed("kenmerk", JobcoachGrant::kenmerk),
                    plain("decided_on", JobcoachGrant::decidedOn),
                    plain("period", g -> g.period().toString()),
                    plain("regime", JobcoachGrant::regime),
                    plain("granted_hours", JobcoachGrant::grantedHours),
                    plain("contract_hours_per_week", JobcoachGrant::contractHoursPerWeek),
                    plain("employment_year", JobcoachGrant::employmentYear),
                    plain("proefplaatsing", JobcoachGrant::proefplaatsing),
                    plain("covered_from", JobcoachGrant::coveredFrom),
                    plain("covered_until", JobcoachGrant::coveredUntil)),
            r -> new JobcoachGrant(r.id(), r.uuid("candidate_id"), r.uuid("placement_id"),
                    r.enumValue("financier", JobcoachType.class), r.text("gemeente_code"), r.opened("kenmerk"),
                    r.date("decided_on"), HalfYear.parse(r.text("period")),
                    r.enumValue("regime", JobcoachRegime.class), r.decimal("granted_hours"),
                    r.decimal("contract_hours_per_week", 0), r.integer("employment_year"), r.flag("proefplaatsing"),
                    r.date("covered_from"), r.date("covered_until")));

    private GrantMapping() {
    }
}
