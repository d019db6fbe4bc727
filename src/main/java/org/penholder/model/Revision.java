package org.penholder.model;

import java.time.Instant;

/** A named, immutable snapshot of the whole draft ("Zero draft", "Rev.1" ...). */
public record Revision(
        long id, String name, String note, Instant createdAt, String createdBy, boolean numberingFrozen) {}
