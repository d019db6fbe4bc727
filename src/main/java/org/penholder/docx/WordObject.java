package org.penholder.docx;

import java.util.Locale;
import org.penholder.text.Phrase;

/**
 * Something in a Word file's body that is not running text: a table, an image, a text box, an
 * equation, a chart or shape, an embedded object, a comment. A draft holds none of them; reading
 * says where each was, and compare tells when one changed, so that nothing is dropped unseen.
 *
 * @param paragraph the body paragraph it is in (a table: the first paragraph inside it)
 * @param offset    where in that paragraph's accepted text it stands; -1 for a table
 * @param text      its words (a table's cells, a text box's or an equation's text), for the person and for compare
 * @param content   what else tells two versions apart: the image's bytes (as a digest), the relationship it names
 */
record WordObject(Kind kind, int paragraph, int offset, String text, String content) {

    /** What kind of object it is, named as a person would ("1 table"). */
    enum Kind {
        TABLE("table"),
        IMAGE("image"),
        TEXT_BOX("text box"),
        EQUATION("equation"),
        CHART("chart"),
        SHAPE("drawing"),
        EMBEDDED("embedded object"),
        COMMENT("comment");

        private final String one;

        Kind(String one) {
            this.one = one;
        }

        /** "1 table after OP12 was not imported", "3 images in PP2 were not imported": a warning of the reader. */
        Phrase notImported(int n, Phrase place) {
            return Phrase.of("docx.reading.notImported." + key(), n, place);
        }

        /** Its name in message keys and selectors: "table", "textBox". */
        String key() {
            String[] words = name().toLowerCase(Locale.ROOT).split("_");
            return words.length == 1
                    ? words[0]
                    : words[0] + Character.toUpperCase(words[1].charAt(0)) + words[1].substring(1);
        }

        String noun() {
            return one;
        }
    }

    /** What compare looks at: two objects of a kind with the same fingerprint are the same. */
    String fingerprint() {
        return kind + "\u0000" + text.strip().replaceAll("\\s+", " ") + "\u0000" + (content == null ? "" : content);
    }
}
