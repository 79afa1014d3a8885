package nl.werkmap.ui.candidate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.HalfYear;
import nl.werkmap.domain.JobcoachGrant;
import nl.werkmap.domain.JobcoachRegime;
import nl.werkmap.domain.JobcoachType;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.rules.JobcoachHours;
import nl.werkmap.domain.rules.JobcoachRules;
import nl.werkmap.service.GrantService;
import nl.werkmap.service.RefusedException;
import nl.werkmap.store.caseload.CandidateFile;
import nl.werkmap.store.caseload.PlacementFile;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Text;

/**
 * "Verantwoording": per placement its toekenningen (who pays, which half year, the maximum, used and left) and the
 * chosen grant's burn-down week by week, with a form to record a new toekenning. Used hours come from the sessions
 * in the candidate's file; the grants are read in the background.
 */
public final class VerantwoordingViewModel extends TabViewModel {

    /** One grant as the table shows it. */
    public record GrantRow(JobcoachGrant grant, double max, double used) {
        public double left() {
            return Math.round((max - used) * 100) / 100.0;
        }
    }

    final ObservableList<PlacementFile> placements = FXCollections.observableArrayList();
    final ObjectProperty<PlacementFile> placement = new SimpleObjectProperty<>();
    final ObservableList<GrantRow> grants = FXCollections.observableArrayList();
    final ObjectProperty<GrantRow> chosen = new SimpleObjectProperty<>();
    final ObservableList<JobcoachHours.BurnDownWeek> burnDown = FXCollections.observableArrayList();
    final StringProperty summary = new SimpleStringProperty("");

    // The new toekenning's form.
    final ObjectProperty<JobcoachType> financier = new SimpleObjectProperty<>(JobcoachType.EXTERN_UWV);
    final StringProperty gemeenteCode = new SimpleStringProperty("");
    final StringProperty kenmerk = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> decidedOn = new SimpleObjectProperty<>();
    final StringProperty period = new SimpleStringProperty("");
    final ObjectProperty<JobcoachRegime> regime = new SimpleObjectProperty<>(JobcoachRegime.MIDDEN);
    final StringProperty grantedHours = new SimpleStringProperty("");
    final StringProperty contractHours = new SimpleStringProperty("");
    final ObjectProperty<Integer> employmentYear = new SimpleObjectProperty<>(1);
    final BooleanProperty proefplaatsing = new SimpleBooleanProperty(false);
    final ObjectProperty<LocalDate> coveredFrom = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> coveredUntil = new SimpleObjectProperty<>();

    /** Today by the view model's clock (the pane scrolls the burn-down to this week). */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    private List<CoachingSession> sessions = List.of();
    private List<JobcoachGrant> allGrants = List.of();
    private UUID candidateId;
    /** False until the tab is first shown ({@link #activate}); the file last shown, for then. */
    private boolean active;
    private CandidateFile shownFile;

    /** Today, for the half year shown first, the burn-down's week and the checks; a test gives a fixed one. */
    private final java.time.Clock clock;

    public VerantwoordingViewModel(CandidateViewModel candidate) {
        this(candidate, java.time.Clock.systemDefaultZone());
    }

    public VerantwoordingViewModel(CandidateViewModel candidate, java.time.Clock clock) {
        super(candidate);
        this.clock = clock;
        period.set(HalfYear.of(LocalDate.now(clock)).toString());
        placement.addListener((obs, old, now) -> {
            fillDefaults(now);
            showGrants();
        });
        chosen.addListener((obs, old, now) -> showBurnDown());
    }

    @Override
    protected void show(CandidateFile file) {
        candidateId = file.candidate().id();
        sessions = file.sessions();
        shownFile = file;
        if (active) {
            readGrants(file);
        }
    }

    /**
     * The tab is shown: from now on the grants are read with each file. Before, each opening of a candidate read
     * them (and filled the hidden tab) for a tab the coach mostly never opens (issue 13).
     */
    void activate() {
        if (!active) {
            active = true;
            if (shownFile != null) {
                readGrants(shownFile);
            }
        }
    }

    private void readGrants(CandidateFile file) {
        UUID before = placement.get() == null ? null : placement.get().placement().id();
        candidate.background().call(() -> candidate.store().grants().forCandidate(file.candidate().id()))
                .onSuccess(loaded -> {
                    allGrants = loaded;
                    placements.setAll(file.placements());
                    placement.set(file.placements().stream().filter(p -> p.placement().id().equals(before))
                            .findFirst().orElse(file.placements().isEmpty() ? null : file.placements().get(0)));
                    showGrants();
                })
                .onError(e -> refuse(messages.format("verantwoording.loadFailed", Background.reason(messages, e))))
                .start();
    }

    private void fillDefaults(PlacementFile chosenPlacement) {
        if (chosenPlacement == null) {
            return;
        }
        Placement p = chosenPlacement.placement();
        contractHours.set(Text.decimal(p.hoursPerWeek()));
        if (p.jobcoachType() != null) {
            financier.set(p.jobcoachType());
        }
        boolean trial = p.type() == PlacementType.PROEFPLAATSING;
        proefplaatsing.set(trial);
        LocalDate today = LocalDate.now(clock);
        HalfYear half = HalfYear.of(today);
        period.set(half.toString());
        employmentYear.set(p.start() == null || p.start().isAfter(today) ? 1
                : Math.min(JobcoachRules.placementYear(p.start(), today), JobcoachHours.MAX_EMPLOYMENT_YEARS));
        coveredFrom.set(p.start() != null && half.contains(p.start()) ? p.start() : null);
        LocalDate end = p.actualEnd() != null ? p.actualEnd() : p.plannedEnd();
        coveredUntil.set(end != null && half.contains(end) ? end : null);
    }

    private void showGrants() {
        PlacementFile p = placement.get();
        if (p == null) {
            grants.clear();
            summary.set(messages.text("verantwoording.noPlacement"));
            return;
        }
        UUID id = p.placement().id();
        List<GrantRow> rows = allGrants.stream().filter(g -> g.placementId().equals(id))
                .map(g -> new GrantRow(g, JobcoachHours.maxHours(g).doubleValue(), JobcoachHours.used(g, sessions)))
                .toList();
        grants.setAll(rows);
        HalfYear now = HalfYear.of(LocalDate.now(clock));
        GrantRow current = rows.stream().filter(r -> r.grant().period().equals(now)).findFirst()
                .orElse(rows.isEmpty() ? null : rows.get(rows.size() - 1));
        chosen.set(current);
        summary.set(current == null ? messages.text("verantwoording.noGrant")
                : messages.format("verantwoording.summary", current.grant().period().toString(),
                Text.decimal(current.max()), Text.decimal(current.used()), Text.decimal(current.left())));
        showBurnDown();
    }

    private void showBurnDown() {
        GrantRow row = chosen.get();
        burnDown.setAll(row == null ? List.of() : JobcoachHours.burnDown(row.grant(), sessions));
    }

    /** The form as a grant; null (with the reason shown) when a number cannot be read. */
    private JobcoachGrant formGrant() {
        PlacementFile p = placement.get();
        HalfYear half = HalfYear.parse(period.get());
        Double hours;
        Double contract;
        try {
            hours = grantedHours.get().isBlank() ? null : Text.decimal(grantedHours.get());
            contract = Text.decimal(contractHours.get());
        } catch (NumberFormatException e) {
            refuse(messages.text("verantwoording.number"));
            return null;
        }
        if (half == null) {
            refuse(messages.text("verantwoording.periodFormat"));
            return null;
        }
        return new JobcoachGrant(RecordIds.next(), candidateId, p.placement().id(), financier.get(),
                gemeenteCode.get(), kenmerk.get(), decidedOn.get(), half, hours == null ? regime.get() : null, hours,
                contract == null ? 0 : contract, employmentYear.get() == null ? 0 : employmentYear.get(),
                proefplaatsing.get(), coveredFrom.get(), coveredUntil.get());
    }

    /** "Toekenning opslaan": one transaction through the grant service; a refusal is said in the coach's words. */
    void saveGrant() {
        if (placement.get() == null) {
            refuse(messages.text("verantwoording.noPlacement"));
            return;
        }
        JobcoachGrant grant = formGrant();
        if (grant == null) {
            return;
        }
        candidate.background().run(() -> new GrantService(candidate::store).save(grant)).onSuccess(v -> {
            failed.set(false);
            message.set(messages.text("verantwoording.saved"));
            kenmerk.set("");
            grantedHours.set("");
            candidate.changed(messages.text("verantwoording.saved"));
        }).onError(e -> {
            Throwable cause = e instanceof Background.TaskFailure && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof RefusedException refused) {
                refuse(messages.format("verantwoording.refused", String.join(" ",
                        refused.problems().stream().map(p -> messages.text(p.messageKey())).toList())));
            } else {
                refuse(messages.format("tab.saveFailed", Background.reason(messages, e)));
            }
        }).start();
    }
}
