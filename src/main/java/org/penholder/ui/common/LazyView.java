package org.penholder.ui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A view of the workspace built the first time it is needed: when its tab is selected, or when
 * another view asks for it. Opening a project then costs the draft's view only; the inputs library,
 * coverage figures and the rest are read when someone looks at them.
 *
 * <p>When its tab is selected, the view is built at once and put in the tab a frame later: its
 * construction, then its first styling and layout, each keep the window busy alone rather than
 * together (docs/adr/0105). Asked for by another view, it is built and put in the tab at once.
 */
public final class LazyView<T extends Node> {

    private final Tab tab;
    private final Supplier<T> make;
    private T view;
    private boolean placed;

    public LazyView(Tab tab, Supplier<T> make) {
        this.tab = tab;
        this.make = make;
        tab.selectedProperty().addListener((o, was, now) -> {
            if (now && view == null) {
                view = make.get();
                Platform.runLater(this::place);
            }
        });
    }

    /** The view, built now if it was not yet. Call on the UI thread. */
    public T get() {
        if (view == null) {
            view = make.get();
        }
        place();
        return view;
    }

    private void place() {
        if (!placed) {
            placed = true;
            tab.setContent(view);
        }
    }

    /** Runs an action on the view if it has been built (views not built yet have nothing to refresh). */
    public void ifBuilt(Consumer<T> action) {
        if (view != null) {
            action.accept(view);
        }
    }

    public Tab tab() {
        return tab;
    }
}
