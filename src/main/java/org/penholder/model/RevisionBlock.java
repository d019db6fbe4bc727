package org.penholder.model;

/**
 * One line of a revision's snapshot: a heading or a paragraph as it stood when the revision was
 * made. {@code id} is the section id for headings and the paragraph id for paragraphs.
 */
public record RevisionBlock(
        int ordinal, BlockKind kind, String id, String label, ParagraphStatus status, String text) {}
