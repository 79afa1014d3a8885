package nl.werkmap.ui.session;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import nl.werkmap.domain.CoachingActivity;
import nl.werkmap.domain.CoachingSession;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlanGoal;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.SessionLocation;
import nl.werkmap.domain.SessionLogboek;
import nl.werkmap.domain.SessionType;
import nl.werkmap.domain.validation.CoachingsplanRules;
import nl.werkmap.service.SessionService;
import nl.werkmap.store.CaseloadStore;
import nl.werkmap.store.caseload.CaseloadFilter;
import nl.werkmap.store.caseload.CaseloadIndex;
import nl.werkmap.store.caseload.CaseloadRow;
import nl.werkmap.ui.common.Background;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Navigator;
import nl.werkmap.ui.common.Text;

/**
 * A group session in one go (issue 14): the coach picks the candidates who were there from the caseload, says what
 * was done (activity, contact type, place), for how long, the travel apart, and which coachingsplan goal it served
 * per candidate. {@link SessionService#logGroup} splits the hours and the travel evenly and writes every share in
 * one transaction; a refusal keeps everything typed.
 */
public final class GroupSessionViewModel {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final int MAX_MATCHES = 8;

    /** One candidate present, with their placement on the day and the goal the session served for them. */
    public static final class Member {
        final CaseloadRow row;
        final ObservableList<PlanGoal> goals = FXCollections.observableArrayList();
        final ObjectProperty<PlanGoal> goal = new SimpleObjectProperty<>();
        private Placement placement;

        Member(CaseloadRow row) {
            this.row = row;
        }

        public String name() {
            return row.displayName();
        }
    }

    private final Messages messages;
    private final Background background;
    private final Supplier<CaseloadStore> store;
    private final Navigator navigator;
    private final Clock clock;
    private Supplier<CaseloadIndex> caseload = () -> null;
    private Supplier<UUID> loggedBy = () -> null;

    final StringProperty search = new SimpleStringProperty("");
    final ObservableList<CaseloadRow> matches = FXCollections.observableArrayList();
    final ObservableList<Member> members = FXCollections.observableArrayList();
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final StringProperty time = new SimpleStringProperty("");
    final StringProperty minutes = new SimpleStringProperty("60");
    final StringProperty hours = new SimpleStringProperty("1");
    final StringProperty travel = new SimpleStringProperty("0");
    final ObjectProperty<CoachingActivity> activity = new SimpleObjectProperty<>();
    final ObjectProperty<SessionType> type = new SimpleObjectProperty<>();
    final ObjectProperty<SessionLocation> location = new SimpleObjectProperty<>(SessionLocation.KANTOOR);
    final StringProperty message = new SimpleStringProperty("");
    final BooleanProperty failed = new SimpleBooleanProperty(false);
    final BooleanProperty saving = new SimpleBooleanProperty(false);

    public GroupSessionViewModel(Messages messages, Background background, Supplier<CaseloadStore> store,
                                 Navigator navigator, Clock clock) {
        this.messages = messages;
        this.background = background;
        this.store = store;
        this.navigator = navigator;
        this.clock = clock;
        LocalDateTime now = LocalDateTime.now(clock);
        date.set(now.toLocalDate());
        time.set(TIME.format(now.toLocalTime().withMinute(0)));
        search.addListener((obs, old, now2) -> findMatches());
        date.addListener((obs, old, now2) -> members.forEach(this::loadFor));
        // A refusal said about who was there no longer holds once the list changed.
        members.addListener((javafx.collections.ListChangeListener<Member>) c -> {
            if (failed.get()) {
                failed.set(false);
                message.set("");
            }
        });
    }

    /** Where the candidates come from: the caseload list's index once read. */
    public void caseloadFrom(Supplier<CaseloadIndex> loaded) {
        this.caseload = loaded;
        if (loaded.get() == null) {
            // The list was not read yet (the agenda came first): read the caseload once for this window.
            background.call(() -> CaseloadIndex.build(store.get().caseloadQuery().load())).onSuccess(index -> {
                this.caseload = () -> index;
                findMatches();
            }).onError(e -> refuse(messages.format("group.loadFailed", "", Background.reason(messages, e)))).start();
            return;
        }
        findMatches();
    }

    /** The coach at this laptop: the sessions are theirs. */
    public void loggedBy(Supplier<UUID> who) {
        this.loggedBy = who;
    }

    private void findMatches() {
        CaseloadIndex index = caseload.get();
        if (index == null) {
            matches.clear();
            return;
        }
        List<CaseloadRow> found = search.get().isBlank() ? List.of() : index.filter(search.get(), CaseloadFilter.ANY);
        matches.setAll(found.stream().filter(r -> members.stream().noneMatch(m -> m.row.id().equals(r.id())))
                .limit(MAX_MATCHES).toList());
    }

    /** Adds a candidate who was there; their placement and goals are read in the background. */
    void add(CaseloadRow row) {
        if (row == null || members.stream().anyMatch(m -> m.row.id().equals(row.id()))) {
            return;
        }
        Member m = new Member(row);
        members.add(m);
        search.set("");
        loadFor(m);
    }

    void remove(Member m) {
        members.remove(m);
        findMatches();
    }

    /** The placement running on the session's day and the coachingsplan goals of that half year still open. */
    private void loadFor(Member m) {
        LocalDate day = date.get() == null ? LocalDate.now(clock) : date.get();
        background.call(() -> {
            CaseloadStore s = store.get();
            Placement running = s.placements().forCandidate(m.row.id()).stream()
                    .filter(p -> p.start() != null && !p.start().isAfter(day)
                            && (p.actualEnd() == null || !p.actualEnd().isBefore(day)))
                    .max(Comparator.comparing(Placement::start)).orElse(null);
            List<PlanGoal> goals = CoachingsplanRules.currentGoals(s.plans().goalsOf(m.row.id()), day).stream()
                    .filter(g -> !g.isEnded()).toList();
            return new Object[] {running, goals};
        }).onSuccess(found -> {
            m.placement = (Placement) found[0];
            @SuppressWarnings("unchecked")
            List<PlanGoal> goals = (List<PlanGoal>) found[1];
            m.goals.setAll(goals);
            if (m.goal.get() != null && !goals.contains(m.goal.get())) {
                m.goal.set(null);
            }
        }).onError(e -> refuse(messages.format("group.loadFailed", m.name(), Background.reason(messages, e))))
                .start();
    }

    /** What keeps the form from being saved, in the coach's words; empty when it can be saved. */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        if (members.size() < 2) {
            out.add(messages.text("group.problem.members"));
        }
        if (date.get() == null || parsedTime() == null) {
            out.add(messages.text("group.problem.when"));
        }
        Integer m = whole(minutes.get());
        if (m == null || m <= 0) {
            out.add(messages.text("group.problem.minutes"));
        }
        Double h = decimal(hours.get());
        if (h == null || h < 0) {
            out.add(messages.text("group.problem.hours"));
        }
        Integer t = whole(travel.get());
        if (t == null || t < 0) {
            out.add(messages.text("group.problem.travel"));
        }
        if (activity.get() == null || type.get() == null || location.get() == null) {
            out.add(messages.text("group.problem.what"));
        }
        return out;
    }

    /** Saves every share in one transaction; {@code closed} runs once it is saved. The input stays on a refusal. */
    void save(Runnable closed) {
        List<String> wrong = problems();
        if (!wrong.isEmpty()) {
            refuse(messages.format("group.notSaved", String.join(" ", wrong)));
            return;
        }
        if (saving.get()) {
            return;
        }
        LocalDateTime startsAt = LocalDateTime.of(date.get(), parsedTime());
        int m = whole(minutes.get());
        double h = decimal(hours.get());
        int t = whole(travel.get());
        UUID coach = loggedBy.get();
        LocalDate today = LocalDate.now(clock);
        List<CoachingSession> perCandidate = new ArrayList<>();
        for (Member member : members) {
            Set<UUID> served = member.goal.get() == null ? Set.of() : Set.of(member.goal.get().id());
            perCandidate.add(new CoachingSession(RecordIds.next(), member.row.id(),
                    member.placement == null ? null : member.placement.id(), coach, startsAt, m, location.get(),
                    type.get(), Set.of(), null, null, null, h, null,
                    new SessionLogboek(activity.get(), served, t, null, 1, today, null)));
        }
        List<UUID> who = members.stream().map(x -> x.row.id()).toList();
        saving.set(true);
        background.run(() -> new SessionService(store.get(), clock).logGroup(perCandidate, RecordIds.next()))
                .onSuccess(v -> {
                    saving.set(false);
                    failed.set(false);
                    String done = messages.format("group.saved", who.size());
                    message.set(done);
                    who.forEach(navigator::candidateChanged);
                    navigator.status(done);
                    closed.run();
                }).onError(e -> {
                    saving.set(false);
                    refuse(messages.format("group.notSaved", refusal(e)));
                }).start();
    }

    private String refusal(Throwable e) {
        Throwable cause = e instanceof Background.TaskFailure && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof SessionService.InvalidSession invalid) {
            return String.join(" ", invalid.problems().stream().map(p -> messages.text(p.messageKey()))
                    .distinct().toList());
        }
        return Background.reason(messages, e);
    }

    private void refuse(String text) {
        failed.set(true);
        message.set(text);
    }

    private LocalTime parsedTime() {
        try {
            return LocalTime.parse(time.get().strip().replace('.', ':'), TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer whole(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double decimal(String text) {
        try {
            return Text.decimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
