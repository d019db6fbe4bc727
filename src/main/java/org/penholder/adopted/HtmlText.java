package org.penholder.adopted;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.penholder.adopted.AdoptedParagraphs.Line;
import org.penholder.ingest.UnreadableFileException;
import org.penholder.text.Phrase;

/**
 * The lines of an HTML page saved from the web (jsoup): each innermost block (paragraph, list item,
 * heading, cell) a line, headings marked, the items of a numbered list with the number a browser
 * shows before them. Scripts, styles and forms are not text; nothing the page links to is fetched.
 */
final class HtmlText {

    /** Larger pages are refused before parsing: an adopted text is well below this. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "dd",
            "dt",
            "td",
            "th",
            "pre",
            "section",
            "article",
            "header",
            "footer",
            "address",
            "figcaption",
            "caption",
            "main",
            "aside");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "caption");
    private static final Set<String> NOT_TEXT =
            Set.of("script", "style", "noscript", "template", "form", "nav", "button", "select", "svg", "math");

    private HtmlText() {}

    static List<Line> lines(Path file) throws UnreadableFileException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UnreadableFileException(
                        file, Phrase.of("unreadable.pageTooLarge", String.valueOf(Files.size(file) / (1024 * 1024))));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableFileException(
                    file, Phrase.of("unreadable.cannotRead", String.valueOf(e.getMessage())), e);
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0 && !(i < 2 && isUtf16Bom(bytes))) {
                throw new UnreadableFileException(file, Phrase.of("unreadable.notAPage"));
            }
        }
        Document doc;
        try {
            // the charset comes from a byte order mark or the page's own <meta>, else UTF-8
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(file, Phrase.of("unreadable.badPage", String.valueOf(e.getMessage())), e);
        }
        List<Line> out = new ArrayList<>();
        NodeTraversor.traverse(new Blocks(out), doc.body());
        return out;
    }

    private static boolean isUtf16Bom(byte[] b) {
        return b.length >= 2
                && (((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
                        || ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF));
    }

    /**
     * Walks the page once (jsoup walks without recursion, so deep nesting cannot overflow the
     * stack); a block is a line when no block lies inside it.
     */
    private static final class Blocks implements NodeVisitor {
        private final List<Line> out;
        /** For each open block: whether a block was found inside it. */
        private final Deque<boolean[]> open = new ArrayDeque<>();
        /** The numbers of each numbered list's items, worked out once per list. */
        private final IdentityHashMap<Element, Map<Element, String>> numbers = new IdentityHashMap<>();
        /** How many elements that hold no text (scripts, forms ...) enclose the node visited. */
        private int hidden;

        Blocks(List<Line> out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            if (NOT_TEXT.contains(e.normalName())) {
                hidden++;
            } else if (hidden == 0 && isBlock(e)) {
                if (!open.isEmpty()) {
                    open.peek()[0] = true;
                }
                open.push(new boolean[] {false});
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            if (NOT_TEXT.contains(e.normalName())) {
                hidden--;
                return;
            }
            if (hidden > 0 || !isBlock(e)) {
                return;
            }
            boolean hasBlocks = open.pop()[0];
            if (hasBlocks) {
                return;
            }
            String text = e.text().strip();
            if (text.isEmpty()) {
                return;
            }
            String tag = e.normalName();
            String number = null;
            if (tag.equals("li")
                    && e.parent() != null
                    && e.parent().normalName().equals("ol")) {
                number = numbers.computeIfAbsent(e.parent(), HtmlText::listNumbers)
                        .get(e);
            }
            out.add(new Line(HEADINGS.contains(tag), number, text));
        }

        private static boolean isBlock(Element e) {
            return BLOCKS.contains(e.normalName());
        }
    }

    /** The number a browser shows before each item of a numbered list. */
    static IdentityHashMap<Element, String> listNumbers(Element list) {
        IdentityHashMap<Element, String> out = new IdentityHashMap<>();
        int n = parse(list.attr("start"), 1);
        for (Element li : list.children()) {
            if (!li.normalName().equals("li")) {
                continue;
            }
            if (li.hasAttr("value")) {
                n = parse(li.attr("value"), n);
            }
            String type = li.hasAttr("type") ? li.attr("type") : list.attr("type");
            out.put(
                    li,
                    switch (type) {
                        case "a" -> letters(n).toLowerCase(Locale.ROOT);
                        case "A" -> letters(n);
                        case "i" -> roman(n).toLowerCase(Locale.ROOT);
                        case "I" -> roman(n);
                        default -> Integer.toString(n);
                    });
            n++;
        }
        return out;
    }

    private static int parse(String s, int otherwise) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static String letters(int n) {
        return n <= 0
                ? Integer.toString(n)
                : String.valueOf((char) ('A' + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] marks = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < values.length; k++) {
            while (n >= values[k]) {
                b.append(marks[k]);
                n -= values[k];
            }
        }
        return b.toString();
    }
}
