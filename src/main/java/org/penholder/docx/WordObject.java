package org.penholder.docx;

import java.util.Locale;

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

    /** What kind of object it is, named as a person would ("1 table", "2 images"). */
    enum Kind {
        TABLE("table", "tables"),
        IMAGE("image", "images"),
        TEXT_BOX("text box", "text boxes"),
        EQUATION("equation", "equations"),
        CHART("chart", "charts"),
        SHAPE("drawing", "drawings"),
        EMBEDDED("embedded object", "embedded objects"),
        COMMENT("comment", "comments");

        private final String one;
        private final String many;

        Kind(String one, String many) {
            this.one = one;
            this.many = many;
        }

        /** "1 table", "3 tables". */
        String count(int n) {
            return n + " " + (n == 1 ? one : many);
        }

        String noun() {
            return one;
        }

        String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** What compare looks at: two objects of a kind with the same fingerprint are the same. */
    String fingerprint() {
        return kind + "\u0000" + text.strip().replaceAll("\\s+", " ") + "\u0000" + (content == null ? "" : content);
    }
}
