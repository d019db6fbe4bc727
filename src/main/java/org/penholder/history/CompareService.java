package org.penholder.history;

/**
 * Compares two versions of a document, whatever they come from: revisions of a project, the
 * working draft, or files from outside ({@link DocumentVersion}). Paragraphs are aligned by stable
 * id where both sides have one and by their words otherwise, so a renumbered, moved, split or
 * merged paragraph is recognised as such; changes within a paragraph are word by word.
 */
public final class CompareService {

    private CompareService() {}

    /** The differences from {@code from} (older) to {@code to} (newer). */
    public static Comparison compare(DocumentVersion from, DocumentVersion to) {
        return ParagraphAligner.compare(from, to);
    }
}
