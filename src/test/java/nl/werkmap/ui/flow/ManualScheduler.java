package nl.werkmap.ui.flow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import nl.werkmap.ui.common.Scheduler;

/** "Later" is when the test says: tasks wait until {@link #runDue()}. */
final class ManualScheduler implements Scheduler {

    private final List<Task> tasks = new ArrayList<>();

    private static final class Task {
        final Runnable work;
        boolean cancelled;

        Task(Runnable work) {
            this.work = work;
        }
    }

    @Override
    public synchronized Pending schedule(Runnable work, Duration delay) {
        Task task = new Task(work);
        tasks.add(task);
        return () -> task.cancelled = true;
    }

    /** Runs every task still planned (as if typing paused long enough); returns how many ran. */
    int runDue() {
        List<Task> due;
        synchronized (this) {
            due = new ArrayList<>(tasks);
            tasks.clear();
        }
        int ran = 0;
        for (Task t : due) {
            if (!t.cancelled) {
                t.work.run();
                ran++;
            }
        }
        return ran;
    }

    synchronized int planned() {
        return (int) tasks.stream().filter(t -> !t.cancelled).count();
    }
}
