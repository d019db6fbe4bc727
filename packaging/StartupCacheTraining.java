import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Writes the start-up cache of an application folder built by jpackage, with the folder's own
 * launcher (docs/adr/0041): a cache belongs to the runtime that wrote it, and the folder's runtime is
 * jlink's, not the JDK's. The launcher takes no JVM options, so they go in JAVA_TOOL_OPTIONS: a
 * training run (the sample opened in a window on JavaFX's headless platform, quitting once the draft
 * shows), then the cache assembled from what it recorded (two steps: the runtime has no bin/java for
 * JDK 25's one-step -XX:AOTCacheOutput to start). Last, the launcher's configuration is told to use
 * the cache; it cannot say so before, since a recording JVM refuses -XX:AOTCache.
 *
 * <p>Run by the installer build with the JDK 25 toolchain's java as a source file:
 * {@code java StartupCacheTraining.java LAUNCHER CFG WORK}.
 */
public final class StartupCacheTraining {

    /** The cache's file name beside the launcher's configuration ($APPDIR). */
    static final String CACHE = "penholder.aot";

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: StartupCacheTraining LAUNCHER CFG WORK");
        }
        Path launcher = Path.of(args[0]).toAbsolutePath();
        Path cfg = Path.of(args[1]).toAbsolutePath();
        Path work = Path.of(args[2]).toAbsolutePath();
        Path cache = cfg.resolveSibling(CACHE);
        Path recorded = work.resolve("penholder.aotconf");
        Files.createDirectories(work);
        Files.deleteIfExists(cache);
        Files.deleteIfExists(recorded);

        run(launcher, "-XX:AOTMode=record -XX:AOTConfiguration=" + recorded
                + " -Dglass.platform=Headless -Dprism.order=sw -Dpenholder.startup.probe=true"
                + " -Dpenholder.start=sample -Dpenholder.config.dir=" + work.resolve("config"));
        run(launcher, "-XX:AOTMode=create -XX:AOTConfiguration=" + recorded + " -XX:AOTCache=" + cache);
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("the launcher wrote no start-up cache at " + cache);
        }

        String option = "java-options=-XX:AOTCache=$APPDIR/" + CACHE;
        List<String> lines = Files.readAllLines(cfg, StandardCharsets.UTF_8);
        if (!lines.contains(option)) {
            if (!lines.contains("[JavaOptions]")) {
                Files.writeString(cfg, System.lineSeparator() + "[JavaOptions]" + System.lineSeparator(),
                        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            } else if (!lines.getLast().equals("[JavaOptions]") && !lines.getLast().startsWith("java-options=")) {
                throw new IllegalStateException(cfg + " does not end with its [JavaOptions]: cannot add the cache");
            }
            Files.writeString(cfg, option + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        System.out.printf("Start-up cache: %s (%d MB)%n", cache, Files.size(cache) >> 20);
    }

    private static void run(Path launcher, String options) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(launcher.toString()).inheritIO();
        Map<String, String> env = pb.environment();
        env.put("JAVA_TOOL_OPTIONS", options);
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(launcher + " did not finish in 180 s with " + options);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(launcher + " exited " + p.exitValue() + " with " + options);
        }
    }
}
