package org.penholder.model;

import java.time.Instant;

/**
 * "Paragraph draws on passage": a paragraph and a character range [start, end) of an input's
 * immutable text, with the quoted text kept beside it.
 */
public record Link(
        long id,
        String paragraphId,
        long inputId,
        int start,
        int end,
        String quote,
        String note,
        Instant createdAt,
        String createdBy,
        boolean suspect) {}
