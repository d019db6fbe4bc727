package org.penholder.docx;

import java.math.BigInteger;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** Tables of fixed column widths with a heading row that repeats on every page. */
final class Tables {

    /** Wide enough for "Paragraph" in a heading and "12 quater." in a cell. */
    static final int LABEL_WIDTH = 1360;

    private final CTTbl table;
    private final int[] widths;

    private Tables(CTTbl table, int[] widths) {
        this.table = table;
        this.widths = widths;
    }

    /** A table at the end of the body, with a heading row. Widths are in twentieths of a point. */
    static Tables create(CTBody body, int[] widths, String... headings) {
        CTTbl t = body.addNewTbl();
        CTTblPr pr = t.addNewTblPr();
        pr.addNewTblStyle().setVal(UnDocument.TABLE_GRID);
        var width = pr.addNewTblW();
        width.setW(BigInteger.valueOf(java.util.Arrays.stream(widths).sum()));
        width.setType(STTblWidth.DXA);
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = t.addNewTblGrid();
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        Tables tables = new Tables(t, widths);
        CTRow head = t.addNewTr();
        head.addNewTrPr().addNewTblHeader();
        for (int i = 0; i < headings.length; i++) {
            RunWriter.plain(tables.cell(head, i, 1, UnDocument.TABLE_HEADING), headings[i]);
        }
        return tables;
    }

    CTRow row() {
        CTRow row = table.addNewTr();
        row.addNewTrPr().addNewCantSplit();
        return row;
    }

    /** A cell at column {@code column} spanning {@code span} columns; returns its first paragraph. */
    CTP cell(CTRow row, int column, int span, String styleId) {
        CTTc tc = row.addNewTc();
        CTTcPr pr = tc.addNewTcPr();
        int w = 0;
        for (int i = column; i < column + span; i++) {
            w += widths[i];
        }
        var width = pr.addNewTcW();
        width.setW(BigInteger.valueOf(w));
        width.setType(STTblWidth.DXA);
        if (span > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        CTP p = tc.addNewP();
        UnDocument.style(p, styleId);
        return p;
    }

    /** Marks a cell as the first of cells merged down the rows below it. */
    static void startMergeDown(CTP cellParagraph) {
        tcPr(cellParagraph).addNewVMerge().setVal(STMerge.RESTART);
    }

    /** Marks a cell as merged with the one above it (its own content stays empty). */
    static void continueMergeDown(CTP cellParagraph) {
        tcPr(cellParagraph).addNewVMerge();
    }

    /** Another paragraph in the same cell. */
    static CTP nextParagraph(CTP cellParagraph, String styleId) {
        CTTc tc = (CTTc) parent(cellParagraph);
        CTP p = tc.addNewP();
        UnDocument.style(p, styleId);
        return p;
    }

    private static CTTcPr tcPr(CTP cellParagraph) {
        return ((CTTc) parent(cellParagraph)).getTcPr();
    }

    private static Object parent(CTP p) {
        try (var c = p.newCursor()) {
            c.toParent();
            return c.getObject();
        }
    }
}
