package org.penholder.adopted;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.penholder.model.ParagraphKind;
import org.penholder.text.Phrase;

/**
 * Splits the lines of an adopted text into its numbered paragraphs, as the text is cited:
 * operative paragraphs with the number printed before them ("9.", "12 bis.", or Word's own
 * numbering), the preambular paragraphs before the first of them numbered in order (PP1, PP2 ...).
 * What comes before "The General Assembly," (symbol, distribution, title) is the masthead, not a
 * paragraph; headings, page numbers, running heads and footnotes of a PDF are left out; lettered
 * items ("(a)") and pieces of a paragraph broken across pages are joined to their paragraph.
 */
public final class AdoptedParagraphs {

    /**
     * A line of a file as read: a heading, or text with the number it showed when the reader knows
     * it (Word's numbering, an HTML list), else null (a typed number is found here).
     */
    public record Line(boolean heading, String number, String text) {
        public static Line of(String text) {
            return new Line(false, null, text);
        }
    }

    /** A paragraph found: its kind, its number ("PP2", "9", "12 bis") and its text. */
    public record Piece(ParagraphKind kind, String number, String text) {}

    /** The paragraphs and the lines before them that name the text. */
    public record Split(List<Piece> paragraphs, List<String> masthead, List<Phrase> warnings) {}

    /** "The General Assembly," and its like, which open a resolution. */
    static final Pattern CHAPEAU = Pattern.compile("^The [^,;.]{3,80},$");
    /** The same at the end of a line that a PDF's reader ran together with the title before it. */
    private static final Pattern CHAPEAU_AT_END = Pattern.compile("^(.{1,300}?)\\s+The [A-Z][^,;.]{2,80},$");
    /** A number typed at the start of a paragraph: "12.", "12 bis.", "7)" followed by its text. */
    private static final Pattern TYPED_NUMBER = Pattern.compile(
            "^(\\d{1,4}(?:\\s?(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|decies))?)[.)]\\s+(\\S.*)$",
            Pattern.DOTALL);
    /** A lettered or roman item inside a paragraph: "(a)", "b)", "(iv)", "c." */
    private static final Pattern ITEM =
            Pattern.compile("^(?:\\((?:[a-z]{1,2}|[ivxl]{1,5})\\)|[a-z]{1,2}\\)|[a-z]\\.)\\s");
    /** A document symbol alone on a line, as running heads print it: "A/RES/70/125". */
    static final Pattern SYMBOL = Pattern.compile("\\b[A-Z][A-Z0-9.]{0,9}(?:/[A-Z0-9][A-Za-z0-9.\\-]*){2,7}");
    /** Page numbers, job numbers and the like that PDFs of UN documents carry on every page. */
    private static final Pattern NOISE = Pattern.compile("^(?:\\d{1,4}|\\d{1,4}\\s*/\\s*\\d{1,4}|-\\s*\\d{1,4}\\s*-"
            + "|page \\d{1,4}(?: of \\d{1,4})?|\\d{2}-\\d{5}(?:\\s*\\([A-Z]\\))?.*|\\*\\d{7}\\*|please recycle.*)$");
    /** A footnote at the foot of a PDF's page: its number, a space and its text ("1 See resolution 56/183."). */
    private static final Pattern FOOTNOTE =
            Pattern.compile("^\\d{1,3}\\s+(?:See|Resolution|Official Records|A/|E/)\\S*.*");

    private static final int HEADING_WORDS = 15;

    private AdoptedParagraphs() {}

    /** Splits lines into paragraphs. */
    public static Split split(List<Line> lines) {
        int start = 0;
        List<String> masthead = new ArrayList<>();
        for (int k = 0; k < lines.size() && k < 80 && start == 0; k++) {
            String line = clean(lines.get(k).text());
            Matcher joined = CHAPEAU_AT_END.matcher(line);
            if (CHAPEAU.matcher(line).matches()
                    || (joined.matches() && lines.get(k).number() == null)) {
                for (int j = 0; j < k; j++) {
                    masthead.add(clean(lines.get(j).text()));
                }
                if (!CHAPEAU.matcher(line).matches()) {
                    masthead.add(joined.group(1));
                }
                start = k + 1;
            }
        }
        List<Line> body = new ArrayList<>();
        for (Line line : lines.subList(start, lines.size())) {
            String text = clean(line.text());
            if (!text.isEmpty() && !isNoise(text)) {
                body.add(new Line(line.heading(), line.number(), text));
            }
        }
        List<MutablePiece> out = new ArrayList<>();
        List<Phrase> warnings = new ArrayList<>();
        int preambular = 0;
        int joined = 0;
        boolean operativeSeen = false;
        for (int k = 0; k < body.size(); k++) {
            Line line = body.get(k);
            String text = line.text();
            MutablePiece last = out.isEmpty() ? null : out.getLast();
            String number = line.number() == null ? null : line.number().strip();
            if (number != null && !number.isEmpty() && !line.heading()) {
                String n = number.replaceAll("[.)]+$", "").replaceFirst("^\\(", "");
                if (ITEM.matcher(number + " ").find() || !Character.isDigit(n.charAt(0))) {
                    // Word's or HTML's lettered item inside a paragraph
                    if (last != null) {
                        last.append("(" + n + ") " + text);
                        continue;
                    }
                } else {
                    operativeSeen = true;
                    out.add(new MutablePiece(ParagraphKind.OP, normalNumber(n), text));
                    continue;
                }
            }
            if (line.heading()) {
                continue;
            }
            Matcher typed = TYPED_NUMBER.matcher(text);
            if (typed.matches()) {
                operativeSeen = true;
                out.add(new MutablePiece(ParagraphKind.OP, normalNumber(typed.group(1)), typed.group(2)));
                continue;
            }
            boolean continues = last != null && (startsLowercase(text) || !endsClause(last.text));
            if (ITEM.matcher(text).find() && last != null) {
                last.append(text);
                continue;
            }
            if (FOOTNOTE.matcher(text).matches()) {
                continue;
            }
            boolean goesOn = k + 1 < body.size()
                    && body.get(k + 1).number() == null
                    && !body.get(k + 1).heading()
                    && startsLowercase(body.get(k + 1).text());
            if (!continues && !goesOn && looksLikeHeading(text)) {
                continue;
            }
            if (continues) {
                last.append(text);
                joined++;
            } else if (!operativeSeen) {
                out.add(new MutablePiece(ParagraphKind.PP, "PP" + (++preambular), text));
            } else if (last != null) {
                last.append(text);
                joined++;
            }
        }
        if (joined > 0) {
            warnings.add(Phrase.of("adopted.warning.joined", joined));
        }
        List<String> numbers = new ArrayList<>();
        for (MutablePiece p : out) {
            if (p.kind == ParagraphKind.OP && numbers.contains(p.number)) {
                warnings.add(Phrase.of("adopted.warning.numbersAgain", p.number));
                break;
            }
            numbers.add(p.number);
        }
        return new Split(out.stream().map(MutablePiece::freeze).toList(), masthead, warnings);
    }

    /** Splits plain text, a paragraph a line, as {@code InputFiles} reads PDF, text and Markdown. */
    public static Split split(String text) {
        return split(text.lines().map(Line::of).toList());
    }

    /** "12bis" and "12 bis" alike print as "12 bis". */
    static String normalNumber(String n) {
        Matcher m = Pattern.compile("^(\\d+)\\s*([a-z]+)$").matcher(n.strip().toLowerCase(Locale.ROOT));
        return m.matches() ? m.group(1) + " " + m.group(2) : n.strip();
    }

    private static boolean isNoise(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (NOISE.matcher(lower).matches()) {
            return true;
        }
        Matcher s = SYMBOL.matcher(text);
        return s.lookingAt() && s.end() == text.length();
    }

    private static boolean looksLikeHeading(String text) {
        if (endsClause(text) && !text.endsWith(":")) {
            return false;
        }
        return text.split("\\s+").length <= HEADING_WORDS;
    }

    private static boolean startsLowercase(String text) {
        int cp = text.codePointAt(0);
        return Character.isLowerCase(cp);
    }

    /** Ends as a preambular clause, an operative paragraph or a sentence does. */
    private static boolean endsClause(String text) {
        char c = text.charAt(text.length() - 1);
        if (c == '"' || c == '\u201D' || c == ')' || c == '\u2019') {
            c = text.length() > 1 ? text.charAt(text.length() - 2) : c;
        }
        return c == ','
                || c == ';'
                || c == '.'
                || c == ':'
                || c == '\u060C'
                || c == '\u061B'
                || c == '\u3002'
                || c == '\uFF0C'
                || c == '\uFF1B';
    }

    /** A word broken at its hyphen at the end of a PDF's line: "ninety- third". */
    private static final Pattern BROKEN_AT_HYPHEN = Pattern.compile("(\\p{L})- (\\p{Ll})");

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String s = text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        return BROKEN_AT_HYPHEN.matcher(s).replaceAll("$1-$2");
    }

    private static final class MutablePiece {
        final ParagraphKind kind;
        final String number;
        String text;

        MutablePiece(ParagraphKind kind, String number, String text) {
            this.kind = kind;
            this.number = number;
            this.text = text;
        }

        void append(String more) {
            text = text + " " + more;
        }

        Piece freeze() {
            return new Piece(kind, number, text);
        }
    }
}
