package org.penholder.docx;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.penholder.history.CompareService;
import org.penholder.history.Comparison;
import org.penholder.history.DocumentVersion;
import org.penholder.history.MarkdownParagraphs;
import org.penholder.text.Phrase;

/**
 * Documents from outside a project, read for compare by their kind: Word, or Markdown and plain
 * text. A Word file is read exactly as importing it as a draft reads it (title and status lines
 * apart, numbers by Word or typed, footnotes), so comparing two files gives what importing both
 * and comparing the revisions gives.
 */
public final class DocumentFiles {

    private DocumentFiles() {}

    /**
     * Two files compared, and what of them compare cannot see word by word (tables, images, text
     * boxes ...) and is not the same in both: "table after OP12 changed".
     */
    public record FileComparison(Comparison comparison, List<Phrase> otherChanges) {

        public FileComparison {
            otherChanges = List.copyOf(otherChanges);
        }
    }

    /** Reads a .docx, .md, .markdown or .txt file as a version named after the file. */
    public static DocumentVersion read(Path file) {
        return isText(file)
                ? MarkdownParagraphs.read(file)
                : readWord(file).version(file.getFileName().toString());
    }

    /** Reads and compares two files; tables, images and the like are compared whole. */
    public static FileComparison compare(Path older, Path newer) {
        if (isText(older) && isText(newer)) {
            return new FileComparison(
                    CompareService.compare(MarkdownParagraphs.read(older), MarkdownParagraphs.read(newer)), List.of());
        }
        // the two files are read side by side: reading is most of the work
        java.util.concurrent.CompletableFuture<ImportedDraft> first = isText(older)
                ? java.util.concurrent.CompletableFuture.completedFuture(null)
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> readWord(older));
        ImportedDraft b = isText(newer) ? null : readWord(newer);
        ImportedDraft a;
        try {
            a = first.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        DocumentVersion from = a == null
                ? MarkdownParagraphs.read(older)
                : a.version(older.getFileName().toString());
        DocumentVersion to = b == null
                ? MarkdownParagraphs.read(newer)
                : b.version(newer.getFileName().toString());
        List<ImportedDraft.Omission> none = List.of();
        return new FileComparison(
                CompareService.compare(from, to),
                OmissionChanges.between(a == null ? none : a.omissions(), b == null ? none : b.omissions()));
    }

    private static ImportedDraft readWord(Path file) {
        return new DraftDocxReader().readForCompare(file);
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt");
    }
}
