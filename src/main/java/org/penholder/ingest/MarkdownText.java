package org.penholder.ingest;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The readable text of a Markdown file: what a reader sees, without the marks (#, **, link
 * targets, HTML tags); a blank line between blocks, list items on lines of their own.
 */
final class MarkdownText {

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownText() {}

    static String toText(String markdown) {
        Node document = PARSER.parse(markdown);
        StringBuilder out = new StringBuilder();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak br) {
                out.append(' ');
            }

            @Override
            public void visit(HardLineBreak br) {
                out.append('\n');
            }

            @Override
            public void visit(HtmlInline html) {
                // tags are not text
            }

            @Override
            public void visit(HtmlBlock html) {
                // neither are blocks of HTML
            }

            @Override
            public void visit(FencedCodeBlock code) {
                out.append(code.getLiteral()).append("\n\n");
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                out.append(code.getLiteral()).append("\n\n");
            }

            @Override
            public void visit(ListItem item) {
                int before = out.length();
                visitChildren(item);
                // an item's paragraph ends with a blank line; items of a list stand on single lines
                while (out.length() > before && out.charAt(out.length() - 1) == '\n') {
                    out.setLength(out.length() - 1);
                }
                out.append('\n');
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent instanceof Block
                        && !(parent instanceof ListItem)
                        && parent.getParent() != null
                        && !(parent.getParent() instanceof ListItem)) {
                    out.append("\n\n");
                }
            }
        });
        return out.toString();
    }
}
