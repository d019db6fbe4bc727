package org.penholder.docx;

import java.nio.file.Path;

/**
 * Reads a draft from a Word file: any version of the draft, ours or anyone's. Every tracked change
 * is read as accepted. A file that is not a readable .docx, is encrypted, would expand beyond
 * {@link DocxLimits}, declares a DTD, or takes too long is refused with a message naming the file
 * and the reason; nothing else escapes.
 */
public final class DraftDocxReader {

    private final DocxLimits limits;

    public DraftDocxReader(DocxLimits limits) {
        this.limits = limits;
    }

    public DraftDocxReader() {
        this(DocxLimits.DEFAULT);
    }

    /** Reads the draft in a Word file, or refuses the file (a {@link DocxException} saying why). */
    public ImportedDraft read(Path file, Progress progress) {
        return WordFile.read(file, limits, progress, DraftRecognizer::recognise);
    }

    /** Reads a file for compare: a file with no paragraph of text outside tables is an empty draft, not refused. */
    ImportedDraft readForCompare(Path file) {
        return WordFile.read(file, limits, Progress.NONE, w -> DraftRecognizer.recognise(w, true));
    }
}
