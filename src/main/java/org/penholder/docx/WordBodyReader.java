package org.penholder.docx;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the paragraphs of a WordprocessingML part (the document body, a header, the footnotes,
 * endnotes or comments) in one streaming pass. Text inside tracked insertions, deletions and moves
 * is kept with its change; references to footnotes and endnotes are kept at their places; field
 * codes, hidden text and properties of earlier revisions are left out. Paragraphs inside tables are
 * read and marked with their cell; tables, drawings (images, text boxes, charts), equations,
 * embedded objects and comment marks are listed as {@link WordObject}s where they stand.
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

    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final XMLStreamReader r;
    private final Checkpoint checkpoint;
    private final List<WordParagraph> paragraphs = new ArrayList<>();
    private final Deque<WordParagraph.Change> changes = new ArrayDeque<>();
    private final List<String> pendingBookmarks = new ArrayList<>();
    private final List<WordObject> objects = new ArrayList<>();
    private final java.util.Map<String, List<WordParagraph>> notes = new java.util.LinkedHashMap<>();
    private int tableDepth;
    private int tables;
    private int tableFirstParagraph;
    private int row;
    private int column;
    /** The footnote, endnote or comment being read ("footnote:3"), in a notes part. */
    private String note;

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

    /** What a part holds: its paragraphs in document order, the objects among them, and notes by name. */
    record Part(List<WordParagraph> paragraphs, List<WordObject> objects, Map<String, List<WordParagraph>> notes) {}

    /** The paragraphs of a part, in document order. */
    static List<WordParagraph> read(InputStream in, Checkpoint checkpoint) throws XMLStreamException {
        return readPart(in, checkpoint).paragraphs();
    }

    /** Everything a part (the body, a header, the footnotes, the comments) holds. */
    static Part readPart(InputStream in, Checkpoint checkpoint) throws XMLStreamException {
        XMLStreamReader r = WordXml.open(in);
        try {
            WordBodyReader reader = new WordBodyReader(r, checkpoint);
            reader.run();
            return new Part(reader.paragraphs, reader.objects, reader.notes);
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
            String ns = r.getNamespaceURI();
            String local = r.getLocalName();
            if (MC.equals(ns) && (local.equals("AlternateContent") || local.equals("Choice"))) {
                return; // read the first choice; the fallback repeats it for older readers
            }
            if (WordXml.isMath(r) && (local.equals("oMath") || local.equals("oMathPara"))) {
                equation();
                return;
            }
            WordXml.skip(r); // markup compatibility fallbacks, other vocabularies
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
            case "footnoteReference", "endnoteReference" -> noteReference();
            case "ins", "del", "moveTo", "moveFrom" -> changes.push(change(CHANGES.get(r.getLocalName())));
            case "bookmarkStart" -> {
                String name = WordXml.attr(r, "name");
                if (name != null) {
                    (inParagraph ? bookmarks : pendingBookmarks).add(name);
                }
            }
            case "tbl" -> {
                if (tableDepth++ == 0) {
                    tableFirstParagraph = paragraphs.size();
                    row = -1;
                }
            }
            case "tr" -> {
                if (tableDepth == 1) {
                    row++;
                    column = -1;
                }
            }
            case "tc" -> {
                if (tableDepth == 1) {
                    column++;
                }
            }
            case "footnote", "endnote", "comment" -> {
                String type = WordXml.attr(r, "type");
                note = type == null || type.equals("normal") ? r.getLocalName() + ":" + WordXml.attr(r, "id") : null;
            }
            case "drawing", "pict", "object" -> drawing(r.getLocalName());
            case "commentReference" -> object(WordObject.Kind.COMMENT, "", WordXml.attr(r, "id"));
            case "altChunk" -> {
                object(WordObject.Kind.EMBEDDED, "", WordXml.attr(r, RELATIONSHIPS, "id"));
                WordXml.skip(r);
            }
            case "instrText",
                    "delInstrText",
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
            case "tbl" -> {
                tableDepth = Math.max(0, tableDepth - 1);
                if (tableDepth == 0) {
                    endTable();
                }
            }
            case "footnote", "endnote", "comment" -> note = null;
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
        WordParagraph p = new WordParagraph(
                styleId,
                numId,
                ilvl,
                outlineLevel,
                centered,
                bidi,
                tableDepth > 0 ? new WordParagraph.Cell(tables, Math.max(0, row), Math.max(0, column)) : null,
                bookmarks,
                segments,
                markChanges);
        paragraphs.add(p);
        if (note != null) {
            notes.computeIfAbsent(note, k -> new ArrayList<>()).add(p);
        }
        inParagraph = false;
    }

    /** The tracked changes around the place being read, outermost first. */
    private List<WordParagraph.Change> openChanges() {
        List<WordParagraph.Change> open = new ArrayList<>(changes);
        java.util.Collections.reverse(open); // the deque holds the innermost first
        return open;
    }

    private void text(String text) {
        if (!inParagraph || hidden || text.isEmpty()) {
            return;
        }
        List<WordParagraph.Change> open = openChanges();
        int last = segments.size() - 1;
        if (last >= 0
                && segments.get(last).note() == null
                && segments.get(last).changes().equals(open)
                && segments.get(last).bold() == bold) {
            segments.set(last, new WordParagraph.Segment(segments.get(last).text() + text, open, bold));
        } else {
            segments.add(new WordParagraph.Segment(text, open, bold));
        }
    }

    /** A footnote or endnote reference: a place in the text that the note hangs on. */
    private void noteReference() {
        String id = WordXml.attr(r, "id");
        if (inParagraph && id != null) {
            String kind = r.getLocalName().equals("footnoteReference") ? "footnote" : "endnote";
            segments.add(new WordParagraph.Segment("", openChanges(), bold, kind + ":" + id));
        }
    }

    /** Where the reader stands in the current paragraph's accepted text. */
    private int acceptedOffset() {
        int at = 0;
        for (WordParagraph.Segment s : segments) {
            if (s.keptWhenAccepted()) {
                at += s.text().length();
            }
        }
        return at;
    }

    /** Records an object at the place being read, unless a tracked change removes it. */
    private void object(WordObject.Kind kind, String text, String content) {
        if (!WordParagraph.keptWhenAccepted(openChanges())) {
            return;
        }
        objects.add(new WordObject(
                kind,
                inParagraph ? paragraphs.size() : Math.max(0, paragraphs.size() - 1),
                inParagraph ? acceptedOffset() : -1,
                text,
                content));
    }

    /** A drawing, a VML picture or an embedded object: an image, a text box, a chart or a shape. */
    private void drawing(String element) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        boolean textBox = false;
        boolean chart = false;
        String image = null;
        int depth = 1;
        while (depth > 0) {
            int e = WordXml.next(r);
            if (e == XMLStreamConstants.START_ELEMENT) {
                String local = r.getLocalName();
                if (MC.equals(r.getNamespaceURI()) && local.equals("Fallback")) {
                    WordXml.skip(r);
                } else if (WordXml.isWord(r) && (local.equals("t") || local.equals("delText"))) {
                    text.append(r.getElementText());
                } else {
                    depth++;
                    if (WordXml.isWord(r) && local.equals("txbxContent")) {
                        textBox = true;
                    } else if (local.equals("blip") || local.equals("imagedata")) {
                        String rel = WordXml.attr(r, RELATIONSHIPS, local.equals("blip") ? "embed" : "id");
                        image = image == null ? rel : image;
                    } else if (local.equals("chart")) {
                        chart = true;
                    }
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (WordXml.isWord(r) && r.getLocalName().equals("p")) {
                    text.append('\n');
                }
            }
        }
        WordObject.Kind kind = element.equals("object")
                ? WordObject.Kind.EMBEDDED
                : textBox
                        ? WordObject.Kind.TEXT_BOX
                        : chart ? WordObject.Kind.CHART : image != null ? WordObject.Kind.IMAGE : WordObject.Kind.SHAPE;
        object(kind, text.toString().strip(), kind == WordObject.Kind.TEXT_BOX ? null : image);
    }

    /** An equation (Office Math): its text is what compare can tell apart. */
    private void equation() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int e = WordXml.next(r);
            if (e == XMLStreamConstants.START_ELEMENT) {
                if (WordXml.isMath(r) && r.getLocalName().equals("t")) {
                    text.append(r.getElementText());
                } else {
                    depth++;
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        object(WordObject.Kind.EQUATION, text.toString(), null);
    }

    /** A table read to its end: its cells, row by row, as one object. */
    private void endTable() {
        StringBuilder text = new StringBuilder();
        WordParagraph.Cell at = null;
        for (int k = tableFirstParagraph; k < paragraphs.size(); k++) {
            WordParagraph p = paragraphs.get(k);
            WordParagraph.Cell cell = p.cell();
            if (cell == null || cell.table() != tables) {
                continue;
            }
            if (at != null) {
                text.append(cell.row() != at.row() ? "\n" : cell.column() != at.column() ? "\t" : " ");
            }
            text.append(p.acceptedText().strip());
            at = cell;
        }
        if (!WordParagraph.keptWhenAccepted(openChanges())) {
            tables++;
            return;
        }
        objects.add(new WordObject(WordObject.Kind.TABLE, tableFirstParagraph, -1, text.toString(), null));
        tables++;
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
