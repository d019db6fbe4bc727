package org.penholder.ui.draft;

import org.penholder.model.BlockKind;
import org.penholder.model.ParagraphStatus;

/** One line of the outline: a section heading, or a paragraph with its number, status and sources. */
public record OutlineRow(BlockKind kind, String id, String label, String text, ParagraphStatus status, int sources) {}
