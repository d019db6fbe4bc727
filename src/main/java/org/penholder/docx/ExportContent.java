package org.penholder.docx;

import java.util.List;
import java.util.Map;
import org.penholder.agreed.AgreedSource;
import org.penholder.model.LinkedPassage;
import org.penholder.text.DocumentWords;

/**
 * Everything an export writes, read from the project in one go so that writing the file needs no
 * further access to it.
 *
 * @param sources   the passages each paragraph draws on, by paragraph id (empty without sources)
 * @param proposals proposals on the text, oldest first (empty unless a compilation is written)
 * @param redline   the older text and the changes from it (null unless a redline is written)
 * @param agreed    the adopted paragraphs each paragraph reuses, by paragraph id (empty unless cited)
 * @param words     the fixed words of the file, in the project's document language
 */
public record ExportContent(
        CirculatedText text,
        Map<String, List<LinkedPassage>> sources,
        List<CompiledProposal> proposals,
        RedlineContent redline,
        Map<String, List<AgreedSource>> agreed,
        DocumentWords words) {

    public ExportContent {
        sources = Map.copyOf(sources);
        proposals = List.copyOf(proposals);
        agreed = Map.copyOf(agreed);
        words = words == null ? DocumentWords.english() : words;
    }

    public ExportContent(
            CirculatedText text,
            Map<String, List<LinkedPassage>> sources,
            List<CompiledProposal> proposals,
            RedlineContent redline,
            Map<String, List<AgreedSource>> agreed) {
        this(text, sources, proposals, redline, agreed, null);
    }

    /** The same content, its fixed words in another language. */
    public ExportContent in(DocumentWords language) {
        return new ExportContent(text, sources, proposals, redline, agreed, language);
    }

    public ExportContent(
            CirculatedText text,
            Map<String, List<LinkedPassage>> sources,
            List<CompiledProposal> proposals,
            RedlineContent redline) {
        this(text, sources, proposals, redline, Map.of());
    }

    public ExportContent(
            CirculatedText text, Map<String, List<LinkedPassage>> sources, List<CompiledProposal> proposals) {
        this(text, sources, proposals, null);
    }
}
