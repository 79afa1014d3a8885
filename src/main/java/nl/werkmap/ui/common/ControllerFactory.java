package nl.werkmap.ui.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.util.Callback;

/**
 * Makes the controllers named in FXML files. Every controller must be registered; an unknown class is a wiring
 * mistake and fails loudly instead of silently getting a no-argument instance without its view model.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {

    private final Map<Class<?>, Supplier<?>> suppliers = new HashMap<>();

    public <T> ControllerFactory register(Class<T> type, Supplier<? extends T> supplier) {
        if (suppliers.putIfAbsent(type, supplier) != null) {
            throw new IllegalStateException("Controller " + type.getName() + " is al geregistreerd.");
        }
        return this;
    }

    @Override
    public Object call(Class<?> type) {
        Supplier<?> supplier = suppliers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("Geen controller geregistreerd voor " + type.getName()
                    + "; registreer hem in de ControllerFactory.");
        }
        return supplier.get();
    }
}
