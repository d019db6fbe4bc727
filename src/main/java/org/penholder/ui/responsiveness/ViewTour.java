package org.penholder.ui.responsiveness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.skin.VirtualFlow;
import org.fxmisc.richtext.GenericStyledArea;
import org.penholder.history.RevisionService;
import org.penholder.ui.draft.OutlineRow;
import org.penholder.ui.main.MainWindow;
import org.penholder.ui.main.Workspace;

/**
 * Goes through every view of a project as a person would, from a thread of its own: opens the
 * project, scrolls the outline and the draft to the end, reads the sources of paragraphs, opens the
 * inputs library and scrolls it, reads an input, shows the other views (each inner tab too) and
 * scrolls what they list, and compares the oldest revision with the current draft. Scrolling moves
 * a page per frame, a fast flick. It notes how many cells each list built, which tells a
 * virtualised list (a screenful) from one that builds a node per row.
 */
public final class ViewTour {

    /** The most pages a list is scrolled; far more than any project holds at the scale of the design. */
    private static final int MAX_PAGES = 20_000;

    /** How many paragraphs' sources are shown, spread over the draft. */
    private static final int SOURCES_SHOWN = 5;

    private final MainWindow window;
    private final Consumer<String> phase;
    private final long timeoutSeconds;
    private final AtomicLong frames = new AtomicLong();
    private int pagesScrolled;
    private final Map<String, Integer> cellsBuilt = new LinkedHashMap<>();
    private final Map<String, Integer> rowsListed = new LinkedHashMap<>();
    private AnimationTimer frameCounter;

    /**
     * @param phase          told what the tour does next (a stall monitor books its figures to it)
     * @param timeoutSeconds the longest any one step may take before the tour gives up
     */
    public ViewTour(MainWindow window, Consumer<String> phase, long timeoutSeconds) {
        this.window = window;
        this.phase = phase;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Opens the project in the window, goes through every view and closes it. Call off the UI thread. */
    public void run(Path file) throws Exception {
        onUi(() -> {
            frameCounter = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    frames.incrementAndGet();
                }
            };
            frameCounter.start();
            return null;
        });
        try {
            tour(file);
        } finally {
            onUi(() -> {
                frameCounter.stop();
                return null;
            });
        }
    }

    private void tour(Path file) throws Exception {
        phase.accept("open project");
        await(onUi(() -> window.open(file)));
        Workspace ws = window.workspace();
        settle(ws);

        phase.accept("outline: scroll");
        scrollLists("outline", ws.outline());
        phase.accept("editor: scroll");
        scrollText(ws.editor().area());
        phase.accept("sources: select paragraphs");
        List<Integer> paragraphs = onUi(() -> {
            List<Integer> at = new ArrayList<>();
            List<OutlineRow> rows = ws.outline().getItems();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).kind().isParagraph()) {
                    at.add(i);
                }
            }
            return at;
        });
        int shown = Math.min(SOURCES_SHOWN, paragraphs.size());
        for (int k = 0; k < shown; k++) {
            int index = paragraphs.get(k * paragraphs.size() / shown);
            onUi(() -> {
                ws.outline().getSelectionModel().select(index);
                return null;
            });
            settle(ws);
        }
        scrollLists("sources", ws.sources());

        phase.accept("inputs: open");
        onUi(() -> {
            ws.showView(Workspace.INPUTS);
            return null;
        });
        settle(ws);
        waitFor(
                "the inputs library to list the inputs",
                () -> !ws.inputs().viewModel().statusProperty().get().isEmpty());
        settle(ws);
        phase.accept("inputs: scroll library");
        scrollLists("inputs library", ws.inputs().table());
        phase.accept("inputs: reader");
        Long first = onUi(() -> ws.inputs().viewModel().rows().isEmpty()
                ? null
                : ws.inputs().viewModel().rows().get(0).id());
        if (first != null) {
            await(onUi(() -> ws.inputs().open(first, null)));
            settle(ws);
            scrollText(ws.inputs().reader().area());
        }

        for (String name : List.of("Stakeholders", "Lists", "Coverage", "Amendments")) {
            showAndScroll(ws, name);
        }

        phase.accept("compare: run");
        onUi(() -> {
            ws.showView("Compare");
            return null;
        });
        settle(ws);
        var compare = window.history().compareView();
        await(onUi(compare::refreshRevisions));
        settle(ws);
        String oldest = onUi(() -> compareChoices(compare));
        if (oldest != null) {
            await(onUi(() -> compare.compareRevisions(oldest, RevisionService.CURRENT)));
            settle(ws);
            phase.accept("compare: scroll");
            scrollLists("compare", compare.list());
        }

        phase.accept("close project");
        await(onUi(window::closeProject));
    }

    private static String compareChoices(org.penholder.ui.history.CompareView compare) {
        var names = ((javafx.scene.control.ComboBox<?>) compare.lookup("#compare-from")).getItems();
        return names.size() < 2 ? null : names.get(0).toString();
    }

    /** Shows a view, then each of its inner tabs, scrolling every list it shows to the end. */
    private void showAndScroll(Workspace ws, String name) throws Exception {
        phase.accept(name + ": open");
        onUi(() -> {
            ws.showView(name);
            return null;
        });
        settle(ws);
        settle(ws);
        Node content = onUi(() -> tab(name).getContent());
        phase.accept(name + ": scroll");
        List<TabPane> inner = onUi(() -> content instanceof Parent p
                ? p.lookupAll(".tab-pane").stream()
                        .filter(TabPane.class::isInstance)
                        .map(TabPane.class::cast)
                        .toList()
                : List.<TabPane>of());
        scrollLists(name, content);
        for (TabPane pane : inner) {
            int tabs = onUi(() -> pane.getTabs().size());
            for (int t = 1; t < tabs; t++) {
                int index = t;
                String title = onUi(() -> {
                    pane.getSelectionModel().select(index);
                    return pane.getTabs().get(index).getText();
                });
                phase.accept(name + " > " + title + ": open");
                settle(ws);
                settle(ws);
                phase.accept(name + " > " + title + ": scroll");
                scrollLists(name + " > " + title, pane.getTabs().get(index).getContent());
            }
        }
    }

    private Tab tab(String name) {
        TabPane views = (TabPane) window.stage().getScene().lookup("#views");
        return views.getTabs().stream()
                .filter(t -> name.equals(t.getUserData()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the window has no view " + name));
    }

    /** Scrolls every list and table showing under {@code node} (the node itself included) to its end. */
    private void scrollLists(String where, Node node) throws Exception {
        List<VirtualFlow<?>> flows = onUi(() -> {
            List<VirtualFlow<?>> out = new ArrayList<>();
            for (Node n : node.lookupAll(".virtual-flow")) {
                if (n instanceof VirtualFlow<?> f
                        && f.isVisible()
                        && f.getScene() != null
                        && f.getHeight() > 0
                        && showing(f)) {
                    out.add(f);
                }
            }
            return out;
        });
        for (VirtualFlow<?> flow : flows) {
            String key = where + " " + flows.indexOf(flow);
            for (int page = 0; page < MAX_PAGES; page++) {
                double moved = onUi(() -> flow.scrollPixels(Math.max(40, flow.getHeight() * 0.9)));
                pagesScrolled++;
                nextFrame();
                int cells = onUi(() -> cellsOf(flow));
                cellsBuilt.merge(key, cells, Math::max);
                if (moved <= 0) {
                    break;
                }
            }
            rowsListed.put(key, onUi(flow::getCellCount));
        }
    }

    private static boolean showing(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The cells a list has built (rows of a table, items of a list), visible or kept for reuse. */
    private static int cellsOf(VirtualFlow<?> flow) {
        int n = 0;
        for (Node c : flow.lookupAll(".indexed-cell")) {
            if (c instanceof IndexedCell<?>
                    && !(c instanceof javafx.scene.control.TableCell<?, ?>)
                    && nearestFlow(c) == flow) {
                n++;
            }
        }
        return n;
    }

    private static VirtualFlow<?> nearestFlow(Node n) {
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof VirtualFlow<?> f) {
                return f;
            }
        }
        return null;
    }

    /** Scrolls a text area (the draft, the reader) to its end, a page per frame. */
    private void scrollText(GenericStyledArea<?, ?, ?> area) throws Exception {
        double last = -1;
        int still = 0;
        for (int page = 0; page < MAX_PAGES && still < 3; page++) {
            double y = onUi(() -> {
                area.scrollYBy(Math.max(40, area.getHeight() * 0.9));
                return area.getEstimatedScrollY();
            });
            pagesScrolled++;
            nextFrame();
            still = y == last ? still + 1 : 0;
            last = y;
        }
    }

    /**
     * Whether a phase of the tour is scrolling (or reading in a view already shown): what a person
     * does over and over, as opposed to opening the project or showing a view the first time.
     */
    public static boolean isScrolling(String phase) {
        return phase.endsWith(": scroll")
                || phase.equals("sources: select paragraphs")
                || phase.equals("inputs: reader");
    }

    /** The most cells each list built while it was scrolled, by list ("inputs library 0"). */
    public Map<String, Integer> cellsBuilt() {
        return Map.copyOf(cellsBuilt);
    }

    /** How many pages the tour scrolled, each in a frame of its own, lists and text together. */
    public int pagesScrolled() {
        return pagesScrolled;
    }

    /** How many rows each list held. */
    public Map<String, Integer> rowsListed() {
        return Map.copyOf(rowsListed);
    }

    /** Waits until the project's work so far is done, what it sent to the UI thread has run and two frames have passed. */
    private void settle(Workspace ws) throws Exception {
        for (int i = 0; i < 2; i++) {
            ws.session().drained().get(timeoutSeconds, TimeUnit.SECONDS);
            onUi(() -> null);
            nextFrame();
            nextFrame();
        }
    }

    private void nextFrame() throws Exception {
        long now = frames.get();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (frames.get() <= now) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("no frame was drawn for " + timeoutSeconds + " s");
            }
            Thread.sleep(1);
        }
    }

    private void waitFor(String what, Supplier<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (!onUi(condition::get)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("waited " + timeoutSeconds + " s for " + what);
            }
            Thread.sleep(20);
        }
    }

    private void await(CompletableFuture<?> f) throws Exception {
        f.get(timeoutSeconds, TimeUnit.SECONDS);
    }

    private <T> T onUi(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(timeoutSeconds, TimeUnit.SECONDS);
    }
}
