package org.penholder.model;

/**
 * One paragraph of the draft. {@code id} is stable across renumbering, moves and revisions;
 * the visible number is derived by {@link Numbering}. {@code sectionId} is null in the preamble.
 */
public record Paragraph(
        String id, String sectionId, ParagraphKind kind, int position, ParagraphStatus status, String text) {

    public Paragraph withText(String newText) {
        return new Paragraph(id, sectionId, kind, position, status, newText);
    }

    public Paragraph withStatus(ParagraphStatus newStatus) {
        return new Paragraph(id, sectionId, kind, position, newStatus, text);
    }
}
