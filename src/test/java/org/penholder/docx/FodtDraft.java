package org.penholder.docx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft written as LibreOffice's own flat document (.fodt) and turned into .docx by LibreOffice:
 * a file from other hands, as a Secretariat or a delegation would send it. Paragraph texts may hold
 * notes written {@code {fn:text}} (a footnote) or {@code {en:text}} (an endnote) where their marks stand.
 */
public final class FodtDraft {

    private static final Pattern NOTE = Pattern.compile("\\{(fn|en):([^}]*)\\}");
    /** A 1×1 PNG, for an image in the text. */
    private static final String PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    private final StringBuilder body = new StringBuilder();
    private final List<String> openList = new ArrayList<>();
    private int notes;

    /** A centred bold line of the masthead (the title). */
    public FodtDraft title(String text) {
        return close().raw("<text:p text:style-name=\"Title\">" + escape(text) + "</text:p>");
    }

    /** A centred line of the masthead ("Zero draft", "Draft of 4 December 2026"). */
    public FodtDraft line(String text) {
        return close().raw("<text:p text:style-name=\"Centred\">" + escape(text) + "</text:p>");
    }

    public FodtDraft heading(String text) {
        return close().raw("<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">" + escape(text)
                + "</text:h>");
    }

    /** A paragraph of body text, its first word in italics when it opens a preambular paragraph. */
    public FodtDraft paragraph(String text) {
        int space = text.indexOf(' ');
        String first = space > 0 ? text.substring(0, space) : text;
        String rest = space > 0 ? text.substring(space) : "";
        boolean lead = first.matches("[A-Z][a-z]+ing") || first.matches("[A-Z][a-z]+ed");
        return close().raw("<text:p text:style-name=\"Body\">"
                + (lead ? "<text:span text:style-name=\"Lead\">" + inline(first) + "</text:span>" : inline(first))
                + inline(rest) + "</text:p>");
    }

    /** An operative paragraph numbered by LibreOffice's automatic numbering ("1.", "2." ...). */
    public FodtDraft numbered(String text) {
        if (openList.isEmpty()) {
            body.append("<text:list text:style-name=\"Operative\">");
            openList.add("list");
        }
        return raw("<text:list-item><text:p text:style-name=\"Body\">" + inline(text) + "</text:p></text:list-item>");
    }

    /** An operative paragraph whose number is typed ("3.", "3 bis."), followed by a tab. */
    public FodtDraft typed(String number, String text) {
        return close().raw("<text:p text:style-name=\"Body\">" + escape(number) + "<text:tab/>" + inline(text)
                + "</text:p>");
    }

    /** A table of rows of cells. */
    public FodtDraft table(List<List<String>> rows) {
        close();
        int columns = rows.get(0).size();
        body.append("<table:table table:name=\"Table").append(body.length()).append("\">");
        body.append("<table:table-column table:number-columns-repeated=\"")
                .append(columns)
                .append("\"/>");
        for (List<String> row : rows) {
            body.append("<table:table-row>");
            for (String cell : row) {
                body.append("<table:table-cell office:value-type=\"string\"><text:p>")
                        .append(escape(cell))
                        .append("</text:p></table:table-cell>");
            }
            body.append("</table:table-row>");
        }
        body.append("</table:table>");
        return this;
    }

    /** A paragraph holding a small image, then text. */
    public FodtDraft image(String caption) {
        return close().raw("<text:p text:style-name=\"Body\"><draw:frame draw:name=\"Image" + body.length()
                + "\" text:anchor-type=\"as-char\" svg:width=\"0.5cm\" svg:height=\"0.5cm\"><draw:image>"
                + "<office:binary-data>" + PNG + "</office:binary-data></draw:image></draw:frame>"
                + escape(caption) + "</text:p>");
    }

    /** A paragraph holding a text box with its own words, then text. */
    public FodtDraft textBox(String inside, String caption) {
        return close().raw("<text:p text:style-name=\"Body\"><draw:frame draw:name=\"Box" + body.length()
                + "\" text:anchor-type=\"as-char\" svg:width=\"6cm\" svg:height=\"1.5cm\"><draw:text-box>"
                + "<text:p>" + escape(inside) + "</text:p></draw:text-box></draw:frame>" + escape(caption)
                + "</text:p>");
    }

    private FodtDraft raw(String xml) {
        body.append(xml);
        return this;
    }

    private FodtDraft close() {
        if (!openList.isEmpty()) {
            body.append("</text:list>");
            openList.clear();
        }
        return this;
    }

    private String inline(String text) {
        StringBuilder b = new StringBuilder();
        Matcher m = NOTE.matcher(text);
        int at = 0;
        while (m.find()) {
            b.append(escape(text.substring(at, m.start())));
            notes++;
            b.append("<text:note text:id=\"n")
                    .append(notes)
                    .append("\" text:note-class=\"")
                    .append(m.group(1).equals("fn") ? "footnote" : "endnote")
                    .append("\"><text:note-citation>")
                    .append(notes)
                    .append("</text:note-citation><text:note-body><text:p text:style-name=\"Footnote\">")
                    .append(escape(m.group(2)))
                    .append("</text:p></text:note-body></text:note>");
            at = m.end();
        }
        return b.append(escape(text.substring(at))).toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The flat document. */
    public String xml() {
        close();
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
                 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
                 xmlns:xlink="http://www.w3.org/1999/xlink"
                 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
                 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
                 <office:styles>
                  <style:style style:name="Body" style:family="paragraph">
                   <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.2cm"/>
                  </style:style>
                  <style:style style:name="Title" style:family="paragraph">
                   <style:paragraph-properties fo:text-align="center"/>
                   <style:text-properties fo:font-weight="bold" fo:font-size="14pt"/>
                  </style:style>
                  <style:style style:name="Centred" style:family="paragraph">
                   <style:paragraph-properties fo:text-align="center"/>
                  </style:style>
                  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
                   style:default-outline-level="1">
                   <style:text-properties fo:font-weight="bold"/>
                  </style:style>
                  <style:style style:name="Footnote" style:family="paragraph">
                   <style:text-properties fo:font-size="9pt"/>
                  </style:style>
                  <style:style style:name="Lead" style:family="text">
                   <style:text-properties fo:font-style="italic"/>
                  </style:style>
                  <text:list-style style:name="Operative">
                   <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
                    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
                     <style:list-level-label-alignment text:label-followed-by="listtab"
                      text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/>
                    </style:list-level-properties>
                   </text:list-level-style-number>
                  </text:list-style>
                 </office:styles>
                 <office:body><office:text>
                """ + body + """
                 </office:text></office:body>
                </office:document>
                """;
    }

    /**
     * Writes each draft as {@code NAME.fodt} in {@code dir} and has LibreOffice save them all as
     * .docx there, in one run; returns the .docx files in the order given. Skips the test when
     * LibreOffice is missing.
     */
    public static List<Path> toDocx(Path dir, List<String> names, List<FodtDraft> drafts)
            throws IOException, InterruptedException {
        List<Path> fodts = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            fodts.add(Files.writeString(
                    dir.resolve(names.get(k) + ".fodt"), drafts.get(k).xml()));
        }
        return LibreOffice.convert(fodts, "docx:MS Word 2007 XML", dir, Duration.ofSeconds(180));
    }
}
