package org.penholder.docx;

import java.nio.file.Path;
import java.util.Locale;
import org.penholder.history.DocumentVersion;
import org.penholder.history.MarkdownParagraphs;

/** Documents from outside a project, read for compare by their kind: Word, or Markdown and plain text. */
public final class DocumentFiles {

    private DocumentFiles() {}

    /** Reads a .docx, .md, .markdown or .txt file as a version named after the file. */
    public static DocumentVersion read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt")) {
            return MarkdownParagraphs.read(file);
        }
        return DocxParagraphReader.read(file);
    }
}
