package org.penholder.model;

/**
 * One paragraph of an adopted text: preambular paragraphs numbered in order, operative ones with
 * the number printed before them ("9", "12 bis").
 *
 * @param ordinal its place in the text, from 1
 * @param number  "PP3" for a preambular paragraph, the printed number for an operative one
 */
public record AdoptedParagraph(long id, long textId, int ordinal, ParagraphKind kind, String number, String text) {

    /** How a citation names the paragraph: "para. 9", "PP3". */
    public String citation() {
        return kind == ParagraphKind.PP ? number : "para. " + number;
    }
}
