package org.penholder.adopted;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.penholder.adopted.AdoptedParagraphs.Piece;
import org.penholder.text.Phrase;

/**
 * An adopted text as read from a file, before it is stored: what its masthead suggests for its
 * symbol, title and date (each may be empty), its language, its paragraphs, and what the reader had
 * to guess.
 */
public record AdoptedTextFile(
        Path file,
        String symbol,
        String title,
        LocalDate date,
        String language,
        List<Piece> paragraphs,
        List<Phrase> warnings) {

    public AdoptedTextFile {
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
    }
}
