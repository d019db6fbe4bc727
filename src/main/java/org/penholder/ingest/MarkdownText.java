package org.penholder.ingest;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** The readable text of a Markdown file: what a reader sees, without the marks (#, **, link targets). */
final class MarkdownText {

    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer RENDERER = TextContentRenderer.builder().build();

    private MarkdownText() {
    }

    static String toText(String markdown) {
        Node document = PARSER.parse(markdown);
        return RENDERER.render(document);
    }
}
