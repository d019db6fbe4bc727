package org.penholder.docx;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the paragraphs of a WordprocessingML part (the document body, a header) in one streaming
 * pass. Text inside tracked insertions, deletions and moves is kept with its change; field codes,
 * hidden text, drawings, text boxes and properties of earlier revisions are left out. Paragraphs
 * inside tables are read and marked as such.
 */
final class WordBodyReader {

    /** Called every so often while reading: to stop a read that takes too long, or was cancelled. */
    interface Checkpoint {
        void check();
    }

    private static final java.util.Map<String, WordParagraph.ChangeKind> CHANGES = java.util.Map.of(
            "ins",
            WordParagraph.ChangeKind.INSERTED,
            "del",
            WordParagraph.ChangeKind.DELETED,
            "moveTo",
            WordParagraph.ChangeKind.MOVED_TO,
            "moveFrom",
            WordParagraph.ChangeKind.MOVED_FROM);

    private final XMLStreamReader r;
    private final Checkpoint checkpoint;
    private final List<WordParagraph> paragraphs = new ArrayList<>();
    private final Deque<WordParagraph.Change> changes = new ArrayDeque<>();
    private final List<String> pendingBookmarks = new ArrayList<>();
    private int tableDepth;
    private long events;

    // the paragraph being read
    private boolean inParagraph;
    private String styleId;
    private Integer numId;
    private Integer ilvl;
    private Integer outlineLevel;
    private boolean centered;
    private boolean bidi;
    private final List<WordParagraph.Change> markChanges = new ArrayList<>();
    private final List<String> bookmarks = new ArrayList<>();
    private final List<WordParagraph.Segment> segments = new ArrayList<>();
    // the run being read
    private boolean bold;
    private boolean hidden;

    private WordBodyReader(XMLStreamReader r, Checkpoint checkpoint) {
        this.r = r;
        this.checkpoint = checkpoint;
    }

    /** The paragraphs of a part, in document order. */
    static List<WordParagraph> read(InputStream in, Checkpoint checkpoint) throws XMLStreamException {
        XMLStreamReader r = WordXml.open(in);
        try {
            WordBodyReader reader = new WordBodyReader(r, checkpoint);
            reader.run();
            return reader.paragraphs;
        } finally {
            r.close();
        }
    }

    private void run() throws XMLStreamException {
        while (r.hasNext()) {
            int e = WordXml.next(r);
            if (++events % 2048 == 0) {
                checkpoint.check();
            }
            if (e == XMLStreamConstants.START_ELEMENT) {
                start();
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                end();
            }
        }
    }

    private void start() throws XMLStreamException {
        if (!WordXml.isWord(r)) {
            WordXml.skip(r); // drawings, markup compatibility blocks, other vocabularies
            return;
        }
        switch (r.getLocalName()) {
            case "p" -> beginParagraph();
            case "pPr" -> {
                if (inParagraph) {
                    paragraphProperties();
                } else {
                    WordXml.skip(r);
                }
            }
            case "r" -> {
                bold = false;
                hidden = false;
            }
            case "rPr" -> runProperties();
            case "t", "delText" -> text(r.getElementText());
            case "tab", "ptab" -> text("\t");
            case "br", "cr" -> {
                String type = WordXml.attr(r, "type");
                text(type == null || type.equals("textWrapping") ? " " : "");
            }
            case "noBreakHyphen" -> text("\u2011");
            case "ins", "del", "moveTo", "moveFrom" -> changes.push(change(CHANGES.get(r.getLocalName())));
            case "bookmarkStart" -> {
                String name = WordXml.attr(r, "name");
                if (name != null) {
                    (inParagraph ? bookmarks : pendingBookmarks).add(name);
                }
            }
            case "tbl" -> tableDepth++;
            case "instrText",
                    "delInstrText",
                    "drawing",
                    "pict",
                    "object",
                    "txbxContent",
                    "sectPr",
                    "sdtPr",
                    "sdtEndPr",
                    "rPrChange",
                    "pPrChange",
                    "tblPr",
                    "tblGrid",
                    "trPr",
                    "tcPr",
                    "fldData" -> WordXml.skip(r);
            default -> {} // containers (hyperlink, smartTag, sdt, fldSimple, customXml ...) are read through
        }
    }

    private void end() {
        if (!WordXml.isWord(r)) {
            return;
        }
        switch (r.getLocalName()) {
            case "p" -> endParagraph();
            case "ins", "del", "moveTo", "moveFrom" -> {
                if (!changes.isEmpty()) {
                    changes.pop();
                }
            }
            case "tbl" -> tableDepth = Math.max(0, tableDepth - 1);
            default -> {}
        }
    }

    private void beginParagraph() {
        inParagraph = true;
        styleId = null;
        numId = null;
        ilvl = null;
        outlineLevel = null;
        centered = false;
        bidi = false;
        markChanges.clear();
        bookmarks.clear();
        bookmarks.addAll(pendingBookmarks);
        pendingBookmarks.clear();
        segments.clear();
    }

    private void endParagraph() {
        if (!inParagraph) {
            return;
        }
        paragraphs.add(new WordParagraph(
                styleId, numId, ilvl, outlineLevel, centered, bidi, tableDepth > 0, bookmarks, segments, markChanges));
        inParagraph = false;
    }

    private void text(String text) {
        if (!inParagraph || hidden || text.isEmpty()) {
            return;
        }
        List<WordParagraph.Change> open = new ArrayList<>(changes);
        java.util.Collections.reverse(open); // the deque holds the innermost first
        int last = segments.size() - 1;
        if (last >= 0
                && segments.get(last).changes().equals(open)
                && segments.get(last).bold() == bold) {
            segments.set(last, new WordParagraph.Segment(segments.get(last).text() + text, open, bold));
        } else {
            segments.add(new WordParagraph.Segment(text, open, bold));
        }
    }

    private WordParagraph.Change change(WordParagraph.ChangeKind kind) {
        return new WordParagraph.Change(
                kind, WordXml.attr(r, "id"), WordXml.attr(r, "author"), WordXml.attr(r, "date"));
    }

    /** The paragraph's own properties; the paragraph mark's run properties say if it was inserted or deleted. */
    private void paragraphProperties() throws XMLStreamException {
        WordXml.walk(r, Set.of("pPrChange", "rPrChange", "sectPr", "tabs", "numberingChange"), (local, parents) -> {
            switch (local) {
                case "pStyle" -> styleId = WordXml.attr(r, "val");
                case "numId" -> numId = WordXml.intAttr(r, "val", 0);
                case "ilvl" -> ilvl = WordXml.intAttr(r, "val", 0);
                case "outlineLvl" -> outlineLevel = WordXml.intAttr(r, "val", 9);
                case "jc" -> centered = "center".equals(WordXml.attr(r, "val"));
                case "bidi" -> bidi = WordXml.onOff(r);
                case "ins", "del", "moveTo", "moveFrom" -> {
                    if ("rPr".equals(parents.peek())) {
                        markChanges.add(change(CHANGES.get(local)));
                    }
                }
                default -> {}
            }
            return false;
        });
    }

    /** Bold and hidden are what reading needs of a run's properties. */
    private void runProperties() throws XMLStreamException {
        WordXml.walk(r, Set.of("rPrChange"), (local, parents) -> {
            if (local.equals("b")) {
                bold = WordXml.onOff(r);
            } else if (local.equals("vanish")) {
                hidden = WordXml.onOff(r);
            }
            return false;
        });
    }
}
