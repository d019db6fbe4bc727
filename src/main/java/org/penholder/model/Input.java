package org.penholder.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One written submission or oral intervention. Its text is kept apart (see {@code InputStore})
 * because it can be long; it never changes once imported, so passages keep their offsets.
 */
public record Input(
        long id,
        Long stakeholderId,
        String stakeholder,
        String group,
        InputKind kind,
        String title,
        String occasion,
        LocalDate date,
        String language,
        String originalFile,
        String sha256,
        Instant importedAt,
        int length) {}
