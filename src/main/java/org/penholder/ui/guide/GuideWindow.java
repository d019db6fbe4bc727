package org.penholder.ui.guide;

import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.Styles;

/**
 * Help > User Guide: the guide in a window of its own, beside the main window (not modal), with its
 * table of contents and a search at the side. One per application: asked again, it comes to the front.
 */
public final class GuideWindow {

    /** The room left above a heading scrolled to. */
    private static final double TOP_MARGIN = 8;

    private static GuideWindow shown;

    private final Stage stage = new Stage();
    private final ListView<Guide.Section> contents = new ListView<>();
    private final TextField search = new TextField();
    private final ScrollPane scroll = new ScrollPane();
    private final Guide guide;
    private final VBox page;
    private final Map<String, javafx.scene.Node> headings;

    private GuideWindow(Guide guide) {
        this.guide = guide;
        GuideRenderer renderer = new GuideRenderer(guide, this::showSection);
        this.page = renderer.render();
        this.headings = renderer.headings();
        page.setPadding(new Insets(16, 28, 28, 28));
        scroll.setContent(page);
        scroll.setFitToWidth(true);
        scroll.setId("guide-page");
        // images shrink with the window, never grow past the size they were taken at
        for (var image : renderer.images()) {
            image.fitWidthProperty()
                    .bind(javafx.beans.binding.Bindings.createDoubleBinding(
                            () -> Math.min(
                                    image.getImage().getWidth(),
                                    Math.max(200, scroll.getViewportBounds().getWidth() - 60)),
                            scroll.viewportBoundsProperty()));
        }

        contents.setId("guide-contents");
        contents.getItems().setAll(guide.sections());
        contents.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Guide.Section s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.title());
                setPadding(new Insets(3, 6, 3, empty || s == null || s.level() <= 2 ? 6 : 22));
            }
        });
        contents.setPlaceholder(new Label(Messages.get("guide.search.none")));
        contents.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) {
                scrollTo(s.id());
            }
        });
        search.setId("guide-search");
        search.setPromptText(Messages.get("guide.search.prompt"));
        search.textProperty().addListener((o, a, q) -> contents.getItems().setAll(guide.search(q)));
        Label heading = new Label(Messages.get("guide.contents"));
        heading.getStyleClass().add("guide-contents-heading");
        VBox side = new VBox(8, heading, search, contents);
        side.setPadding(new Insets(10));
        VBox.setVgrow(contents, Priority.ALWAYS);

        SplitPane split = new SplitPane(side, scroll);
        split.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(side, false);
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        // wide enough for the screenshots to show at about the size they were taken at
        Scene scene =
                new Scene(split, Math.min(1220, screen.getWidth() * 0.9), Math.min(880, screen.getHeight() * 0.9));
        scene.getStylesheets()
                .addAll(
                        Styles.stylesheet(),
                        GuideWindow.class.getResource("guide.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search::requestFocus);
        stage.setScene(scene);
        stage.setOnShown(e -> contents.requestFocus()); // the search field shows what it is for
        stage.setTitle(Messages.get("guide.title"));
        stage.setOnHidden(e -> shown = null);
    }

    /**
     * Opens the guide, or brings the open one to the front, at the help of {@code view} (the name of
     * the tab in front of the main window; null, or a view without a section, leaves it where it is).
     */
    public static GuideWindow show(javafx.stage.Window from, String view) {
        GuideWindow guide = show(from);
        if (view != null) {
            guide.guide.sectionForView(view).ifPresent(s -> guide.showSection(s.id()));
        }
        return guide;
    }

    /** Opens the guide, or brings the open one to the front. */
    public static GuideWindow show(javafx.stage.Window from) {
        if (shown == null) {
            shown = new GuideWindow(Guide.read());
            if (from instanceof Stage s) {
                shown.stage.getIcons().setAll(s.getIcons());
            }
        }
        shown.stage.show();
        shown.stage.toFront();
        return shown;
    }

    /** The guide's window if it is open. */
    static java.util.Optional<GuideWindow> open() {
        return java.util.Optional.ofNullable(shown);
    }

    /** The guide's window. */
    public Stage stage() {
        return stage;
    }

    /** Scrolls to a section and selects it in the contents; false if the guide has none with this id. */
    public boolean showSection(String id) {
        var section = guide.section(id);
        if (section.isEmpty()) {
            return false;
        }
        if (contents.getItems().contains(section.get())) {
            contents.getSelectionModel().select(section.get()); // scrolls, through the listener
        }
        scrollTo(id);
        return true;
    }

    /** The id of the section whose heading is at the top of the page as scrolled, or of the first. */
    public String sectionAtTop() {
        double top = scroll.getVvalue()
                * Math.max(0, page.getHeight() - scroll.getViewportBounds().getHeight());
        String at = guide.sections().getFirst().id();
        for (Guide.Section s : guide.sections()) {
            javafx.scene.Node h = headings.get(s.id());
            if (h != null && h.getBoundsInParent().getMinY() <= top + TOP_MARGIN + 1) {
                at = s.id();
            }
        }
        return at;
    }

    private void scrollTo(String id) {
        javafx.scene.Node target = headings.get(id);
        if (target == null) {
            return;
        }
        scroll.applyCss();
        scroll.layout();
        Bounds viewport = scroll.getViewportBounds();
        double range = page.getHeight() - viewport.getHeight();
        double y = target.getBoundsInParent().getMinY() - TOP_MARGIN;
        scroll.setVvalue(range <= 0 ? 0 : Math.clamp(y / range, 0, 1));
    }
}
