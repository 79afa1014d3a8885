package nl.werkmap.ui.unlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import org.junit.jupiter.api.Test;

/**
 * Long work on the FX thread in short slices: a slice ends once its time is used, the next one queues behind what
 * came meanwhile (a key, a pulse), and a stop ends it before its next step. A hand-run queue stands for the FX
 * thread and a hand-moved clock for time.
 */
class SlicedWorkTest {

    private static final long MS = 1_000_000L;

    private final Queue<Runnable> fx = new ArrayDeque<>();
    private final long[] now = {0};
    private final List<String> log = new ArrayList<>();
    private int overs;

    /** Steps that each take {@code ms} milliseconds of the clock; {@code count} of them. */
    private SlicedWork work(int count, long ms, long sliceMs) {
        int[] done = {0};
        return new SlicedWork(() -> {
            done[0]++;
            log.add("step " + done[0]);
            now[0] += ms * MS;
            return done[0] < count;
        }, fx::add, () -> now[0], sliceMs * MS, () -> overs++);
    }

    private void runQueue() {
        while (!fx.isEmpty()) {
            fx.poll().run();
        }
    }

    @Test
    void aSliceEndsWhenItsTimeIsUsedAndWhatCameMeanwhileGoesFirst() {
        int[] done = {0};
        SlicedWork work = new SlicedWork(() -> {
            done[0]++;
            log.add("step " + done[0]);
            if (done[0] == 2) {
                // The coach types while the second step runs.
                fx.add(() -> log.add("key"));
            }
            now[0] += MS;
            return done[0] < 10;
        }, fx::add, () -> now[0], 3 * MS, () -> overs++);
        work.start();
        fx.poll().run();
        // Three steps of 1 ms fill a 3 ms slice; the next slice is queued behind the key, not run.
        assertEquals(List.of("step 1", "step 2", "step 3"), log);
        runQueue();
        assertEquals("key", log.get(3), "a key that came during a slice runs before the next slice");
        assertEquals(11, log.size());
        SlicedWork.Figures figures = work.figures();
        assertEquals(10, figures.steps());
        assertEquals(4, figures.slices());
        assertEquals(3.0, figures.longestSliceMs(), 1e-9);
        assertTrue(figures.finished());
        assertEquals(1, overs);
    }

    @Test
    void aLongStepIsOneSliceOfItsOwn() {
        SlicedWork work = work(3, 40, 3);
        work.start();
        fx.poll().run();
        assertEquals(List.of("step 1"), log, "a step over the slice's time ends the slice");
        runQueue();
        assertEquals(3, work.figures().slices());
        assertEquals(40.0, work.figures().longestSliceMs(), 1e-9);
    }

    @Test
    void aStopEndsItBeforeTheNextStepAndTellsOnce() {
        SlicedWork work = work(100, 1, 3);
        work.start();
        fx.poll().run();
        work.stop();
        work.stop();
        runQueue();
        assertEquals(3, log.size(), "no step after the stop");
        assertEquals(1, overs);
        assertFalse(work.figures().finished());
    }

    @Test
    void aStopFromInsideAStepEndsTheSliceThere() {
        SlicedWork[] work = new SlicedWork[1];
        int[] steps = {0};
        work[0] = new SlicedWork(() -> {
            steps[0]++;
            if (steps[0] == 2) {
                work[0].stop();
            }
            return true;
        }, fx::add, () -> now[0], 3 * MS, () -> overs++);
        work[0].start();
        runQueue();
        assertEquals(2, steps[0]);
        assertEquals(1, overs);
    }

    @Test
    void stoppedBeforeItsFirstSliceItDoesNothing() {
        SlicedWork work = work(5, 1, 3);
        work.start();
        work.stop();
        runQueue();
        assertTrue(log.isEmpty());
        assertEquals(1, overs);
    }
}
