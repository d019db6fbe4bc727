package org.penholder.ui.draft;

import org.penholder.model.BlockKind;

/**
 * Which block of the draft a line of the editor shows: the editor keeps it as the line's
 * paragraph style, so it travels with the text when lines are split and joined.
 */
public record BlockRef(BlockKind kind, String id) {}
