package org.penholder.docx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The page, styles, tables and runs of the transparency report: A4 with page numbers, the styles
 * of {@code transparency-report-styles.xml}, tables with a repeated header row, text made safe for
 * XML. Kept apart from what the report says, so the Word export of drafts could share it.
 */
final class TransparencyReportLayout {

    /** A4 in twentieths of a point, with margins of 2.2 cm. */
    static final int PAGE_WIDTH = 11906;

    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN = 1247;
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

    private static final String HEADER_SHADE = "E7ECF3";
    private static final String RULE = "A6A6A6";

    private final XWPFDocument doc;

    TransparencyReportLayout(XWPFDocument doc) {
        this.doc = doc;
    }

    /** Where the page's number goes in the words of {@link #setUp}'s {@code pageOf}. */
    static final String PAGE = "\uE000";
    /** Where the number of pages goes in the words of {@link #setUp}'s {@code pageOf}. */
    static final String PAGES = "\uE001";

    /**
     * Styles, A4 page and a footer "page N of M"; call once, before any content.
     *
     * @param pageOf "page N of M" in the document's language, {@link #PAGE} and {@link #PAGES} in place of the numbers
     */
    void setUp(String footerText, String pageOf) throws IOException {
        try (InputStream in = TransparencyReportLayout.class.getResourceAsStream("transparency-report-styles.xml")) {
            if (in == null) {
                throw new IOException("the report's styles are missing from the build");
            }
            doc.createStyles().setStyles(StylesDocument.Factory.parse(in).getStyles());
        } catch (XmlException e) {
            throw new IOException("the report's styles cannot be read: " + e.getMessage(), e);
        }
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(708));
        margins.setFooter(BigInteger.valueOf(708));
        margins.setGutter(BigInteger.ZERO);

        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setStyle("Footer");
        p.createRun().setText(clean(footerText) + " \u00B7 ");
        // the numbers are fields Word fills in; the words around them follow the language's order
        int from = 0;
        for (int i = 0; i < pageOf.length(); i++) {
            String c = pageOf.substring(i, i + 1);
            if (c.equals(PAGE) || c.equals(PAGES)) {
                if (i > from) {
                    p.createRun().setText(pageOf.substring(from, i));
                }
                field(p, c.equals(PAGE) ? "PAGE" : "NUMPAGES", "1");
                from = i + 1;
            }
        }
        if (from < pageOf.length()) {
            p.createRun().setText(pageOf.substring(from));
        }
    }

    private static void field(XWPFParagraph p, String instruction, String placeholder) {
        CTSimpleField f = p.getCTP().addNewFldSimple();
        f.setInstr(" " + instruction + " ");
        f.addNewR().addNewT().setStringValue(placeholder);
    }

    /** A paragraph of a style with one run of text. */
    XWPFParagraph paragraph(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        if (text != null && !text.isEmpty()) {
            run(p, text);
        }
        return p;
    }

    /** Adds text to a paragraph; a run in a right-to-left script is marked so Word orders it right. */
    static XWPFRun run(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        String safe = clean(text);
        r.setText(safe);
        if (isRightToLeft(safe)) {
            var rPr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
            rPr.addNewRtl();
        }
        return r;
    }

    static XWPFRun bold(XWPFParagraph p, String text) {
        XWPFRun r = run(p, text);
        r.setBold(true);
        return r;
    }

    static XWPFRun italic(XWPFParagraph p, String text) {
        XWPFRun r = run(p, text);
        r.setItalic(true);
        return r;
    }

    /** A table over the text width, with fixed column widths (twentieths of a point) and a header row repeated on every page. */
    XWPFTable table(List<String> headings, int[] widths, boolean[] numeric) {
        XWPFTable t = doc.createTable(1, headings.size());
        CTTblPr pr = t.getCTTbl().getTblPr();
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        t.setWidth(Integer.toString(TEXT_WIDTH));
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null
                ? t.getCTTbl().addNewTblGrid()
                : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        t.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 8, 0, RULE);
        t.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 8, 0, RULE);
        t.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
        t.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        t.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int i = 0; i < headings.size(); i++) {
            XWPFTableCell cell = header.getCell(i);
            cell.setColor(HEADER_SHADE);
            fill(cell, widths[i], "TableHeading", headings.get(i), numeric[i], false);
        }
        return t;
    }

    /** Appends a row of plain cells; {@code bold} for a total. */
    static void row(XWPFTable t, int[] widths, boolean[] numeric, boolean bold, String... values) {
        XWPFTableRow row = t.createRow();
        row.setCantSplitRow(true);
        for (int i = 0; i < values.length; i++) {
            fill(row.getCell(i), widths[i], "TableText", values[i], numeric[i], bold);
        }
    }

    private static void fill(XWPFTableCell cell, int width, String style, String text, boolean numeric, boolean bold) {
        CTTcPr pr = cell.getCTTc().isSetTcPr()
                ? cell.getCTTc().getTcPr()
                : cell.getCTTc().addNewTcPr();
        var w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        w.setW(BigInteger.valueOf(width));
        w.setType(STTblWidth.DXA);
        XWPFParagraph p = cell.getParagraphs().getFirst();
        p.setStyle(style);
        if (numeric) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        }
        if (text != null && !text.isEmpty()) {
            run(p, text).setBold(bold || "TableHeading".equals(style));
        }
    }

    /**
     * Text as XML can carry it: characters XML 1.0 forbids (control characters that PDF extraction
     * leaves behind, lone surrogates) are dropped, line breaks and tabs become spaces.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isHighSurrogate(ch)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(ch).append(text.charAt(++i));
            } else if (ch == '\n' || ch == '\r' || ch == '\t') {
                out.append(' ');
            } else if (ch >= 0x20 && !Character.isSurrogate(ch) && ch != 0xFFFE && ch != 0xFFFF) {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** True when the first strongly directional character is Arabic or Hebrew. */
    static boolean isRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
