package org.penholder.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.penholder.coverage.CoverageScope;
import org.penholder.coverage.CoverageService;
import org.penholder.docx.DocxExporter;
import org.penholder.docx.ExportOptions;
import org.penholder.docx.PlainDocx;
import org.penholder.docx.Progress;
import org.penholder.ingest.ImportDetails;
import org.penholder.model.Author;
import org.penholder.model.InputFilter;
import org.penholder.model.Paragraph;
import org.penholder.model.SearchQuery;
import org.penholder.project.Project;

/**
 * {@code penholder bench}: measures what Penholder promises on a generated project (median and 95th
 * percentile after warm-up), each figure against its target. Targets are those of a 2-core laptop.
 */
public final class Benchmark {

    /** Bumped whenever the generator's output changes, so a cached project is not reused wrongly. */
    static final String GENERATOR_VERSION = "2";

    private static final String GENERATOR_KEY = "bench_generator";
    private static final Author AUTHOR = new Author("Benchmark", "Co-facilitators");

    private final Path workDir;
    private final Consumer<String> log;

    public Benchmark(Path workDir, Consumer<String> log) {
        this.workDir = workDir;
        this.log = log;
    }

    /** Runs every measurement at a scale; the generated project is kept in the work folder for next time. */
    public List<Measurement> run(double scale, long seed) throws Exception {
        Path project = generated(scale, seed);
        Path work = workDir.resolve("bench-work.penholder");
        Files.copy(project, work, StandardCopyOption.REPLACE_EXISTING);
        try {
            List<Measurement> out = new ArrayList<>();
            out.add(open(work));
            out.add(heapAfterOpen(work));
            out.addAll(search(work));
            out.add(suggestions(work));
            out.add(compare(work));
            out.add(editingBurst(work));
            out.addAll(BackupBench.run(work, workDir, log));
            out.add(importFiles(work, seed));
            out.addAll(coverage(work));
            out.addAll(wordExport(work));
            out.addAll(WordFilesBench.run(work, workDir, scale, log));
            out.addAll(new AgreedBench(log).run(work, scale, seed));
            out.addAll(new MergeBench(workDir, log).measure(work, seed));
            out.add(appStart(work));
            out.addAll(uiResponsiveness(work));
            return out;
        } finally {
            Files.deleteIfExists(work);
        }
    }

    /** The generated project for this scale and seed, written once and reused. */
    Path generated(double scale, long seed) throws IOException {
        Files.createDirectories(workDir);
        Path file = workDir.resolve(fileName(scale, seed));
        if (Files.exists(file)) {
            try (Project p = Project.open(file, Project.Access.READ)) {
                if (GENERATOR_VERSION.equals(p.meta().get(GENERATOR_KEY).orElse(""))) {
                    log.accept("reusing " + file);
                    return file;
                }
            } catch (RuntimeException e) {
                log.accept("cannot reuse " + file + " (" + e.getMessage() + "); writing it again");
            }
            Files.delete(file);
        }
        log.accept("generating " + file + " at scale " + scale);
        Path temp = workDir.resolve("generating.penholder");
        Files.deleteIfExists(temp);
        try (Project p = new ProjectGenerator(ProjectGenerator.Plan.atScale(scale), seed, s -> log.accept("  " + s))
                .generate(temp)) {
            p.meta().put(GENERATOR_KEY, GENERATOR_VERSION);
        }
        Files.move(temp, file);
        return file;
    }

    /** The generated project's file name, by its exact scale: 0.02 and 0.04 are different projects. */
    static String fileName(double scale, long seed) {
        return "bench-"
                + java.math.BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString() + "-" + seed + ".penholder";
    }

    /** Open the project to a draft ready to show: the file, the draft, the source counts. */
    private Measurement open(Path file) throws Exception {
        log.accept("open");
        return Measurement.times(
                "open project to draft",
                sample(3, 15, () -> {
                    try (Project p = Project.open(file, Project.Access.WRITE)) {
                        p.database().read(() -> {
                            p.drafts().load();
                            p.links().countsByParagraph();
                            return null;
                        });
                    }
                    return null;
                }),
                1000);
    }

    /** Heap in use once a fresh JVM has opened the project as the window would. */
    private Measurement heapAfterOpen(Path file) throws Exception {
        log.accept("heap after open");
        String line = child(OpenProbe.class.getName(), file.toString());
        double mb = Double.parseDouble(line.strip());
        return Measurement.figure("heap after open", mb, "MB", 300, true, "fresh JVM, after GC");
    }

    private static final List<String> WORDS = List.of(
            "connectivity",
            "governance",
            "gender",
            "financing",
            "rights",
            "accountability",
            "infrastructure",
            "literacy",
            "sustainability",
            "multilingual",
            "interoperability",
            "innovation",
            "participation",
            "indicators",
            "youth",
            "disabilities",
            "journalists",
            "cooperation");
    private static final List<String> PREFIXES =
            List.of("gov*", "connect*", "digit*", "financ*", "sustain*", "particip*", "inclus*", "commun*");
    private static final List<String> PHRASES = List.of(
            "\"digital divide\"",
            "\"human rights\"",
            "\"capacity building\"",
            "\"data flows\"",
            "\"Internet Governance Forum\"",
            "\"digital public\"");
    private static final List<String> CHINESE = List.of("数字", "互联网治理", "人权", "基础设施", "数字鸿沟", "可持续");

    /** Full-text search as the library runs it: ranked hits with snippets, the first 50. */
    private List<Measurement> search(Path file) throws Exception {
        log.accept("search");
        try (Project p = Project.open(file, Project.Access.READ)) {
            List<Measurement> out = new ArrayList<>();
            out.add(searchRow(p, "search: a word", WORDS));
            out.add(searchRow(p, "search: a prefix", PREFIXES));
            out.add(searchRow(p, "search: a phrase", PHRASES));
            out.add(searchRow(p, "search: Chinese", CHINESE));
            return out;
        }
    }

    private static Measurement searchRow(Project p, String name, List<String> queries) throws Exception {
        int[] i = {0};
        double[] samples = sample(20, 200, () -> {
            var hits =
                    p.inputIndex().search(SearchQuery.parse(queries.get(i[0]++ % queries.size())), InputFilter.ALL, 50);
            if (hits.isEmpty()) {
                throw new IllegalStateException(
                        name + " found nothing for " + queries.get((i[0] - 1) % queries.size()));
            }
            return hits;
        });
        return Measurement.timesP95(name, samples, 25);
    }

    /** Suggested sources for a paragraph: the inputs that best match its text, not yet linked. */
    private Measurement suggestions(Path file) throws Exception {
        log.accept("suggestions");
        try (Project p = Project.open(file, Project.Access.READ)) {
            List<Paragraph> paragraphs = p.draftService().draft().paragraphsInOrder();
            int[] i = {0};
            return Measurement.times(
                    "suggested sources",
                    sample(
                            5,
                            40,
                            () -> p.sourceSuggestions()
                                    .suggest(
                                            paragraphs
                                                    .get(i[0]++ % paragraphs.size())
                                                    .id(),
                                            10)),
                    100);
        }
    }

    /**
     * Compare as the window runs it: the oldest revision against the newest, both read from the
     * project, paragraphs aligned (moves, splits, merges) and every changed paragraph diffed by word.
     */
    private Measurement compare(Path file) throws Exception {
        log.accept("compare");
        try (Project p = Project.open(file, Project.Access.READ)) {
            List<String> names = p.revisionNames();
            String oldest = names.get(0);
            String newest = names.get(names.size() - 1);
            int[] size = {0};
            double[] samples = sample(3, 20, () -> {
                var comparison = p.revisionService().compare(oldest, newest);
                size[0] = comparison.changes().size();
                return comparison;
            });
            return Measurement.times("compare two revisions", samples, 100)
                    .withNote(oldest + " with " + newest + ", " + size[0] + " paragraphs");
        }
    }

    /** Import of 1,000 stakeholder files, half .docx and half .txt, each in its own transaction. */
    private Measurement importFiles(Path file, long seed) throws Exception {
        log.accept("import");
        Path folder = workDir.resolve("import-" + seed);
        if (!Files.isDirectory(folder) || countFiles(folder) != IMPORT_FILES) {
            writeImportFiles(folder, seed);
        }
        try (Project p = Project.open(file, Project.Access.WRITE)) {
            List<Path> files;
            try (var list = Files.list(folder)) {
                files = list.sorted().toList();
            }
            long t0 = System.nanoTime();
            var report = p.inputImporter().importFiles(files, ImportDetails.NONE);
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (report.imported().size() < IMPORT_FILES * 0.9) {
                throw new IllegalStateException(
                        "the import took in only " + report.imported().size() + " of " + IMPORT_FILES);
            }
            return Measurement.figure(
                    "import .docx and .txt inputs",
                    IMPORT_FILES / seconds,
                    "files/s",
                    50,
                    false,
                    IMPORT_FILES + " files in " + String.format(java.util.Locale.ROOT, "%.1f s", seconds));
        }
    }

    private static final int IMPORT_FILES = 1_000;

    private static long countFiles(Path folder) throws IOException {
        try (var list = Files.list(folder)) {
            return list.count();
        }
    }

    private void writeImportFiles(Path folder, long seed) throws IOException {
        Files.createDirectories(folder);
        try (var old = Files.list(folder)) {
            for (Path f : old.toList()) {
                Files.delete(f);
            }
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed + 1);
        TextModel english = TextModel.of("en", ProjectGenerator.englishSample());
        for (int i = 0; i < IMPORT_FILES; i++) {
            List<String> paragraphs = new ArrayList<>();
            for (int k = 0; k < 6; k++) {
                paragraphs.add(english.text(40 + random.nextInt(120), random));
            }
            if (i % 2 == 0) {
                PlainDocx.write(folder.resolve(String.format("submission-%04d.docx", i)), paragraphs);
            } else {
                Files.writeString(
                        folder.resolve(String.format("submission-%04d.txt", i)), String.join("\n\n", paragraphs));
            }
        }
    }

    /** One editing burst (typing held 300 ms) written: a paragraph's text and its amendment, one transaction. */
    private Measurement editingBurst(Path file) throws Exception {
        log.accept("editing burst");
        try (Project p = Project.open(file, Project.Access.WRITE)) {
            List<Paragraph> paragraphs = p.draftService().draft().paragraphsInOrder();
            int[] i = {0};
            double[] samples = sample(50, 400, () -> {
                Paragraph target = paragraphs.get(i[0]++ % paragraphs.size());
                p.draftService().typeText(target.id(), target.text() + " " + i[0], AUTHOR);
                return null;
            });
            return Measurement.timesP99("persist one editing burst", samples, 5);
        }
    }

    /** Coverage of the working draft and of the latest revision: uptake, unreflected inputs, every paragraph's balance. */
    private List<Measurement> coverage(Path file) throws Exception {
        log.accept("coverage");
        try (Project p = Project.open(file, Project.Access.READ)) {
            CoverageService coverage = p.coverage();
            CoverageScope latest = coverage.scopes().get(1); // the newest revision
            return List.of(
                    Measurement.times(
                            "coverage of the working draft",
                            sample(3, 15, () -> coverage.compute(CoverageScope.workingDraft())),
                            200),
                    Measurement.times("coverage of a revision", sample(3, 15, () -> coverage.compute(latest)), 200));
        }
    }

    /**
     * Word files written from the whole draft: the clean text of the current draft, and the redline
     * from the Zero draft to it (every change of the generated history, as tracked changes); each
     * read from the project, written and saved.
     */
    private List<Measurement> wordExport(Path file) throws Exception {
        log.accept("word export");
        Path out = workDir.resolve("bench-export.docx");
        try (Project p = Project.open(file, Project.Access.READ)) {
            DocxExporter exporter = p.docxExporter();
            ExportOptions redline = ExportOptions.redline(p.revisionNames().get(0), null);
            return List.of(
                    Measurement.times(
                            "clean export (.docx)",
                            sample(2, 7, () -> exporter.export(ExportOptions.clean(), out, true, Progress.NONE)),
                            1000),
                    Measurement.times(
                            "redline (.docx)",
                            sample(2, 7, () -> exporter.export(redline, out, true, Progress.NONE)),
                            2000));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /**
     * From starting the application to its main window showing the draft (headless glass): a fresh
     * JVM started as README's command starts it, timed until it says the draft is laid out on screen
     * (not until it has closed again).
     */
    private Measurement appStart(Path file) throws Exception {
        log.accept("app start");
        double[] samples = new double[3];
        for (int i = 0; i < samples.length; i++) {
            long t0 = System.nanoTime();
            Process p = childApp(file);
            String line = untilShown(p);
            samples[i] = (System.nanoTime() - t0) / 1e6;
            waitForExit(p);
            if (!line.startsWith("shown")) {
                throw new IllegalStateException("the application did not show its window: " + line);
            }
        }
        return Measurement.times("app start to main window", samples, 3000);
    }

    /**
     * The window kept responsive: a fresh JVM shows the main window (headless glass, software
     * rendering), opens the project and goes through every view, scrolling the outline, the draft,
     * the inputs library, the reader, the other views' lists and a compare of the oldest revision
     * with the current draft to the end, a page per frame. A heartbeat posted to the UI thread every
     * 16 ms measures how late it runs: as late as the UI thread was busy, unable to draw or answer
     * a key. Scrolling is judged on the 99th percentile against 100 ms, where a pause starts to be
     * noticed; opening the project or a view the first time (classes loaded, styles applied, views
     * built in a fresh JVM) on its longest stall against 1 s, the limit for keeping one's train of
     * thought. Software rendering makes every frame dearer than on a graphics card (headless glass
     * copies each frame pixel by pixel), so the figures are upper bounds.
     */
    private List<Measurement> uiResponsiveness(Path file) throws Exception {
        log.accept("UI responsiveness");
        Path config = workDir.resolve("ui-config");
        List<String> cmd = List.of(
                java(),
                "--enable-native-access=ALL-UNNAMED",
                "-Dglass.platform=Headless",
                "-Dprism.order=sw",
                "-Dpenholder.config.dir=" + config,
                "-cp",
                System.getProperty("java.class.path"),
                UI_PROBE,
                file.toString());
        Process p = new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String line;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            line = r.readLine();
            if (!p.waitFor(UI_PROBE_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("the window's tour did not finish in " + UI_PROBE_MINUTES + " minutes");
            }
        }
        java.util.Map<String, String> f = new java.util.HashMap<>();
        for (String pair : line == null ? new String[0] : line.strip().split(" ")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                f.put(pair.substring(0, eq), pair.substring(eq + 1).replace('_', ' '));
            }
        }
        if (!f.keySet()
                .containsAll(
                        List.of("scroll.p50", "scroll.p95", "scroll.p99", "scroll.max", "open.max", "fileAccesses"))) {
            throw new IllegalStateException("the window's tour failed: " + line);
        }
        double scrollMax = Double.parseDouble(f.get("scroll.max"));
        return List.of(
                new Measurement(
                        "UI thread late while scrolling",
                        Double.parseDouble(f.get("scroll.p50")),
                        Double.parseDouble(f.get("scroll.p95")),
                        Double.parseDouble(f.get("scroll.p99")),
                        "ms",
                        100,
                        "p99 < 100 ms",
                        true,
                        false,
                        true,
                        "heartbeats every 16 ms; longest " + Measurement.fmt(scrollMax) + " ms ("
                                + f.get("scroll.worst") + "); the UI thread's processor "
                                + f.getOrDefault("scroll.cpu", "?") + " ms a page"),
                Measurement.figure(
                        "longest UI stall opening a view",
                        Double.parseDouble(f.get("open.max")),
                        "ms",
                        1000,
                        true,
                        "the project, each view's first showing, the compare; longest in " + f.get("open.worst")
                                + ", the UI thread's processor " + f.getOrDefault("open.cpu", "?") + " ms of it"),
                Measurement.figure(
                        "project file reads on the UI thread",
                        Double.parseDouble(f.get("fileAccesses")),
                        "reads",
                        1,
                        true,
                        "every read and write of the project during the same tour"));
    }

    private static final String UI_PROBE = "org.penholder.ui.responsiveness.ResponsivenessProbe";
    private static final int UI_PROBE_MINUTES = 15;

    static double[] sample(int warmup, int runs, Callable<?> work) throws Exception {
        for (int i = 0; i < warmup; i++) {
            work.call();
        }
        double[] out = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.call();
            out[i] = (System.nanoTime() - t0) / 1e6;
        }
        return out;
    }

    private String child(String mainClass, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                java(), "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        return firstLine(new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start());
    }

    /**
     * The window on a project, started like {@code java -XX:AOTCache=target/penholder.aot -jar target/penholder.jar}
     * (README): the start-up cache beside the jar when the build wrote one.
     */
    private Process childApp(Path file) throws Exception {
        Path config = workDir.resolve("app-config");
        List<String> cmd = new ArrayList<>(List.of(java()));
        Path jar = Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0])
                .toAbsolutePath();
        boolean fromJar = isApplicationJar(jar);
        Path cache = jar.resolveSibling(AOT_CACHE);
        if (fromJar && Files.isRegularFile(cache)) {
            cmd.add("-XX:AOTCache=" + cache);
        }
        cmd.addAll(List.of(
                "-Dglass.platform=Headless",
                "-Dprism.order=sw",
                "-Dpenholder.startup.probe=true",
                "-Dpenholder.config.dir=" + config));
        if (fromJar) {
            cmd.addAll(List.of("-jar", jar.toString()));
        } else { // from classes (tests, an IDE)
            cmd.addAll(List.of(
                    "--enable-native-access=ALL-UNNAMED",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "org.penholder.Main"));
        }
        cmd.add(file.toString());
        return new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** True when this JVM runs from Penholder's own jar (not from classes or a test runner's jar). */
    private static boolean isApplicationJar(Path jar) {
        if (!jar.toString().endsWith(".jar") || !Files.isRegularFile(jar)) {
            return false;
        }
        try (java.util.jar.JarFile j = new java.util.jar.JarFile(jar.toFile())) {
            var manifest = j.getManifest();
            return manifest != null
                    && "org.penholder.Main"
                            .equals(manifest.getMainAttributes().getValue(java.util.jar.Attributes.Name.MAIN_CLASS));
        } catch (IOException e) {
            return false;
        }
    }

    /** The start-up cache the build writes beside the jar (pom.xml, aot-training). */
    static final String AOT_CACHE = "penholder.aot";

    private static String untilShown(Process p) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = r.readLine();
        return line == null ? "" : line;
    }

    private static void waitForExit(Process p) throws Exception {
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("a measuring process did not finish in 60 s");
        }
    }

    private static String firstLine(Process p) throws Exception {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = r.readLine();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("a measuring process did not finish in 60 s");
            }
            return line == null ? "" : line;
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
