package nl.werkmap.store;

import java.util.List;
import java.util.function.Consumer;

import org.jooq.DSLContext;

import nl.werkmap.domain.Candidate;
import nl.werkmap.domain.Coach;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.Consent;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerContact;
import nl.werkmap.domain.LadderMeasurement;
import nl.werkmap.domain.LoonwaardeMeasurement;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlanAction;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.ZrmMeasurement;
import nl.werkmap.domain.match.Baankans;
import nl.werkmap.domain.profile.Werkervaring;
import nl.werkmap.domain.profile.Werknemersprofiel;
import nl.werkmap.store.db.Database;
import nl.werkmap.store.mapping.BulkInserter;
import nl.werkmap.store.repo.BaankansMapping;
import nl.werkmap.store.repo.CandidateMapping;
import nl.werkmap.store.repo.CoachMapping;
import nl.werkmap.store.repo.ConsentMapping;
import nl.werkmap.store.repo.EmployerContactMapping;
import nl.werkmap.store.repo.EmployerMapping;
import nl.werkmap.store.repo.MeasurementMapping;
import nl.werkmap.store.repo.LoonwaardeMapping;
import nl.werkmap.store.repo.PlacementMapping;
import nl.werkmap.store.repo.PlanMapping;
import nl.werkmap.store.repo.ProfielMapping;
import nl.werkmap.store.repo.SessionMapping;

/**
 * Writes generated rows into a demo caseload without change-log entries. A demo caseload is fictional and is never
 * synced, so logging every field of every generated row would only make the file four times larger and the
 * generation four times slower. Obtain it with {@link CaseloadStore#demoImport()}, which marks an empty caseload as
 * demo and refuses one with real rows. Rows are sealed and stamped as usual; later edits by a coach go through the
 * repositories and are change-logged as everywhere else.
 */
public final class DemoImport {

    private final Database database;
    private final BulkInserter bulk;

    DemoImport(Database database, BulkInserter bulk) {
        this.database = database;
        this.bulk = bulk;
    }

    /**
     * Writes everything {@code fill} adds in one transaction: all of it or none. Add rows in foreign-key order
     * (coaches and employers, candidates, then what refers to them).
     */
    public void write(Consumer<Rows> fill) {
        database.write(tx -> {
            if (!CaseloadKind.isDemo(tx)) {
                throw new StoreException("Deze caseload is geen democaseload; er worden geen demogegevens in gezet.");
            }
            fill.accept(new Rows(tx, bulk));
            return null;
        });
    }

    /** The rows of one {@link #write} transaction; each call inserts at once, so order matters. */
    public static final class Rows {
        private final DSLContext tx;
        private final BulkInserter bulk;

        private Rows(DSLContext tx, BulkInserter bulk) {
            this.tx = tx;
            this.bulk = bulk;
        }

        public Rows coaches(List<Coach> rows) {
            bulk.insertUnlogged(tx, CoachMapping.TABLE, rows);
            return this;
        }

        public Rows employers(List<Employer> rows) {
            bulk.insertUnlogged(tx, EmployerMapping.TABLE, rows);
            return this;
        }

        public Rows candidates(List<Candidate> rows) {
            bulk.insertUnlogged(tx, CandidateMapping.TABLE, rows);
            return this;
        }

        public Rows consents(List<Consent> rows) {
            bulk.insertUnlogged(tx, ConsentMapping.TABLE, rows);
            return this;
        }

        public Rows goals(List<PlanGoal> rows) {
            bulk.insertUnlogged(tx, PlanMapping.GOALS, rows);
            return this;
        }

        public Rows actions(List<PlanAction> rows) {
            bulk.insertUnlogged(tx, PlanMapping.ACTIONS, rows);
            return this;
        }

        public Rows placements(List<Placement> rows) {
            bulk.insertUnlogged(tx, PlacementMapping.TABLE, rows);
            return this;
        }

        public Rows loonwaarde(List<LoonwaardeMeasurement> rows) {
            bulk.insertUnlogged(tx, LoonwaardeMapping.TABLE, rows);
            return this;
        }

        public Rows employerContacts(List<EmployerContact> rows) {
            bulk.insertUnlogged(tx, EmployerContactMapping.TABLE, rows);
            return this;
        }

        public Rows grants(List<nl.werkmap.domain.JobcoachGrant> rows) {
            bulk.insertUnlogged(tx, nl.werkmap.store.repo.GrantMapping.TABLE, rows);
            return this;
        }

        /** Jobcoach forms (issue 14), after their placements. */
        public Rows jobcoachForms(List<nl.werkmap.domain.JobcoachForm> rows) {
            bulk.insertUnlogged(tx, nl.werkmap.store.repo.FormMapping.TABLE, rows);
            return this;
        }

        public Rows sessions(List<CoachingSession> rows) {
            bulk.insertUnlogged(tx, SessionMapping.TABLE, rows);
            return this;
        }

        public Rows ladder(List<LadderMeasurement> rows) {
            bulk.insertUnlogged(tx, MeasurementMapping.LADDER, rows);
            return this;
        }

        public Rows zrm(List<ZrmMeasurement> rows) {
            bulk.insertUnlogged(tx, MeasurementMapping.ZRM, rows);
            return this;
        }

        /** Baankansen (after the employers they belong to). */
        public Rows baankansen(List<Baankans> rows) {
            bulk.insertUnlogged(tx, BaankansMapping.TABLE, rows);
            return this;
        }

        /** Werknemersprofielen with their work experience (after the candidates they belong to). */
        public Rows profiles(List<Werknemersprofiel> profiles, List<Werkervaring> experience) {
            bulk.insertUnlogged(tx, ProfielMapping.PROFIEL, profiles);
            bulk.insertUnlogged(tx, ProfielMapping.ERVARING, experience);
            return this;
        }

        /** Profile shares with employers (after the profiles and employers they name). */
        public Rows shares(List<nl.werkmap.domain.share.ProfielDeling> rows) {
            bulk.insertUnlogged(tx, nl.werkmap.store.repo.ShareMapping.TABLE, rows);
            return this;
        }
    }
}
