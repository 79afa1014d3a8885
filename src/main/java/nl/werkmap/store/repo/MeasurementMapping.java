package nl.werkmap.store.repo;

import static nl.werkmap.store.mapping.Column.plain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.werkmap.domain.LadderMeasurement;
import nl.werkmap.domain.Participatieladder;
import nl.werkmap.domain.ZrmDomain;
import nl.werkmap.domain.ZrmMeasurement;
import nl.werkmap.store.jooq.Tables;
import nl.werkmap.store.mapping.Column;
import nl.werkmap.store.mapping.EntityTable;
import nl.werkmap.store.mapping.StoredRow;

/**
 * The assessment tables. The ladder rung is a plain number (an outcome teams report on); of the ZRM, the special
 * categories (health, addiction, justice: {@link ZrmDomain#sensitive()}) are sealed, the rest plain.
 */
public final class MeasurementMapping {

    public static final EntityTable<LadderMeasurement> LADDER = new EntityTable<>(Tables.LADDER_MEASUREMENT,
            LadderMeasurement::id, List.of(
                    plain("candidate_id", LadderMeasurement::candidateId),
                    plain("measured_on", LadderMeasurement::measuredOn),
                    plain("rung", m -> m.rung().rung())),
            r -> new LadderMeasurement(r.id(), r.uuid("candidate_id"), r.date("measured_on"),
                    Participatieladder.of(r.integer("rung"))));

    public static final EntityTable<ZrmMeasurement> ZRM = new EntityTable<>(Tables.ZRM_MEASUREMENT,
            ZrmMeasurement::id, zrmColumns(), MeasurementMapping::readZrm);

    private MeasurementMapping() {
    }

    /** The column of a ZRM domain: the enum name in lower case (WERK_OPLEIDING → werk_opleiding). */
    public static String columnOf(ZrmDomain domain) {
        return domain.name().toLowerCase(Locale.ROOT);
    }

    private static List<Column<ZrmMeasurement>> zrmColumns() {
        List<Column<ZrmMeasurement>> columns = new ArrayList<>();
        columns.add(plain("candidate_id", ZrmMeasurement::candidateId));
        columns.add(plain("measured_on", ZrmMeasurement::measuredOn));
        for (ZrmDomain domain : ZrmDomain.values()) {
            columns.add(new Column<>(columnOf(domain), domain.sensitive(), m -> m.score(domain)));
        }
        return columns;
    }

    private static ZrmMeasurement readZrm(StoredRow r) {
        Map<ZrmDomain, Integer> scores = new EnumMap<>(ZrmDomain.class);
        for (ZrmDomain domain : ZrmDomain.values()) {
            String column = columnOf(domain);
            Integer score = domain.sensitive() ? r.openedInteger(column) : r.integer(column);
            if (score != null) {
                scores.put(domain, score);
            }
        }
        return new ZrmMeasurement(r.id(), r.uuid("candidate_id"), r.date("measured_on"), scores);
    }
}
