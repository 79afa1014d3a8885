package nl.werkmap.ui.main;

import java.util.function.BooleanSupplier;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

import nl.werkmap.ui.candidate.CandidatePage;

/**
 * Shows a candidate's page when its file has been read, not before: shown at the click, the page was laid out and
 * painted empty and then again filled, two passes over the whole page for one opening (issue 13). The list stays
 * on screen for the few milliseconds of the read. When the read waits behind other work, the page shows anyway
 * after {@link #PATIENCE}, empty until its file is in, so a click always answers.
 */
final class ShowWhenRead {

    /** How long a click may show nothing new; a pulse or two, below what a coach notices. */
    static final Duration PATIENCE = Duration.millis(150);

    private ShowWhenRead() {
    }

    /**
     * Runs {@code show} once: when {@code page}'s first reading ends or after {@link #PATIENCE}, whichever is first,
     * and only while {@code stillWanted} holds (the coach did not go elsewhere meanwhile).
     */
    static void show(CandidatePage page, BooleanSupplier stillWanted, Runnable show) {
        boolean[] done = new boolean[1];
        PauseTransition patience = new PauseTransition(PATIENCE);
        Runnable once = () -> {
            if (!done[0]) {
                done[0] = true;
                patience.stop();
                if (stillWanted.getAsBoolean()) {
                    show.run();
                }
            }
        };
        patience.setOnFinished(e -> once.run());
        page.whenRead(once);
        if (!done[0]) {
            patience.play();
        }
    }
}
