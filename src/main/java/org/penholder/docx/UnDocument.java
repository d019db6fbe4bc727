package org.penholder.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.penholder.text.DocumentWords;

/**
 * A new Word document in UN style: A4 with 2.5 cm margins, Penholder's styles, the numbering of
 * operative paragraphs, the document symbol with the version and its date in the header, and page
 * numbers ("3/12") in the footer. Writers add paragraphs at the level of the XML beans, which is
 * both complete and fast.
 */
final class UnDocument implements AutoCloseable {

    static final String SYMBOL = "DocumentSymbol";
    static final String TITLE = "Title";
    static final String HEADING = "Heading1";
    static final String PREAMBULAR = "PreambularParagraph";
    static final String OPERATIVE = "OperativeParagraph";
    static final String ANNEX_HEADING = "AnnexHeading";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_HEADING = "TableHeading";
    static final String FOOTNOTE_TEXT = "FootnoteText";
    static final String FOOTNOTE_REFERENCE = "FootnoteReference";
    /** The footnotes that name a paragraph's sources: not part of the draft, left out when it is read back. */
    static final String SOURCES_NOTE = "SourcesNote";

    static final String TABLE_GRID = "TableGrid";

    /** Names of our styles as the reader meets them (lower case): they survive Word and LibreOffice. */
    static final String SYMBOL_NAME = "document symbol";

    static final String TITLE_NAME = "title";
    static final String HEADING_NAME = "heading 1";
    static final String PREAMBULAR_NAME = "preambular paragraph";
    static final String OPERATIVE_NAME = "operative paragraph";
    static final String ANNEX_HEADING_NAME = "annex heading";
    static final String SOURCES_NOTE_NAME = "sources note";

    /** The id of the abstract numbering of operative paragraphs in {@code numbering.xml}. */
    static final BigInteger OPERATIVE_LIST = BigInteger.ONE;

    /** Custom document properties that let a returned file be recognised as one of ours. */
    static final String PROPERTY_VERSION = "Penholder version";

    static final String PROPERTY_DATE = "Penholder version date";

    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int MARGIN = 1418;

    private final XWPFDocument doc;
    private final CTBody body;
    private final CTNumbering numbering;
    private final int textWidth;
    private long nextAnnotationId = 1;
    private final DocumentWords words;

    private UnDocument(XWPFDocument doc, CTNumbering numbering, int textWidth, DocumentWords words) {
        this.doc = doc;
        this.words = words;
        this.body = doc.getDocument().getBody();
        this.numbering = numbering;
        this.textWidth = textWidth;
    }

    /** A new document for a text; {@code landscape} for wide tables. */
    static UnDocument create(CirculatedText text, boolean landscape) {
        return create(text, landscape, DocumentWords.english());
    }

    /** A new document for a text whose fixed words are in {@code words}' language. */
    static UnDocument create(CirculatedText text, boolean landscape, DocumentWords words) {
        XWPFDocument doc = new XWPFDocument();
        try {
            doc.createStyles()
                    .setStyles(
                            StylesDocument.Factory.parse(resource("styles.xml")).getStyles());
            CTNumbering numbering =
                    NumberingDocument.Factory.parse(resource("numbering.xml")).getNumbering();
            doc.createNumbering().setNumbering(numbering);
            UnDocument d = new UnDocument(doc, numbering, (landscape ? A4_LONG : A4_SHORT) - 2 * MARGIN, words);
            d.pageSetup(landscape);
            d.headerAndFooter(text);
            d.properties(text);
            return d;
        } catch (IOException | XmlException | RuntimeException e) {
            closeQuietly(doc);
            throw new IllegalStateException("Penholder's Word styles could not be set up: " + e.getMessage(), e);
        }
    }

    XWPFDocument poi() {
        return doc;
    }

    CTBody body() {
        return body;
    }

    CTNumbering numbering() {
        return numbering;
    }

    /** The width between the margins, in twentieths of a point. */
    int textWidth() {
        return textWidth;
    }

    /** A fresh id for a bookmark or a tracked change; Word wants them unique in the document. */
    BigInteger nextAnnotationId() {
        return BigInteger.valueOf(nextAnnotationId++);
    }

    /** Appends a paragraph of a style to the body. */
    CTP paragraph(String styleId) {
        CTP p = body.addNewP();
        style(p, styleId);
        return p;
    }

    static void style(CTP p, String styleId) {
        CTPPr ppr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
        ppr.addNewPStyle().setVal(styleId);
    }

    /** The fixed words of the document, in its language. */
    DocumentWords words() {
        return words;
    }

    /** The day as UN documents print it, in the document's language: "14 October 2025". */
    String date(java.time.LocalDate date) {
        return words.date(date);
    }

    void write(OutputStream out) throws IOException {
        doc.write(out);
    }

    @Override
    public void close() {
        closeQuietly(doc);
    }

    private void pageSetup(boolean landscape) {
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN));
        mar.setBottom(BigInteger.valueOf(MARGIN));
        mar.setLeft(BigInteger.valueOf(MARGIN));
        mar.setRight(BigInteger.valueOf(MARGIN));
        mar.setHeader(BigInteger.valueOf(709));
        mar.setFooter(BigInteger.valueOf(709));
        mar.setGutter(BigInteger.ZERO);
    }

    /** Header: symbol at the left, version and date at the right. Footer: "page/pages". */
    private void headerAndFooter(CirculatedText text) {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        CTP h = header.createParagraph().getCTP();
        style(h, "Header");
        CTTabStop right = h.getPPr().addNewTabs().addNewTab();
        right.setVal(STTabJc.RIGHT);
        right.setPos(BigInteger.valueOf(textWidth));
        RunWriter.plain(h, text.symbol());
        h.addNewR().addNewTab();
        String version = text.versionName(words);
        String date = date(text.date());
        RunWriter.plain(h, version.isEmpty() ? date : date.isEmpty() ? version : version + ", " + date);

        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        CTP f = footer.createParagraph().getCTP();
        style(f, "Footer");
        field(f, "PAGE", "1");
        RunWriter.plain(f, "/");
        field(f, "NUMPAGES", "1");
    }

    private static void field(CTP p, String instruction, String shown) {
        var field = p.addNewFldSimple();
        field.setInstr(" " + instruction + " ");
        field.addNewR().addNewT().setStringValue(shown);
    }

    private void properties(CirculatedText text) {
        var props = doc.getProperties();
        props.getCoreProperties().setTitle(text.title());
        props.getCoreProperties().setCreator("Penholder");
        if (!text.symbol().isEmpty()) {
            props.getCoreProperties().setIdentifier(text.symbol());
        }
        props.getCustomProperties().addProperty(PROPERTY_VERSION, text.versionName());
        if (text.date() != null) {
            props.getCustomProperties().addProperty(PROPERTY_DATE, text.date().toString());
        }
    }

    private static InputStream resource(String name) {
        InputStream in = UnDocument.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the resource " + name + " is missing from the build");
        }
        return in;
    }

    private static void closeQuietly(XWPFDocument doc) {
        try {
            doc.close();
        } catch (IOException ignored) {
            // a document never written to a file holds nothing to release
        }
    }
}
