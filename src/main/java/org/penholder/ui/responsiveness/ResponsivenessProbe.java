package org.penholder.ui.responsiveness;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.penholder.settings.UserSettings;
import org.penholder.ui.common.InterfaceLanguage;
import org.penholder.ui.common.Themes;
import org.penholder.ui.dialogs.FxDialogService;
import org.penholder.ui.main.MainWindow;

/**
 * Run in a fresh JVM by {@code penholder bench} (JavaFX's headless platform): shows the main
 * window as the application does, then takes the {@link ViewTour} through a project while a
 * {@link StallMonitor} measures how long the UI thread is kept busy. Prints one line of
 * {@code key=value} figures: the heartbeats' lateness while lists and text scroll (median, 95th and
 * 99th percentile, longest, and where, and the UI thread's processor time per page scrolled), the longest stall while the project opens or a view first
 * shows (and where, and the UI thread's processor time during it), and how many times the UI thread read or wrote the project file. With {@code -Dpenholder.probe.trace=true} it also prints the UI thread's stack during stalls
 * to standard error.
 */
public final class ResponsivenessProbe {

    private static final long STEP_TIMEOUT_S = 180;

    private ResponsivenessProbe() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);
        int status = 0;
        try (FileAccessWatch watch = FileAccessWatch.start();
                StallMonitor monitor = new StallMonitor()) {
            CompletableFuture<MainWindow> shown = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    UserSettings settings = UserSettings.load();
                    InterfaceLanguage.start(settings.language());
                    Themes.apply(settings.theme());
                    Stage stage = new Stage();
                    MainWindow window = new MainWindow(stage, settings, new FxDialogService(stage));
                    window.setOnQuit(() -> {});
                    stage.show();
                    shown.complete(window);
                } catch (Throwable e) {
                    shown.completeExceptionally(e);
                }
            });
            MainWindow window = shown.get(60, TimeUnit.SECONDS);
            monitor.start(Boolean.getBoolean("penholder.probe.trace") ? System.err::println : null);
            ViewTour tour = new ViewTour(window, monitor::phase, STEP_TIMEOUT_S);
            tour.run(file);
            monitor.phase("done");
            StallMonitor.Stalls s = monitor.stalls();
            StallMonitor.Stalls scrolling = monitor.stalls(ViewTour::isScrolling);
            StallMonitor.Stalls opening = monitor.stalls(phase -> !ViewTour.isScrolling(phase));
            System.out.println(String.format(
                    Locale.ROOT,
                    "scroll.p50=%.1f scroll.p95=%.1f scroll.p99=%.1f scroll.max=%.1f "
                            + "scroll.worst=%s scroll.cpu=%.2f open.max=%.1f open.cpu=%.1f open.worst=%s beats=%d fileAccesses=%d",
                    scrolling.percentile(50),
                    scrolling.percentile(95),
                    scrolling.percentile(99),
                    scrolling.longest(),
                    scrolling.worstPhase().replace(' ', '_'),
                    monitor.cpuMs(ViewTour::isScrolling) / Math.max(1, tour.pagesScrolled()),
                    opening.longest(),
                    opening.longestCpuMs(),
                    opening.worstPhase().replace(' ', '_'),
                    s.sortedMs().length,
                    watch.onUiThread().size()));
            System.out.flush();
            s.worstByPhase()
                    .forEach((phase, ms) -> System.err.println(String.format(
                            Locale.ROOT,
                            "%8.1f ms  %s (UI thread's processor %.1f ms)",
                            ms,
                            phase,
                            s.cpuOfWorstByPhase().get(phase))));
            tour.cellsBuilt()
                    .forEach((list, cells) -> System.err.println(
                            "cells " + cells + " for " + tour.rowsListed().getOrDefault(list, -1) + " rows: " + list));
            System.err.print(watch.describe());
        } catch (Throwable e) {
            System.out.println("failed: " + e);
            e.printStackTrace();
            status = 1;
        }
        Platform.exit();
        System.exit(status);
    }
}
