package org.penholder.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A text already adopted (a resolution, an outcome document) in the project's library of agreed
 * language. Its paragraphs are kept apart (see {@link AdoptedParagraph}); neither ever changes once
 * imported.
 *
 * @param symbol     the document symbol ("A/RES/70/125") or, when it has none, a short name
 * @param paragraphs how many paragraphs it was split into
 */
public record AdoptedText(
        long id,
        String uid,
        String symbol,
        String title,
        LocalDate date,
        String language,
        String originalFile,
        String sha256,
        Instant importedAt,
        int paragraphs) {

    /** How a citation names it: the symbol, else the title. */
    public String name() {
        return symbol == null || symbol.isBlank() ? title : symbol;
    }
}
