package nl.werkmap.ui.candidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.LadderMeasurement;
import nl.werkmap.domain.Participatieladder;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.ZrmDomain;
import nl.werkmap.domain.ZrmMeasurement;
import nl.werkmap.store.caseload.CandidateFile;

/**
 * The measurements tab: participatieladder and ZRM history with the movement between measurements (moving up is
 * an outcome in its own right), and recording new ones.
 */
public final class MeasurementsViewModel extends TabViewModel {

    /** One ladder measurement with the step since the one before. */
    record LadderRow(LadderMeasurement measurement, Integer movement) {
    }

    /** One ZRM domain: the latest score, the one before, and the movement. */
    record ZrmRow(ZrmDomain domain, Integer latest, Integer previous) {
        Integer movement() {
            return latest == null || previous == null ? null : latest - previous;
        }
    }

    final ObservableList<LadderRow> ladder = FXCollections.observableArrayList();
    final ObservableList<ZrmRow> zrm = FXCollections.observableArrayList();
    final ObjectProperty<LocalDate> ladderDate = new SimpleObjectProperty<>(LocalDate.now());
    final ObjectProperty<Participatieladder> ladderRung = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> zrmDate = new SimpleObjectProperty<>(LocalDate.now());
    final Map<ZrmDomain, ObjectProperty<Integer>> zrmScores = new EnumMap<>(ZrmDomain.class);
    private LocalDate latestZrm;
    private LocalDate previousZrm;

    public MeasurementsViewModel(CandidateViewModel candidate) {
        super(candidate);
        for (ZrmDomain d : ZrmDomain.values()) {
            zrmScores.put(d, new SimpleObjectProperty<>());
        }
    }

    @Override
    protected void show(CandidateFile file) {
        List<LadderRow> rows = new ArrayList<>();
        LadderMeasurement before = null;
        for (LadderMeasurement m : file.ladder()) {
            rows.add(new LadderRow(m, before == null ? null : m.rung().rung() - before.rung().rung()));
            before = m;
        }
        java.util.Collections.reverse(rows);
        ladder.setAll(rows);
        List<ZrmMeasurement> history = file.zrm();
        ZrmMeasurement latest = history.isEmpty() ? null : history.get(history.size() - 1);
        ZrmMeasurement previous = history.size() < 2 ? null : history.get(history.size() - 2);
        latestZrm = latest == null ? null : latest.measuredOn();
        previousZrm = previous == null ? null : previous.measuredOn();
        List<ZrmRow> domains = new ArrayList<>();
        for (ZrmDomain d : ZrmDomain.values()) {
            domains.add(new ZrmRow(d, latest == null ? null : latest.score(d),
                    previous == null ? null : previous.score(d)));
        }
        zrm.setAll(domains);
    }

    LocalDate latestZrmDate() {
        return latestZrm;
    }

    LocalDate previousZrmDate() {
        return previousZrm;
    }

    /** "+1 trede", "−2", "gelijk": movement in words, never only as an arrow or a colour. */
    String movement(Integer steps) {
        if (steps == null) {
            return "";
        }
        if (steps == 0) {
            return messages.text("measure.same");
        }
        return messages.format(steps > 0 ? "measure.up" : "measure.down", Math.abs(steps));
    }

    void addLadder() {
        if (ladderRung.get() == null || ladderDate.get() == null) {
            refuse(messages.text("measure.ladder.incomplete"));
            return;
        }
        LadderMeasurement m = new LadderMeasurement(RecordIds.next(), candidate.candidateId(), ladderDate.get(),
                ladderRung.get());
        save(store -> store.measurements().saveLadder(m), "measure.ladder.saved", () -> ladderRung.set(null));
    }

    void addZrm() {
        Map<ZrmDomain, Integer> scores = new EnumMap<>(ZrmDomain.class);
        zrmScores.forEach((d, p) -> {
            if (p.get() != null) {
                scores.put(d, p.get());
            }
        });
        if (scores.isEmpty() || zrmDate.get() == null) {
            refuse(messages.text("measure.zrm.incomplete"));
            return;
        }
        ZrmMeasurement m = new ZrmMeasurement(RecordIds.next(), candidate.candidateId(), zrmDate.get(), scores);
        save(store -> store.measurements().saveZrm(m), "measure.zrm.saved",
                () -> zrmScores.values().forEach(p -> p.set(null)));
    }
}
