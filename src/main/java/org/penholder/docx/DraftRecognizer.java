package org.penholder.docx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.penholder.model.BlockKind;
import org.penholder.model.ParagraphKind;
import org.penholder.model.ParagraphLabel;

/**
 * Recognises a draft in the paragraphs of a Word file, read with every tracked change accepted:
 * the masthead (symbol, title and the lines around them), headings (outline levels, heading
 * styles, short bold lines), operative paragraphs (numbered by Word or by hand, "12 bis" too),
 * and the preambular paragraphs before the first of them. Lists inside a paragraph ("(a)", bullets)
 * and unnumbered paragraphs after the first operative one are joined to the paragraph before.
 * Styles and ids written by Penholder are honoured, so our own files come back as they went out.
 */
final class DraftRecognizer {

    /** A document symbol: "A/80/L.1", "E/CN.6/2024/L.3", "A/C.2/79/L.12/Rev.1". */
    static final Pattern SYMBOL = Pattern.compile("\\b[A-Z][A-Z0-9.]{0,9}(?:/[A-Z0-9][A-Za-z0-9.\\-]*){2,7}");
    /** "The General Assembly," and its like, which open a resolution. */
    private static final Pattern CHAPEAU = Pattern.compile("^The [^,;.]{3,80},$");
    /** A number typed at the start of a paragraph: "12.", "12 bis.", "7)" followed by space. */
    private static final Pattern TYPED_NUMBER =
            Pattern.compile("^(\\d{1,4})(?:\\s*([a-z]{3,11}))?[.)]\\s+(\\S.*)$", Pattern.DOTALL);

    private static final int SHORT_LINE = 200;
    private static final int HEADING_LINE = 150;

    private final WordStyles styles;
    private final WordNumbering numbering;
    private final List<String> warnings = new ArrayList<>();
    private final List<MutableBlock> blocks = new ArrayList<>();
    private final Set<String> idsSeen = new HashSet<>();
    private final List<String> titleLines = new ArrayList<>();
    private String title;
    private String symbol;
    private int joined;
    private int subitems;
    private int preambular;
    private boolean inMasthead = true;
    private ParagraphLabel lastOperative;

    private DraftRecognizer(WordStyles styles, WordNumbering numbering) {
        this.styles = styles;
        this.numbering = numbering;
    }

    /** Recognises the draft in a body; {@code headers} may give the symbol. */
    static ImportedDraft recognise(
            Path file,
            List<WordParagraph> body,
            List<WordParagraph> headers,
            WordStyles styles,
            WordNumbering numbering,
            Optional<String> fromVersion) {
        DraftRecognizer r = new DraftRecognizer(styles, numbering);
        int changes = r.run(body);
        if (r.symbol == null) {
            for (WordParagraph h : headers) {
                Matcher m = SYMBOL.matcher(h.acceptedText());
                if (m.find()) {
                    r.symbol = m.group();
                    break;
                }
            }
        }
        if (r.blocks.isEmpty()) {
            throw WordPackage.refuse(file, "has no paragraphs of text (outside tables) to read as a draft");
        }
        if (changes > 0) {
            r.warnings.add(
                    changes + (changes == 1 ? " tracked change was" : " tracked changes were") + " read as accepted");
        }
        List<ImportedDraft.Block> out =
                r.blocks.stream().map(MutableBlock::freeze).toList();
        return new ImportedDraft(
                file,
                r.title == null ? "" : r.title,
                r.symbol == null ? "" : r.symbol,
                r.titleLines,
                out,
                fromVersion,
                changes,
                r.warnings);
    }

    /** A paragraph of the accepted text with what classifying it needs. */
    private record Line(
            String text,
            String styleId,
            String styleName,
            String numberText,
            Integer outline,
            boolean bold,
            boolean centered,
            String id) {}

    private static final class MutableBlock {
        final BlockKind kind;
        final String id;
        ParagraphLabel label;
        final StringBuilder text;

        MutableBlock(BlockKind kind, String id, ParagraphLabel label, String text) {
            this.kind = kind;
            this.id = id;
            this.label = label;
            this.text = new StringBuilder(text);
        }

        ImportedDraft.Block freeze() {
            return new ImportedDraft.Block(kind, id, label, text.toString());
        }
    }

    private int run(List<WordParagraph> body) {
        WordNumbering.Counter counter = numbering.counter(styles);
        int changes = 0;
        int tableParagraphs = 0;
        StringBuilder carried = new StringBuilder();
        WordParagraph carrier = null;
        for (WordParagraph p : body) {
            changes += p.changeCount();
            boolean markDeleted = !p.markKeptWhenAccepted();
            String styleId = p.styleId() != null ? p.styleId() : styles.defaultParagraphStyle();
            String numberText = markDeleted ? null : numberText(p, styleId, counter);
            if (p.inTable()) {
                tableParagraphs += p.acceptedText().isBlank() ? 0 : 1;
                if (carrier != null) {
                    // text cannot run on into a table: what was carried stays a paragraph of its own
                    if (!take(carrier, carried.toString(), null)) {
                        break;
                    }
                    carried.setLength(0);
                    carrier = null;
                }
                continue;
            }
            if (markDeleted) {
                // the paragraph mark was deleted: once accepted, this text begins the next paragraph
                carried.append(p.acceptedText());
                carrier = p;
                continue;
            }
            String text = carried + p.acceptedText();
            carried.setLength(0);
            carrier = null;
            if (!take(p, text, numberText)) {
                break;
            }
        }
        if (carrier != null) {
            take(carrier, carried.toString(), null);
        }
        if (tableParagraphs > 0) {
            warnings.add(tableParagraphs + " paragraphs inside tables were left out");
        }
        if (subitems > 0) {
            warnings.add(subitems + " list items (bullets, (a), (i) ...) were kept inside the paragraph before them");
        }
        if (joined > 0) {
            warnings.add(
                    joined
                            + " unnumbered paragraphs after the first operative paragraph were joined to the paragraph before them");
        }
        return changes;
    }

    /** Classifies one paragraph of the accepted text; false at the annex, where the text ends. */
    private boolean take(WordParagraph p, String rawText, String numberText) {
        String styleId = p.styleId() != null ? p.styleId() : styles.defaultParagraphStyle();
        String text = rawText.strip();
        Integer outline = p.outlineLevel() != null
                ? (p.outlineLevel() <= 8 ? p.outlineLevel() : null)
                : styles.outlineLevel(styleId);
        Line line = new Line(
                text,
                styleId == null ? "" : styleId,
                styles.name(styleId),
                numberText,
                outline,
                p.allBold() || styles.bold(styleId),
                p.centered() || styles.centered(styleId),
                ourId(p));
        if (UnDocument.ANNEX_HEADING_NAME.equals(line.styleName())) {
            warnings.add("the annex after the text was left out");
            return false;
        }
        if (inMasthead && masthead(line)) {
            return true;
        }
        inMasthead = false;
        body(line);
        return true;
    }

    private String numberText(WordParagraph p, String styleId, WordNumbering.Counter counter) {
        Integer num = p.numId() != null ? p.numId() : styles.numId(styleId);
        if (num == null || num == 0) {
            return null;
        }
        Integer level = p.ilvl() != null ? p.ilvl() : styles.ilvl(styleId);
        return counter.next(num, level == null ? 0 : level);
    }

    private String ourId(WordParagraph p) {
        for (String name : p.bookmarks()) {
            Optional<String> id = ParagraphBookmarks.id(name);
            if (id.isPresent()) {
                if (idsSeen.add(id.get())) {
                    return id.get();
                }
                warnings.add("the id " + id.get() + " appeared twice (a copied paragraph); the copy is read as new");
            }
        }
        return null;
    }

    /** Takes a line of the masthead; false when the text proper begins. */
    private boolean masthead(Line l) {
        if (l.text().isEmpty() && l.id() == null) {
            return true;
        }
        if (l.id() != null
                || isOurs(l, UnDocument.PREAMBULAR_NAME)
                || isOurs(l, UnDocument.OPERATIVE_NAME)
                || isOurs(l, UnDocument.HEADING_NAME)) {
            return false;
        }
        if (isOurs(l, UnDocument.SYMBOL_NAME)
                || (l.text().length() <= 60 && SYMBOL.matcher(l.text()).find() && l.numberText() == null)) {
            Matcher m = SYMBOL.matcher(l.text());
            if (symbol == null && m.find()) {
                symbol = m.group();
            }
            if (!isOurs(l, UnDocument.SYMBOL_NAME)) {
                titleLines.add(l.text());
            }
            return true;
        }
        if (isOurs(l, UnDocument.TITLE_NAME)) {
            title = title == null ? l.text() : title + " " + l.text();
            return true;
        }
        boolean numbered = l.numberText() != null && !l.numberText().isBlank();
        if (numbered
                || l.outline() != null
                || l.text().length() > SHORT_LINE
                || TYPED_NUMBER.matcher(l.text()).matches()) {
            return false;
        }
        if (l.styleName().equals("subtitle") || CHAPEAU.matcher(l.text()).matches()) {
            titleLines.add(l.text());
            return true;
        }
        if (l.bold() || l.centered()) {
            titleLines.add(l.text());
            if (l.bold()) {
                title = l.text(); // the last bold line of the masthead is the title
            }
            return true;
        }
        if (!l.text().matches(".*[.,;:]$")) {
            titleLines.add(l.text()); // "Eightieth session", "Agenda item 13": paragraphs end with punctuation
            return true;
        }
        return false;
    }

    private void body(Line l) {
        MutableBlock previous = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        boolean anyOperative = lastOperative != null;
        if (l.text().isEmpty()) {
            if (l.id() != null) {
                add(
                        isOurs(l, UnDocument.HEADING_NAME)
                                ? BlockKind.HEADING
                                : isOurs(l, UnDocument.OPERATIVE_NAME) ? BlockKind.OP : BlockKind.PP,
                        l.id(),
                        label(l.numberText()).orElse(null),
                        "");
            }
            return;
        }
        if (isOurs(l, UnDocument.HEADING_NAME)
                || l.outline() != null
                || l.styleName().startsWith("heading")) {
            add(BlockKind.HEADING, l.id(), null, l.text());
            return;
        }
        boolean numbered = l.numberText() != null && !l.numberText().isBlank();
        Optional<ParagraphLabel> label = numbered ? label(l.numberText()) : Optional.empty();
        if (label.isPresent()) {
            add(BlockKind.OP, l.id(), label.get(), l.text());
            return;
        }
        Matcher typed = TYPED_NUMBER.matcher(l.text());
        if (!numbered && typed.matches()) {
            Optional<ParagraphLabel> typedLabel =
                    ParagraphLabel.parse(typed.group(1) + (typed.group(2) == null ? "" : typed.group(2)));
            if (typedLabel.isPresent()) {
                add(BlockKind.OP, l.id(), typedLabel.get(), typed.group(3).strip());
                return;
            }
        }
        if (l.bold()
                && l.text().length() <= HEADING_LINE
                && !l.text().matches(".*[.;:,]$")
                && !isOurs(l, UnDocument.PREAMBULAR_NAME)
                && !isOurs(l, UnDocument.OPERATIVE_NAME)) {
            add(BlockKind.HEADING, l.id(), null, l.text());
            return;
        }
        if (isOurs(l, UnDocument.OPERATIVE_NAME)) {
            add(BlockKind.OP, l.id(), null, l.text());
            return;
        }
        if (isOurs(l, UnDocument.PREAMBULAR_NAME)
                || (!numbered && !anyOperative)
                || previous == null
                || previous.kind == BlockKind.HEADING) {
            // unnumbered text where no paragraph precedes it to continue: a paragraph of its own
            add(BlockKind.PP, l.id(), null, (numbered ? l.numberText() + " " : "") + l.text());
            return;
        }
        // a list item inside a paragraph, or text that continues the operative paragraph before it
        if (numbered) {
            subitems++;
        } else {
            joined++;
        }
        previous.text.append(' ');
        if (numbered) {
            previous.text.append(l.numberText()).append(' ');
        }
        previous.text.append(l.text());
    }

    /** Adds a block; preambular paragraphs are counted, operative numbers must go up. */
    private void add(BlockKind kind, String id, ParagraphLabel label, String text) {
        MutableBlock b = new MutableBlock(kind, id, label, text);
        blocks.add(b);
        if (kind == BlockKind.PP) {
            b.label = new ParagraphLabel(ParagraphKind.PP, ++preambular, 0);
        } else if (kind == BlockKind.OP) {
            ParagraphLabel next =
                    new ParagraphLabel(ParagraphKind.OP, lastOperative == null ? 1 : lastOperative.number() + 1, 0);
            if (label == null) {
                b.label = next;
            } else if (lastOperative != null && !after(label, lastOperative)) {
                warnings.add("the numbering restarts at " + label.display() + " (after " + lastOperative.display()
                        + "); numbered on as " + next.display());
                b.label = next;
            }
            lastOperative = b.label;
        }
    }

    private static boolean after(ParagraphLabel a, ParagraphLabel b) {
        return a.number() > b.number() || (a.number() == b.number() && a.suffix() > b.suffix());
    }

    /** "12." or "12 bis." printed by Word numbering, read back as a label. */
    private static Optional<ParagraphLabel> label(String numberText) {
        if (numberText == null) {
            return Optional.empty();
        }
        String t = numberText.strip();
        if (t.endsWith(".") || (t.endsWith(")") && !t.startsWith("("))) {
            t = t.substring(0, t.length() - 1);
        }
        return t.matches("\\d{1,4}(\\s*[a-z]+)?") ? ParagraphLabel.parse(t) : Optional.empty();
    }

    /** True when the paragraph has the style of that name (Penholder's styles are known by name). */
    private static boolean isOurs(Line l, String styleName) {
        return styleName.equals(l.styleName());
    }
}
