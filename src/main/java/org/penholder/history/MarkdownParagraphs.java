package org.penholder.history;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.penholder.text.Phrase;

/**
 * Reads a Markdown (or plain text) file as paragraphs for compare: one paragraph per block of
 * lines between blank lines, lines of a block joined by a space; {@code #} lines are headings; a
 * typed number at the start of a block ("4c.", "12.", "(a)") becomes the paragraph's number. A
 * front matter between {@code ---} lines at the top is metadata, not text, and is left out.
 */
public final class MarkdownParagraphs {

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

    private MarkdownParagraphs() {}

    /** Reads a file; the version is named after the file. */
    public static DocumentVersion read(Path file) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UnreadableDocumentException(file, Phrase.of("docx.refused.missing"));
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException(file, Phrase.of("docx.refused.notUtf8"));
        } catch (IOException e) {
            throw new UnreadableDocumentException(
                    file, Phrase.of("docx.refused.cannotRead", String.valueOf(e.getMessage())), e);
        }
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableDocumentException(file, Phrase.of("docx.refused.notText"));
        }
        return parse(file.getFileName().toString(), text);
    }

    /** Reads text as a version named {@code name}. */
    public static DocumentVersion parse(String name, String text) {
        List<String> lines =
                text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        int start = 0;
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            for (int k = 1; k < lines.size(); k++) {
                if (lines.get(k).strip().equals("---") || lines.get(k).strip().equals("...")) {
                    start = k + 1;
                    break;
                }
            }
        }
        List<DocumentVersion.OutsideParagraph> out = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (int k = start; k < lines.size(); k++) {
            String line = lines.get(k);
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                flush(block, out);
                out.add(new DocumentVersion.OutsideParagraph(true, null, h.group(1)));
            } else if (line.isBlank()) {
                flush(block, out);
            } else {
                block.add(line.strip());
            }
        }
        flush(block, out);
        return DocumentVersion.ofOutside(name, out);
    }

    private static void flush(List<String> block, List<DocumentVersion.OutsideParagraph> out) {
        if (block.isEmpty()) {
            return;
        }
        String text = String.join(" ", block).replaceAll("\\s+", " ").strip();
        block.clear();
        out.add(DocumentVersion.OutsideParagraph.typed(text));
    }
}
