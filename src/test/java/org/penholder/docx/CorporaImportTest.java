package org.penholder.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.Author;
import org.penholder.project.Project;

/**
 * Every real Word file of the shared corpora goes through import-draft: it is read (and stored as
 * a revision) or refused with a clear reason, within a time limit; none crashes. Files whose
 * tracked changes the corpora also hold accepted or rejected are read into the same text.
 */
class CorporaImportTest {

    private static final Duration PER_FILE = Duration.ofSeconds(10);
    private static List<Path> files;

    @BeforeAll
    static void corpora() throws IOException {
        Path root = TestFiles.corpora();
        assumeTrue(
                Files.isDirectory(root),
                "the shared corpora are not at " + root.toAbsolutePath()
                        + " (set -Dpenholder.corpora); skipping the robustness tests on real Word files");
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p ->
                            p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx"))
                    .sorted()
                    .toList();
        }
        assumeTrue(!files.isEmpty(), "no .docx files under " + root);
    }

    @Test
    void everyFileIsReadOrRefusedWithAReasonInTime(@TempDir Path dir) {
        DraftDocxReader reader = new DraftDocxReader(DocxLimits.DEFAULT.withTimeLimit(PER_FILE));
        List<String> problems = new ArrayList<>();
        int read = 0;
        try (Project project = Project.create(dir.resolve("corpora.penholder"), "Corpora", null)) {
            for (Path f : files) {
                long start = System.nanoTime();
                try {
                    ImportedDraft d = reader.read(f, Progress.NONE);
                    project.draftImport().importAsRevision(d, "File " + (++read), new Author("Test", ""));
                } catch (DocxException e) {
                    String m = e.getMessage();
                    if (!m.startsWith(f + ": ") || m.length() < f.toString().length() + 10) {
                        problems.add(f + ": refused without a clear reason: " + m);
                    }
                } catch (RuntimeException e) {
                    problems.add(f + ": crashed: " + e);
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (ms > PER_FILE.toMillis()) {
                    problems.add(f + ": took " + ms + " ms");
                }
            }
            assertEquals(read, project.revisions().count());
        }
        assertEquals(List.of(), problems);
        assertTrue(read > files.size() / 2, "most real files are read: " + read + " of " + files.size());
    }

    /** Files with tracked changes, each with its copy where every change was accepted (or rejected). */
    private static List<Path[]> pairs(String suffix) {
        List<Path[]> pairs = new ArrayList<>();
        for (Path resolved : files) {
            String name = resolved.getFileName().toString();
            Path tracked = resolved.resolveSibling(name.replace(suffix, ".docx"));
            if (name.endsWith(suffix) && Files.exists(tracked)) {
                pairs.add(new Path[] {tracked, resolved});
            }
        }
        return pairs;
    }

    @Test
    void trackedChangesReadAsAcceptedGiveTheAcceptedFile() {
        DraftDocxReader reader = new DraftDocxReader();
        List<Path[]> pairs = pairs("-Accepted.docx");
        for (Path[] pair : pairs) {
            assertEquals(view(reader, pair[1]), view(reader, pair[0]), pair[0].toString());
        }
        assertTrue(pairs.size() >= 40, "pairs compared: " + pairs.size());
    }

    @Test
    void rejectingEveryChangeGivesTheRejectedFile() throws Exception {
        List<Path[]> pairs = pairs("-Rejected.docx");
        for (Path[] pair : pairs) {
            assertEquals(texts(pair[1], false), texts(pair[0], true), pair[0].toString());
        }
        assertTrue(pairs.size() >= 30, "pairs compared: " + pairs.size());
    }

    private static String view(DraftDocxReader reader, Path file) {
        try {
            StringBuilder b = new StringBuilder();
            for (ImportedDraft.Block x : reader.read(file, Progress.NONE).blocks()) {
                b.append(x.kind())
                        .append(' ')
                        .append(x.label())
                        .append(' ')
                        .append(x.text())
                        .append('\n');
            }
            return b.toString();
        } catch (DocxException e) {
            return "refused: " + e.getMessage().substring(file.toString().length());
        }
    }

    /**
     * The non-empty paragraph texts of a file outside tables, as written ({@code reject} false) or
     * with every tracked change rejected: the view of a delegation's original that proposals need.
     */
    static List<String> texts(Path file, boolean reject) throws Exception {
        List<WordParagraph> paragraphs;
        try (WordPackage pkg = WordPackage.open(file, DocxLimits.DEFAULT);
                var in = pkg.mainDocument()) {
            paragraphs = WordBodyReader.read(in, () -> {});
        }
        List<String> out = new ArrayList<>();
        StringBuilder carried = new StringBuilder();
        for (WordParagraph p : paragraphs) {
            if (p.inTable()) {
                if (!carried.toString().isBlank()) {
                    out.add(carried.toString().strip()); // text does not run on into a table
                }
                carried.setLength(0);
                continue;
            }
            String text = reject ? p.originalText() : p.acceptedText();
            boolean markJoins = reject ? !p.markKeptWhenRejected() : !p.markKeptWhenAccepted();
            if (markJoins) {
                carried.append(text);
                continue;
            }
            String whole = (carried + text).strip();
            carried.setLength(0);
            if (!whole.isEmpty()) {
                out.add(whole);
            }
        }
        return out;
    }
}
