package nl.werkmap.ui.common;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ControllerFactoryTest {

    @Test
    void unknownControllerFailsLoudly() {
        ControllerFactory factory = new ControllerFactory();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> factory.call(String.class));
        assertTrue(e.getMessage().contains("java.lang.String"));
    }

    @Test
    void registeredControllerComesFromItsSupplier() {
        StringBuilder made = new StringBuilder("x");
        ControllerFactory factory = new ControllerFactory().register(StringBuilder.class, () -> made);
        assertSame(made, factory.call(StringBuilder.class));
    }

    @Test
    void registeringTwiceIsAMistake() {
        ControllerFactory factory = new ControllerFactory().register(StringBuilder.class, StringBuilder::new);
        assertThrows(IllegalStateException.class, () -> factory.register(StringBuilder.class, StringBuilder::new));
    }
}
