package org.penholder.agreed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Adopted texts made up for the tests (no real UN text is kept in the project): two resolutions on
 * coastal observatories, the second repeating a paragraph of the first word for word as annual
 * resolutions do, and a declaration with typed numbers only. Their common phrases ("the information
 * society", "sustainable development", "We recognize") recur as they do in real libraries.
 */
public final class MadeUpLibrary {

    private MadeUpLibrary() {}

    public static final String A_SYMBOL = "A/RES/90/101";
    public static final String A_TITLE = "Cooperation among coastal observatories";

    public static final List<String> A_PREAMBLE = List.of(
            "Recalling its resolution 88/12 of 3 May 2029 on tide gauges and the sharing of harbour data,",
            "Recognizing that the information society offers lighthouse keepers new ways to report storms across remote archipelagos,",
            "Noting with concern that the sustainable development of small fishing ports depends on reliable weather warnings,");

    public static final List<String> A_OPERATIVE = List.of(
            "Reaffirms the commitment to open tide tables published every season by each coastal observatory in all official languages;",
            "Encourages Member States to train young navigators in reading satellite charts, with particular attention to women and girls in island communities;",
            "Calls upon observatories to exchange anonymised wave records through a common registry hosted by the regional commission for the northern seas;",
            "Decides to review the implementation of the present resolution at its ninety-third session under the item entitled \u201cOceans and the information society\u201d.");

    public static final String B_SYMBOL = "A/RES/91/7";
    public static final String B_TITLE = "Volunteer radio operators at sea";

    public static final List<String> B_PREAMBLE = List.of(
            A_PREAMBLE.get(1),
            "Welcoming the progress made by the regional commission for the northern seas in building a shared map of drifting ice,");

    public static final List<String> B_OPERATIVE = List.of(
            "Urges all stakeholders to support volunteer radio operators who relay distress calls from vessels beyond the reach of coastal stations;",
            "Invites the secretariat to prepare a glossary of maritime signal terms in plain language for use by schools in coastal towns;",
            "Requests the Secretary-General to report on the information society and sustainable development in coastal regions.");

    public static final String C_SYMBOL = "A/CONF.300/4";
    public static final String C_TITLE = "Valmora Declaration on Lighthouses";

    public static final List<String> C_PARAGRAPHS = List.of(
            "We, the delegates gathered in the harbour city of Valmora, declare our common resolve to keep every lighthouse lit through shared knowledge and mutual assistance.",
            "We recognize that the information society must serve fishing families, ferry crews and island schools alike, and must never leave a coast in darkness.",
            "We are committed to the sustainable development of coastal economies through open radio spectrum, fair harbour fees and the training of young navigators.");

    /** Text A as a plain text file, with the masthead, headings and running heads of a PDF's text. */
    public static Path textA(Path dir) {
        List<String> lines = new ArrayList<>();
        lines.add("United Nations");
        lines.add(A_SYMBOL);
        lines.add("General Assembly");
        lines.add("Distr.: General");
        lines.add("Resolution adopted by the General Assembly on 14 March 2031");
        lines.add("90/101. " + A_TITLE);
        lines.add("The General Assembly,");
        lines.addAll(A_PREAMBLE);
        for (int k = 0; k < A_OPERATIVE.size(); k++) {
            if (k == 2) {
                lines.add("2/3");
                lines.add("31-01234 (E)");
            }
            lines.add((k + 1) + ".\t" + A_OPERATIVE.get(k));
        }
        lines.add("75th plenary meeting");
        lines.add("14 March 2031");
        return write(dir.resolve("a-res-90-101.txt"), String.join("\n", lines));
    }

    /** Text B as Markdown, with "2 bis" numbering. */
    public static Path markdownB(Path dir) {
        StringBuilder md = new StringBuilder();
        md.append(B_SYMBOL).append("\n\n");
        md.append("# ").append(B_TITLE).append("\n\n");
        md.append("Resolution adopted by the General Assembly on 1 February 2032\n\n");
        md.append("The General Assembly,\n\n");
        for (String p : B_PREAMBLE) {
            md.append("*")
                    .append(p, 0, p.indexOf(' '))
                    .append("*")
                    .append(p.substring(p.indexOf(' ')))
                    .append("\n\n");
        }
        String[] numbers = {"1", "2", "2 bis"};
        for (int k = 0; k < B_OPERATIVE.size(); k++) {
            md.append(numbers[k]).append(". ").append(B_OPERATIVE.get(k)).append("\n\n");
        }
        return write(dir.resolve("a-res-91-7.md"), md.toString());
    }

    /** Text C as a web page: numbered by an HTML list, with a script and a navigation bar that are not text. */
    public static Path htmlC(Path dir) {
        return write(dir.resolve("valmora.html"), htmlOf(C_SYMBOL, C_TITLE, List.of(), C_PARAGRAPHS, 1));
    }

    /** Text A as a web page (for the conversions to Word and PDF). */
    public static String htmlA() {
        return htmlOf(A_SYMBOL, A_TITLE, A_PREAMBLE, A_OPERATIVE, 1);
    }

    static String htmlOf(String symbol, String title, List<String> preamble, List<String> operative, int start) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(title)
                .append("</title><script>document.write('not text')</script>")
                .append("<style>p { color: black }</style></head><body>");
        h.append("<nav><a href=\"https://example.org/\">Home</a> | <a href=\"#\">Search</a></nav>");
        h.append("<p>").append(symbol).append("</p>");
        h.append("<h1>").append(escape(title)).append("</h1>");
        if (!preamble.isEmpty()) {
            h.append("<p>The General Assembly,</p>");
        }
        for (String p : preamble) {
            h.append("<p><i>")
                    .append(escape(p.substring(0, p.indexOf(' '))))
                    .append("</i>")
                    .append(escape(p.substring(p.indexOf(' '))))
                    .append("</p>");
        }
        h.append("<ol start=\"").append(start).append("\">");
        for (String p : operative) {
            h.append("<li>").append(escape(p)).append("</li>");
        }
        h.append("</ol></body></html>");
        return h.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static Path write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
