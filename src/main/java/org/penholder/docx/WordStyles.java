package org.penholder.docx;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The paragraph styles of a Word file, as far as reading a draft needs them: names, what they are
 * based on, their outline level (headings), their numbering, bold and centred text.
 */
final class WordStyles {

    /** What one style sets itself; null where it inherits. */
    record Style(
            String id,
            String name,
            String basedOn,
            Integer numId,
            Integer ilvl,
            Integer outlineLevel,
            Boolean bold,
            Boolean centered) {}

    static final WordStyles NONE = new WordStyles(Map.of(), null);

    /** Longest chain of "based on" followed; a loop in a broken file must not hang the reader. */
    private static final int MAX_DEPTH = 20;

    private final Map<String, Style> styles;
    private final String defaultParagraphStyle;

    private WordStyles(Map<String, Style> styles, String defaultParagraphStyle) {
        this.styles = styles;
        this.defaultParagraphStyle = defaultParagraphStyle;
    }

    /** The style a paragraph without a style reference has. */
    String defaultParagraphStyle() {
        return defaultParagraphStyle;
    }

    /** The style's name in lower case ("heading 1"), or "" when unknown. */
    String name(String styleId) {
        Style s = styleId == null ? null : styles.get(styleId);
        return s == null || s.name() == null ? "" : s.name().toLowerCase(Locale.ROOT);
    }

    /** The outline level (0 for a top heading) the style gives, or null for body text. */
    Integer outlineLevel(String styleId) {
        Integer level = inherited(styleId, Style::outlineLevel);
        return level == null || level > 8 ? null : level;
    }

    /** The numbering instance the style gives (0 or null: none). */
    Integer numId(String styleId) {
        return inherited(styleId, Style::numId);
    }

    Integer ilvl(String styleId) {
        return inherited(styleId, Style::ilvl);
    }

    boolean bold(String styleId) {
        return Boolean.TRUE.equals(inherited(styleId, Style::bold));
    }

    boolean centered(String styleId) {
        return Boolean.TRUE.equals(inherited(styleId, Style::centered));
    }

    private <T> T inherited(String styleId, Function<Style, T> property) {
        String id = styleId == null ? defaultParagraphStyle : styleId;
        for (int depth = 0; id != null && depth < MAX_DEPTH; depth++) {
            Style s = styles.get(id);
            if (s == null) {
                return null;
            }
            T value = property.apply(s);
            if (value != null) {
                return value;
            }
            id = s.basedOn();
        }
        return null;
    }

    /** Reads a styles part. */
    static WordStyles parse(InputStream in) throws XMLStreamException {
        Map<String, Style> styles = new HashMap<>();
        String defaultStyle = null;
        XMLStreamReader r = WordXml.open(in);
        try {
            while (r.hasNext()) {
                if (WordXml.next(r) == XMLStreamConstants.START_ELEMENT && WordXml.is(r, "style")) {
                    boolean paragraph = "paragraph".equals(WordXml.attr(r, "type"));
                    boolean isDefault =
                            "1".equals(WordXml.attr(r, "default")) || "true".equals(WordXml.attr(r, "default"));
                    Style s = style(r, WordXml.attr(r, "styleId"));
                    if (paragraph && s.id() != null) {
                        styles.put(s.id(), s);
                        if (isDefault && defaultStyle == null) {
                            defaultStyle = s.id();
                        }
                    }
                }
            }
        } finally {
            r.close();
        }
        return new WordStyles(styles, defaultStyle);
    }

    /** A style as its properties are read. */
    private static final class StyleReading {
        String name;
        String basedOn;
        Integer numId;
        Integer ilvl;
        Integer outline;
        Boolean bold;
        Boolean centered;
    }

    private static Style style(XMLStreamReader r, String id) throws XMLStreamException {
        StyleReading s = new StyleReading();
        WordXml.walk(r, Set.of("tblStylePr", "pPrChange", "rPrChange"), (local, parents) -> {
            switch (local) {
                case "name" -> s.name = WordXml.attr(r, "val");
                case "basedOn" -> s.basedOn = WordXml.attr(r, "val");
                case "numId" -> s.numId = WordXml.intAttr(r, "val", 0);
                case "ilvl" -> s.ilvl = WordXml.intAttr(r, "val", 0);
                case "outlineLvl" -> s.outline = WordXml.intAttr(r, "val", 9);
                case "b" -> s.bold = WordXml.onOff(r);
                case "jc" -> s.centered = "center".equals(WordXml.attr(r, "val"));
                default -> {}
            }
            return false;
        });
        return new Style(id, s.name, s.basedOn, s.numId, s.ilvl, s.outline, s.bold, s.centered);
    }
}
