package nl.werkmap.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads an {@link FxmlView} with the app's bundle and controller factory. */
public final class ViewLoader {

    private final Messages messages;
    private final ControllerFactory controllers;

    public ViewLoader(Messages messages) {
        this(messages, new ControllerFactory());
    }

    public ViewLoader(Messages messages, ControllerFactory controllers) {
        this.messages = messages;
        this.controllers = controllers;
    }

    /** A loaded view: its root node and the controller the factory made for it. */
    public record Loaded<C>(Parent root, C controller) {
    }

    public <C> Loaded<C> load(FxmlView view) {
        return loadWith(view, controllers);
    }

    /** Loads with the given controller, for screens that exist more than once with different view models. */
    public <C> Loaded<C> load(FxmlView view, C controller) {
        ControllerFactory single = new ControllerFactory().register(controllerClass(controller), () -> controller);
        return loadWith(view, single);
    }

    @SuppressWarnings("unchecked")
    private static <C> Class<C> controllerClass(C controller) {
        return (Class<C>) controller.getClass();
    }

    private <C> Loaded<C> loadWith(FxmlView view, ControllerFactory factory) {
        FXMLLoader loader = new FXMLLoader(view.url(), messages.bundle());
        loader.setControllerFactory(factory);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Scherm " + view + " kon niet laden", e);
        }
    }
}
