package org.penholder.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.penholder.model.ParagraphKind;
import org.penholder.text.Phrase;

/**
 * What the readers of Word files take from a .docx: the paragraphs of its body and headers with
 * every tracked change, its styles and numbering, and the version a file Penholder wrote was made
 * from. A file that is not a readable .docx, is encrypted, would expand beyond {@link DocxLimits},
 * declares a DTD, or takes too long is refused with a message naming the file and the reason; the
 * readers share these refusals by reading through {@link #read}.
 */
record WordFile(
        Path file,
        List<WordParagraph> body,
        List<WordParagraph> headers,
        WordStyles styles,
        WordNumbering numbering,
        Optional<String> version,
        List<WordObject> objects,
        Map<String, List<WordParagraph>> notes) {

    /** True for a footnote Penholder wrote to name a paragraph's sources: not part of the draft. */
    boolean isSourcesNote(String note) {
        List<WordParagraph> paragraphs = notes.get(note);
        return paragraphs != null
                && !paragraphs.isEmpty()
                && UnDocument.SOURCES_NOTE_NAME.equals(
                        styles.name(paragraphs.get(0).styleId()));
    }

    /**
     * The text of a note ("footnote:2", "endnote:1") with every tracked change accepted (or
     * rejected): its paragraphs joined by a space, without the number mark; null when the file lacks it.
     */
    String noteText(String note, boolean accepted) {
        List<WordParagraph> paragraphs = notes.get(note);
        if (paragraphs == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (WordParagraph p : paragraphs) {
            String t = (accepted ? p.acceptedText() : p.originalText()).strip();
            if (!t.isEmpty()) {
                b.append(b.isEmpty() ? "" : " ").append(t);
            }
        }
        return b.toString();
    }

    private static final Phrase BOMB = Phrase.of("docx.refused.zipBomb");

    /** Reads a file and hands it to {@code interpret}, within the time limit; whatever goes wrong is said of the file. */
    static <T> T read(Path file, DocxLimits limits, Progress progress, Function<WordFile, T> interpret) {
        long deadline = System.nanoTime() + limits.timeLimit().toNanos();
        try (WordPackage pkg = WordPackage.open(file, limits)) {
            progress.update(
                    0, 1, Phrase.of("docx.progress.reading", file.getFileName().toString()));
            WordStyles styles = WordStyles.NONE;
            Optional<InputStream> stylesPart = pkg.related("styles");
            if (stylesPart.isPresent()) {
                try (InputStream in = stylesPart.get()) {
                    styles = WordStyles.parse(in);
                }
            }
            WordNumbering numbering = WordNumbering.NONE;
            Optional<InputStream> numberingPart = pkg.related("numbering");
            if (numberingPart.isPresent()) {
                try (InputStream in = numberingPart.get()) {
                    numbering = WordNumbering.parse(in);
                }
            }
            WordBodyReader.Part body;
            try (WordPackage.CountingStream in = pkg.mainDocument()) {
                long total = Math.max(1, pkg.mainDocumentSize());
                body = WordBodyReader.readPart(in, () -> {
                    check(file, limits, deadline, progress);
                    progress.update(
                            Math.min(in.count(), total),
                            total,
                            Phrase.of(
                                    "docx.progress.reading", file.getFileName().toString()));
                });
            }
            WordBodyReader.Checkpoint checkpoint = () -> check(file, limits, deadline, progress);
            List<WordParagraph> headers = new ArrayList<>();
            for (PackagePart part : pkg.relatedAll("header")) {
                try (InputStream in = part.getInputStream()) {
                    headers.addAll(WordBodyReader.read(in, checkpoint));
                }
            }
            // endnotes are read as footnotes: a draft has one kind of note
            Map<String, List<WordParagraph>> notes = new LinkedHashMap<>();
            for (String type : List.of("footnotes", "endnotes", "comments")) {
                for (PackagePart part : pkg.relatedAll(type)) {
                    try (InputStream in = part.getInputStream()) {
                        notes.putAll(WordBodyReader.readPart(in, checkpoint).notes());
                    }
                }
            }
            List<WordObject> objects = new ArrayList<>();
            for (WordObject o : body.objects()) {
                objects.add(
                        switch (o.kind()) {
                            case IMAGE, EMBEDDED ->
                                new WordObject(o.kind(), o.paragraph(), o.offset(), o.text(), pkg.digest(o.content()));
                            case COMMENT -> {
                                List<WordParagraph> said = notes.get("comment:" + o.content());
                                String text = said == null
                                        ? ""
                                        : String.join(
                                                " ",
                                                said.stream()
                                                        .map(WordParagraph::acceptedText)
                                                        .toList());
                                yield new WordObject(o.kind(), o.paragraph(), o.offset(), text.strip(), null);
                            }
                            default -> o;
                        });
            }
            check(file, limits, deadline, progress);
            return interpret.apply(new WordFile(
                    file,
                    body.paragraphs(),
                    headers,
                    styles,
                    numbering,
                    pkg.customProperty(UnDocument.PROPERTY_VERSION),
                    objects,
                    notes));
        } catch (WordXml.DoctypeException e) {
            throw WordPackage.refuse(file, Phrase.of("docx.refused.doctype"));
        } catch (XMLStreamException e) {
            throw WordPackage.refuse(
                    file, isZipBomb(e) ? BOMB : Phrase.of("docx.refused.damagedXml", WordPackage.reason(e)));
        } catch (IOException e) {
            throw isZipBomb(e) ? WordPackage.refuse(file, BOMB) : WordPackage.cannotRead(file, e);
        } catch (DocxException | CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw WordPackage.refuse(file, Phrase.of("docx.refused.couldNotRead", WordPackage.reason(e)));
        }
    }

    /** True when the paragraph is a heading or a title rather than body text. */
    boolean isHeading(WordParagraph p) {
        String style = p.styleId() != null ? p.styleId() : styles.defaultParagraphStyle();
        if (p.outlineLevel() != null) {
            return p.outlineLevel() <= 8;
        }
        String name = styles.name(style);
        return styles.outlineLevel(style) != null
                || name.startsWith("heading")
                || name.equals(UnDocument.TITLE_NAME)
                || name.equals("subtitle")
                || name.equals(UnDocument.SYMBOL_NAME)
                || name.equals(UnDocument.ANNEX_HEADING_NAME);
    }

    /** The kind a numbered or styled paragraph has in a draft: OP, PP, or null when it does not say. */
    ParagraphKind kindOf(WordParagraph p) {
        String style = p.styleId() != null ? p.styleId() : styles.defaultParagraphStyle();
        String name = styles.name(style);
        if (name.equals(UnDocument.OPERATIVE_NAME)) {
            return ParagraphKind.OP;
        }
        if (name.equals(UnDocument.PREAMBULAR_NAME)) {
            return ParagraphKind.PP;
        }
        Integer num = p.numId() != null ? p.numId() : styles.numId(style);
        return num != null && num != 0 ? ParagraphKind.OP : null;
    }

    private static void check(Path file, DocxLimits limits, long deadline, Progress progress) {
        progress.checkCancelled();
        if (System.nanoTime() > deadline) {
            throw WordPackage.refuse(
                    file, Phrase.of("docx.refused.tooSlow", limits.timeLimit().toSeconds()));
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null
                    && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }
}
