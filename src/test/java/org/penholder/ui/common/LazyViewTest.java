package org.penholder.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A view built when first needed: once, and shown in its tab. */
@ExtendWith(ApplicationExtension.class)
class LazyViewTest {

    private TabPane tabs;
    private Tab first;
    private Tab later;
    private final AtomicInteger built = new AtomicInteger();
    private LazyView<Label> lazy;

    @Start
    void start(Stage stage) {
        tabs = new TabPane();
        first = new Tab("First", new Label("first"));
        later = new Tab("Later", new Pane());
        tabs.getTabs().addAll(first, later);
        lazy = new LazyView<>(later, () -> {
            built.incrementAndGet();
            return new Label("built");
        });
        stage.setScene(new Scene(tabs, 300, 200));
        stage.show();
    }

    @Test
    void selectingTheTabBuildsTheViewOnceAndShowsItAFrameLater() throws Exception {
        Object placeholder = later.getContent();
        boolean inTabAtOnce = WaitForAsyncUtils.asyncFx(() -> {
                    tabs.getSelectionModel().select(later);
                    return later.getContent() != placeholder;
                })
                .get(5, TimeUnit.SECONDS);
        assertFalse(inTabAtOnce, "styling and laying the view out waits for the next turn of the UI thread");
        assertEquals(1, built.get(), "built as the tab is chosen");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(later.getContent() instanceof Label l && l.getText().equals("built"));
        WaitForAsyncUtils.asyncFx(() -> {
                    tabs.getSelectionModel().select(first);
                    tabs.getSelectionModel().select(later);
                })
                .get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, built.get(), "built once");
    }

    @Test
    void aViewAskedForIsInItsTabAtOnce() throws Exception {
        boolean inTab = WaitForAsyncUtils.asyncFx(() -> {
                    tabs.getSelectionModel().select(later);
                    return lazy.get() == later.getContent();
                })
                .get(5, TimeUnit.SECONDS);
        assertTrue(inTab, "another view that asks for it (Open in reader) gets it in place");
        assertEquals(1, built.get());
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(lazy.get(), later.getContent());
    }
}
