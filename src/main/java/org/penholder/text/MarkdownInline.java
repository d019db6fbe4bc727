package org.penholder.text;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The words of a parsed Markdown node as one line: its text and code spans, line breaks as spaces,
 * markup and HTML left out. commonmark's own TextContentRenderer adds quotes and link addresses,
 * which a heading, a list entry or a search does not want.
 */
public final class MarkdownInline {

    private MarkdownInline() {}

    /** The node's words and its children's, on one line. */
    public static String of(Node node) {
        StringBuilder out = new StringBuilder();
        node.accept(new AbstractVisitor() {
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
                out.append(' ');
            }
        });
        return out.toString();
    }
}
