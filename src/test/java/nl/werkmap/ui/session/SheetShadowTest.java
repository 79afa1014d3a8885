package nl.werkmap.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeoutException;

import javafx.scene.Scene;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sheets ("Sessie vastleggen", Instellingen, Bewaartermijnen) have their shadow drawn as background rings, not
 * as an effect: the software renderer blurred an effect's shadow over the whole sheet at each repaint, two thirds
 * of its time when "Sessie vastleggen" opened (issue 13). The rings still reach outside the white card.
 */
class SheetShadowTest {

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theSheetHasNoEffectAndItsShadowRingsLieOutsideTheWhiteCard() throws Exception {
        VBox sheet = WaitForAsyncUtils.asyncFx(() -> {
            VBox card = new VBox();
            card.getStyleClass().addAll("card", "sheet");
            StackPane backdrop = new StackPane(card);
            backdrop.getStyleClass().add("sheet-backdrop");
            Scene scene = new Scene(backdrop, 600, 400);
            scene.getStylesheets().add(SheetShadowTest.class.getResource("/nl/werkmap/ui/werkmap.css")
                    .toExternalForm());
            backdrop.applyCss();
            return card;
        }).get();

        assertNull(sheet.getEffect(), "no effect: the renderer would blur it again at every repaint");
        List<BackgroundFill> fills = sheet.getBackground().getFills();
        BackgroundFill card = fills.get(fills.size() - 1);
        assertEquals(Color.WHITE, card.getFill(), "the card itself stays white");
        assertEquals(0.0, card.getInsets().getTop());
        assertTrue(fills.size() >= 3, "rings around the card: " + fills);
        for (BackgroundFill ring : fills.subList(0, fills.size() - 1)) {
            assertTrue(ring.getInsets().getBottom() < 0 && ring.getInsets().getLeft() < 0,
                    "a ring reaches outside the card, deepest below it: " + ring.getInsets());
            assertTrue(((Color) ring.getFill()).getOpacity() < 0.15, "a faint ring: " + ring.getFill());
        }
    }
}
