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
import nl.werkmap.ui.common.InputState;

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
    /** The newest ZRM measurement, the one "Laatste ZRM-meting bewerken / verwijderen" is about. */
    private ZrmMeasurement newestZrm;
    /** The measurement being corrected in the form; null while recording a new one. */
    final ObjectProperty<LadderMeasurement> editingLadder = new SimpleObjectProperty<>();
    final ObjectProperty<ZrmMeasurement> editingZrm = new SimpleObjectProperty<>();
    final InputState input;

    public MeasurementsViewModel(CandidateViewModel candidate) {
        super(candidate);
        for (ZrmDomain d : ZrmDomain.values()) {
            zrmScores.put(d, new SimpleObjectProperty<>());
        }
        List<javafx.beans.Observable> watched = new ArrayList<>(List.of(ladderRung, ladderDate, zrmDate));
        watched.addAll(zrmScores.values());
        input = new InputState(() -> {
            List<Object> state = new ArrayList<>(List.of(String.valueOf(ladderRung.get()),
                    String.valueOf(ladderDate.get()), String.valueOf(zrmDate.get())));
            zrmScores.values().forEach(p -> state.add(String.valueOf(p.get())));
            return state;
        }, watched.toArray(new javafx.beans.Observable[0]));
        track(input);
    }

    @Override
    protected String tabKey() {
        return "candidate.tab.measurements";
    }

    @Override
    public void saveNow(java.util.function.Consumer<Boolean> done) {
        boolean ladderTyped = ladderRung.get() != null;
        boolean zrmTyped = zrmScores.values().stream().anyMatch(p -> p.get() != null);
        if (!ladderTyped && !zrmTyped) {
            done.accept(false);
            return;
        }
        if (ladderTyped) {
            addLadder(zrmTyped ? ok -> { } : done);
        }
        if (zrmTyped) {
            addZrm(done);
        }
    }

    void editLadder(LadderRow row) {
        if (row == null) {
            refuse(messages.text("measure.noneSelected"));
            return;
        }
        editingLadder.set(row.measurement());
        ladderDate.set(row.measurement().measuredOn());
        ladderRung.set(row.measurement().rung());
        input.markClean();
    }

    void deleteLadder(LadderRow row) {
        LadderMeasurement m = row.measurement();
        if (editingLadder.get() != null && editingLadder.get().id().equals(m.id())) {
            stopEditing();
        }
        delete(store -> store.measurements().tombstoneLadder(m.id()), describe(row),
                store -> store.measurements().saveLadder(m));
    }

    String describe(LadderRow row) {
        return messages.format("measure.ladder.describe", new nl.werkmap.ui.common.Dates(messages)
                .format(row.measurement().measuredOn()));
    }

    /** The newest ZRM measurement into the form, to correct it. */
    void editLatestZrm() {
        if (newestZrm == null) {
            refuse(messages.text("measure.zrm.none"));
            return;
        }
        editingZrm.set(newestZrm);
        zrmDate.set(newestZrm.measuredOn());
        zrmScores.forEach((d, p) -> p.set(newestZrm.score(d)));
        input.markClean();
    }

    ZrmMeasurement newestZrm() {
        return newestZrm;
    }

    String describeZrm() {
        return messages.format("measure.zrm.describe", new nl.werkmap.ui.common.Dates(messages)
                .format(newestZrm.measuredOn()));
    }

    void deleteLatestZrm() {
        ZrmMeasurement m = newestZrm;
        if (m == null) {
            refuse(messages.text("measure.zrm.none"));
            return;
        }
        if (editingZrm.get() != null && editingZrm.get().id().equals(m.id())) {
            stopEditing();
        }
        delete(store -> store.measurements().tombstoneZrm(m.id()), describeZrm(),
                store -> store.measurements().saveZrm(m));
    }

    /** "Nieuw": the forms record new measurements again. */
    void stopEditing() {
        editingLadder.set(null);
        editingZrm.set(null);
        ladderRung.set(null);
        ladderDate.set(LocalDate.now());
        zrmDate.set(LocalDate.now());
        zrmScores.values().forEach(p -> p.set(null));
        input.markClean();
    }

    @Override
    protected boolean shows(CandidateFile old, CandidateFile now) {
        return old.ladder() != now.ladder() || old.zrm() != now.zrm();
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
        newestZrm = latest;
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
        addLadder(ok -> { });
    }

    private void addLadder(java.util.function.Consumer<Boolean> done) {
        if (ladderRung.get() == null || ladderDate.get() == null) {
            refuse(messages.text("measure.ladder.incomplete"));
            done.accept(false);
            return;
        }
        LadderMeasurement was = editingLadder.get();
        LadderMeasurement m = new LadderMeasurement(was == null ? RecordIds.next() : was.id(),
                candidate.candidateId(), ladderDate.get(), ladderRung.get());
        save(store -> store.measurements().saveLadder(m), "measure.ladder.saved", () -> {
            editingLadder.set(null);
            ladderRung.set(null);
            input.markClean();
        }, done);
    }

    void addZrm() {
        addZrm(ok -> { });
    }

    private void addZrm(java.util.function.Consumer<Boolean> done) {
        Map<ZrmDomain, Integer> scores = new EnumMap<>(ZrmDomain.class);
        zrmScores.forEach((d, p) -> {
            if (p.get() != null) {
                scores.put(d, p.get());
            }
        });
        if (scores.isEmpty() || zrmDate.get() == null) {
            refuse(messages.text("measure.zrm.incomplete"));
            done.accept(false);
            return;
        }
        ZrmMeasurement was = editingZrm.get();
        ZrmMeasurement m = new ZrmMeasurement(was == null ? RecordIds.next() : was.id(), candidate.candidateId(),
                zrmDate.get(), scores);
        save(store -> store.measurements().saveZrm(m), "measure.zrm.saved", () -> {
            editingZrm.set(null);
            zrmScores.values().forEach(p -> p.set(null));
            input.markClean();
        }, done);
    }
}
