package org.penholder.ui.draft;

/** A line of the editor as it now reads: its block (null for a line the editor made up) and text. */
public record EditorLine(BlockRef ref, String text) {}
