package org.penholder.docx;

import java.math.BigInteger;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.penholder.model.ParagraphLabel;

/**
 * Gives each operative paragraph real Word numbering that prints its label. "12." is level 0 of the
 * operative list; "12 bis" to "12 novies" are levels 1 to 8, which print level 0's number with the
 * suffix. When the next number is not one more than the last (frozen numbering after a deletion),
 * a new numbering instance starts there with a start override. What Word numbering cannot print
 * (a suffix past "novies", a "bis" whose base number was deleted) is typed before the text.
 */
final class OperativeNumbering {

    private static final int LEVELS = 9;

    private final CTNumbering numbering;
    private BigInteger current;
    private int shown;

    OperativeNumbering(CTNumbering numbering) {
        this.numbering = numbering;
    }

    /**
     * Numbers paragraph {@code p} as {@code label}. Returns the text to type before the paragraph's
     * text when Word numbering cannot print the label, else the empty string.
     */
    String number(CTP p, ParagraphLabel label) {
        if (label.suffix() == 0) {
            if (current == null || label.number() != shown + 1) {
                current = newInstance(label.number());
            }
            shown = label.number();
            apply(p, current, 0);
            return "";
        }
        if (current != null && label.number() == shown && label.suffix() < LEVELS) {
            apply(p, current, label.suffix());
            return "";
        }
        return label.numberText() + ".\t";
    }

    private BigInteger newInstance(int start) {
        BigInteger id = BigInteger.valueOf(numbering.sizeOfNumArray() + 1L);
        CTNum num = numbering.addNewNum();
        num.setNumId(id);
        num.addNewAbstractNumId().setVal(UnDocument.OPERATIVE_LIST);
        // every instance states its start: Word would continue an earlier instance's count,
        // LibreOffice would restart it, and an explicit start makes both print the same number
        var override = num.addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return id;
    }

    private static void apply(CTP p, BigInteger numId, int level) {
        var ppr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
        CTNumPr numPr = ppr.addNewNumPr();
        numPr.addNewIlvl().setVal(BigInteger.valueOf(level));
        numPr.addNewNumId().setVal(numId);
    }
}
