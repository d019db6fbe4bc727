package org.penholder.adopted;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.penholder.adopted.AdoptedParagraphs.Line;
import org.penholder.ingest.UnreadableFileException;
import org.penholder.text.Phrase;

/**
 * The lines of a Markdown file as an adopted text: headings marked, each paragraph a line, the
 * items of a numbered list with their numbers (which the reading of inputs drops, being after the
 * words only).
 */
final class MarkdownLines {

    private static final Parser PARSER = Parser.builder().build();
    private static final long MAX_BYTES = 50L * 1024 * 1024;

    private MarkdownLines() {}

    static List<Line> lines(Path file) throws UnreadableFileException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UnreadableFileException(file, Phrase.of("unreadable.markdownTooLarge"));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableFileException(
                    file, Phrase.of("unreadable.cannotRead", String.valueOf(e.getMessage())), e);
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new UnreadableFileException(file, Phrase.of("unreadable.notText"));
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        return parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    static List<Line> parse(String markdown) {
        List<Line> out = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                out.add(new Line(true, null, text(heading)));
            }

            @Override
            public void visit(Paragraph paragraph) {
                String number = null;
                if (paragraph.getParent() instanceof ListItem item
                        && item.getFirstChild() == paragraph
                        && item.getParent() instanceof OrderedList list) {
                    int n = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
                    for (Node sibling = list.getFirstChild();
                            sibling != null && sibling != item;
                            sibling = sibling.getNext()) {
                        n++;
                    }
                    number = Integer.toString(n);
                }
                out.add(new Line(false, number, text(paragraph)));
            }
        });
        return out;
    }

    private static String text(Node node) {
        return org.penholder.text.MarkdownInline.of(node).strip();
    }
}
