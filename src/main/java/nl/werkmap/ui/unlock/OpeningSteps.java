package nl.werkmap.ui.unlock;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import nl.werkmap.store.db.OpenProgress;

/**
 * Hands what a long opening is busy with from the opening thread to the FX thread, the newest only: the copy
 * reports every 32 MB, and the FX thread is never sent more than one update it has not shown yet.
 */
final class OpeningSteps implements OpenProgress {

    /** The step an opening is at; {@code done} and {@code total} are bytes, both 0 where there is no measure. */
    record Step(Kind kind, long done, long total) {
        boolean measured() {
            return total > 0;
        }
    }

    enum Kind { CHECKING, BACKING_UP, CONVERTING }

    private final Executor fx;
    private final Consumer<Step> show;
    private final AtomicReference<Step> waiting = new AtomicReference<>();

    /** @param show runs on {@code fx} with the newest step */
    OpeningSteps(Executor fx, Consumer<Step> show) {
        this.fx = fx;
        this.show = show;
    }

    @Override
    public void checking() {
        post(new Step(Kind.CHECKING, 0, 0));
    }

    @Override
    public void backingUp(long copied, long total) {
        post(new Step(Kind.BACKING_UP, copied, total));
    }

    @Override
    public void converting() {
        post(new Step(Kind.CONVERTING, 0, 0));
    }

    private void post(Step step) {
        if (waiting.getAndSet(step) == null) {
            fx.execute(() -> show.accept(waiting.getAndSet(null)));
        }
    }
}
