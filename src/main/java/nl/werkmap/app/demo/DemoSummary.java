package nl.werkmap.app.demo;

/** How much demo data was written, per kind. */
public record DemoSummary(
        int coaches,
        int employers,
        int candidates,
        int consents,
        int goals,
        int actions,
        int ladderMeasurements,
        int zrmMeasurements,
        int placements,
        int employerContacts,
        int sessions) {

    DemoSummary plus(DemoBatch batch) {
        return new DemoSummary(coaches, employers, candidates + batch.candidates.size(),
                consents + batch.consents.size(), goals + batch.goals.size(), actions + batch.actions.size(),
                ladderMeasurements + batch.ladder.size(), zrmMeasurements + batch.zrm.size(),
                placements + batch.placements.size(), employerContacts + batch.contacts.size(),
                sessions + batch.sessions.size());
    }

    /** Every row written, all kinds together. */
    public long totalRows() {
        return (long) coaches + employers + candidates + consents + goals + actions + ladderMeasurements
                + zrmMeasurements + placements + employerContacts + sessions;
    }
}
