package org.penholder.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import org.penholder.docx.DocumentFiles;
import org.penholder.docx.DraftDocxReader;
import org.penholder.docx.ExportOptions;
import org.penholder.docx.Progress;
import org.penholder.model.Author;
import org.penholder.model.Paragraph;
import org.penholder.project.Project;

/**
 * Word files from other hands, read as every path reads them (docs/adr/0130): a draft of the
 * project's size with footnotes (200 at scale 1) read as import-draft reads it, and compare-docx of
 * two such files, a revision apart (one paragraph in ten and one footnote in ten changed).
 */
final class WordFilesBench {

    private static final Author AUTHOR = new Author("Benchmark", "Bench");

    private WordFilesBench() {}

    static List<Measurement> run(Path work, Path workDir, double scale, Consumer<String> log) throws Exception {
        log.accept("word files with footnotes");
        Path copy = workDir.resolve("bench-footnotes.penholder");
        Path zero = workDir.resolve("bench-zero.docx");
        Path rev1 = workDir.resolve("bench-rev1.docx");
        Files.copy(work, copy, StandardCopyOption.REPLACE_EXISTING);
        int paragraphs;
        int footnotes = Math.max(10, (int) Math.round(200 * scale));
        try (Project p = Project.open(copy, Project.Access.WRITE)) {
            List<Paragraph> live = p.draftService().draft().paragraphsInOrder();
            paragraphs = live.size();
            var notes = p.draftService().footnotes();
            for (int k = 0; k < footnotes; k++) {
                Paragraph at = live.get(k * live.size() / footnotes);
                int anchor = at.text().indexOf(' ', at.text().length() / 2);
                notes.add(
                        at.id(),
                        null,
                        anchor < 0 ? at.text().length() : anchor,
                        "See A/RES/70/" + (100 + k) + ", para. " + k + ".",
                        AUTHOR);
            }
            p.docxExporter().export(ExportOptions.clean(), zero, true, Progress.NONE);
            for (int k = 0; k < live.size(); k += 10) {
                Paragraph x = live.get(k);
                p.draftService().setText(x.id(), x.text().replaceFirst(" ", " firmly "), AUTHOR, null);
            }
            var all = p.draftService().draft().footnotes().values().stream()
                    .flatMap(List::stream)
                    .toList();
            for (int k = 0; k < all.size(); k += 10) {
                notes.edit(all.get(k).uid(), all.get(k).text() + " Revised.", AUTHOR, null);
            }
            p.docxExporter().export(ExportOptions.clean(), rev1, true, Progress.NONE);
        }
        try {
            DraftDocxReader reader = new DraftDocxReader();
            long read = reader.read(zero, Progress.NONE).footnotes();
            if (read != footnotes) {
                throw new IllegalStateException("the draft was read with " + read + " footnotes, not " + footnotes);
            }
            int[] changed = {0};
            return List.of(
                    Measurement.times(
                                    "read a Word draft with footnotes",
                                    Benchmark.sample(3, 15, () -> reader.read(zero, Progress.NONE)),
                                    300)
                            .withNote(paragraphs + " paragraphs, " + footnotes + " footnotes, "
                                    + Files.size(zero) / 1024 + " KB"),
                    Measurement.times(
                                    "compare-docx of two drafts",
                                    Benchmark.sample(3, 15, () -> {
                                        var c = DocumentFiles.compare(zero, rev1);
                                        changed[0] =
                                                c.comparison().differences().size();
                                        return c;
                                    }),
                                    500)
                            .withNote("both read and compared; " + changed[0] + " paragraphs differ"));
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(zero);
            Files.deleteIfExists(rev1);
        }
    }
}
