package org.penholder.ui.responsiveness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Measures how long the UI thread is kept from running: every frame interval (16 ms) a timer thread
 * posts a heartbeat to the UI thread, which notes how late it ran. A heartbeat runs late exactly
 * while the UI thread is busy (event handling, layout, rendering), so the latest one is the
 * longest time the window could not draw or answer a key. Each heartbeat is booked to the phase
 * named at the time (which view was being shown or scrolled). With each heartbeat it notes the
 * processor time the UI thread used while the heartbeat waited: on a machine shared with other
 * work the wait grows with the load, the processor time much less.
 */
public final class StallMonitor implements AutoCloseable {

    /** A frame's interval at 60 Hz. */
    static final long PERIOD_MS = 16;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stall-monitor");
        t.setDaemon(true);
        return t;
    });
    private final Object lock = new Object();
    private final List<Beat> beats = new ArrayList<>();
    private volatile String phase = "start";
    /** The UI thread's processor time by phase, booked when the phase changes. */
    private final Map<String, Long> cpuByPhase = new LinkedHashMap<>();

    private long cpuAtPhase = -1;
    private volatile long oldestPending = Long.MAX_VALUE;
    private volatile Thread uiThread;
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    private volatile Consumer<String> onLate;
    private final long started = System.nanoTime();

    /** Starts posting heartbeats; with {@code onStall} non-null, also reports the UI thread's stack during long stalls. */
    public StallMonitor start(Consumer<String> onStall) {
        timer.scheduleAtFixedRate(this::beat, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
        onLate = onStall;
        if (onStall != null) {
            timer.scheduleAtFixedRate(() -> traceStall(onStall), 50, 100, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** Names what happens from now on, for the report of where the time went. */
    public void phase(String name) {
        long now = uiCpuNanos();
        synchronized (lock) {
            if (now >= 0 && cpuAtPhase >= 0) {
                cpuByPhase.merge(phase, now - cpuAtPhase, Long::sum);
            }
            cpuAtPhase = now;
            phase = name;
        }
    }

    /**
     * The processor time the UI thread used in the phases named, in milliseconds, from the first
     * phase named after its first heartbeat to the last phase change: what the work cost, which the
     * machine's other load changes far less than how late heartbeats ran.
     */
    public double cpuMs(java.util.function.Predicate<String> phases) {
        synchronized (lock) {
            return cpuByPhase.entrySet().stream()
                            .filter(e -> phases.test(e.getKey()))
                            .mapToLong(Map.Entry::getValue)
                            .sum()
                    / 1e6;
        }
    }

    private void beat() {
        long posted = System.nanoTime();
        long cpuPosted = uiCpuNanos();
        String during = phase;
        if (oldestPending == Long.MAX_VALUE) {
            oldestPending = posted;
        }
        Platform.runLater(() -> {
            uiThread = Thread.currentThread();
            oldestPending = Long.MAX_VALUE;
            double late = (System.nanoTime() - posted) / 1e6;
            double cpu = cpuPosted < 0 ? Double.NaN : (uiCpuNanos() - cpuPosted) / 1e6;
            if (late > 150 && onLate != null) {
                onLate.accept(String.format(
                        java.util.Locale.ROOT, "late %.0f ms at %.1f s in %s", late, (posted - started) / 1e9, during));
            }
            synchronized (lock) {
                beats.add(new Beat(during, late, cpu));
            }
        });
    }

    /** The processor time the UI thread has used so far, or -1 before it is known. */
    private long uiCpuNanos() {
        Thread ui = uiThread;
        return ui == null ? -1 : threads.getThreadCpuTime(ui.threadId());
    }

    private void traceStall(Consumer<String> onStall) {
        long since = oldestPending;
        Thread ui = uiThread;
        if (ui == null || since == Long.MAX_VALUE || System.nanoTime() - since < 60_000_000L) {
            return;
        }
        StringBuilder b = new StringBuilder(
                "UI thread busy " + (System.nanoTime() - since) / 1_000_000 + " ms in " + phase + ":");
        StackTraceElement[] stack = ui.getStackTrace();
        for (StackTraceElement e : stack) {
            b.append("\n    at ").append(e);
        }
        if (stack.length > 0
                && stack[0].getMethodName().equals("park")
                && Boolean.getBoolean("penholder.probe.traceRenderer")) {
            // waiting for the renderer to finish the previous frame: what is it drawing?
            Thread.getAllStackTraces().forEach((t, frames) -> {
                if (t.getName().startsWith("QuantumRenderer")) {
                    b.append("\n  renderer:");
                    for (int i = 0; i < Math.min(40, frames.length); i++) {
                        b.append("\n    at ").append(frames[i]);
                    }
                }
            });
        }
        onStall.accept(b.toString());
    }

    /** What was measured so far. */
    public Stalls stalls() {
        return stalls(phase -> true);
    }

    /** What was measured so far in the phases named. */
    public Stalls stalls(java.util.function.Predicate<String> phases) {
        synchronized (lock) {
            Map<String, Double> worst = new LinkedHashMap<>();
            Map<String, Double> worstCpu = new LinkedHashMap<>();
            List<Double> late = new ArrayList<>();
            Beat longest = null;
            for (Beat b : beats) {
                if (phases.test(b.phase())) {
                    late.add(b.lateMs());
                    if (b.lateMs() >= worst.getOrDefault(b.phase(), -1.0)) {
                        worst.put(b.phase(), b.lateMs());
                        worstCpu.put(b.phase(), b.cpuMs());
                    }
                    if (longest == null || b.lateMs() > longest.lateMs()) {
                        longest = b;
                    }
                }
            }
            double[] all = late.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(all);
            return new Stalls(all, worst, worstCpu, longest == null ? Double.NaN : longest.cpuMs());
        }
    }

    private record Beat(String phase, double lateMs, double cpuMs) {}

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /**
     * The lateness of every heartbeat, sorted, and the worst in each phase.
     *
     * @param sortedMs how late each heartbeat ran, in milliseconds, ascending
     * @param cpuOfWorstByPhase the UI thread's processor time during each phase's longest stall
     * @param longestCpuMs the processor time the UI thread used during the longest stall
     */
    // never compared or hashed: a result to read, so the array's identity equals does not matter
    @SuppressWarnings("ArrayRecordComponent")
    public record Stalls(
            double[] sortedMs,
            Map<String, Double> worstByPhase,
            Map<String, Double> cpuOfWorstByPhase,
            double longestCpuMs) {

        /** The longest time the UI thread could not run a heartbeat. */
        public double longest() {
            return sortedMs.length == 0 ? Double.NaN : sortedMs[sortedMs.length - 1];
        }

        /** The lateness below which {@code p} percent of heartbeats ran. */
        public double percentile(int p) {
            if (sortedMs.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * sortedMs.length) - 1;
            return sortedMs[Math.max(0, Math.min(sortedMs.length - 1, rank))];
        }

        /** How many heartbeats ran later than {@code ms}. */
        public long laterThan(double ms) {
            return Arrays.stream(sortedMs).filter(v -> v > ms).count();
        }

        /** The phase of the longest stall. */
        public String worstPhase() {
            return worstByPhase.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse("");
        }
    }
}
