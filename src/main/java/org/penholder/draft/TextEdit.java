package org.penholder.draft;

/**
 * What a burst of typing in one paragraph has done so far: the amendment that records it, the
 * text before the burst and the text now.
 */
public record TextEdit(String paragraphId, long amendmentId, String before, String after) {}
