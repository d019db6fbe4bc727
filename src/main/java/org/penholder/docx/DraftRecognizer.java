package org.penholder.docx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.penholder.model.BlockKind;
import org.penholder.model.Footnote;
import org.penholder.model.ParagraphKind;
import org.penholder.model.ParagraphLabel;
import org.penholder.text.Phrase;

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

    /** The names of a version of a text: "Zero draft", "Rev.1", "Revised draft - Rev.2", "Advance unedited version". */
    private static final Pattern STATUS = Pattern.compile(
            "(?i)^\\(?((zero|first|second|third|fourth|revised|revised zero|final|preliminary|updated) draft|draft"
                    + "|(revised|final|agreed|consolidated|compilation) text|rev\\.?\\s*\\d+|revision\\s*\\d+"
                    + "|(advance )?unedited( version| copy)?|advance (version|copy)|elements paper|non-paper"
                    + "|silence procedure.*)(\\s*[-\u2013\u2014,/]?\\s*(rev\\.?\\s*\\d+|version\\s*\\d+))?\\)?$");
    /** A date as UN documents print it: "4 December 2026", "December 4, 2026". */
    private static final Pattern DATE = Pattern.compile(
            "(?i)\\b(\\d{1,2}\\s+(january|february|march|april|may|june|july|august|september|october|november|december)\\s+\\d{4}"
                    + "|(january|february|march|april|may|june|july|august|september|october|november|december)\\s+\\d{1,2},?\\s+\\d{4})\\b");

    private static final int SHORT_LINE = 200;
    private static final int HEADING_LINE = 150;

    private final WordFile word;
    private final WordStyles styles;
    private final WordNumbering numbering;
    private final List<Phrase> warnings = new ArrayList<>();
    private final List<MutableBlock> blocks = new ArrayList<>();
    private final Set<String> idsSeen = new HashSet<>();
    private final List<String> titleLines = new ArrayList<>();
    /** For each paragraph of the body: the block it went into, or -1 (masthead, table, left out). */
    private final int[] blockOf;
    /** For each paragraph of the body: how many blocks stood before it when it was read. */
    private final int[] blocksBefore;

    private String title;
    private String symbol;
    private String status;
    private int joined;
    private int subitems;
    private int preambular;
    private int notesLeftOut;
    private boolean inMasthead = true;
    /** The paragraph of the body being read, and the first one after the masthead. */
    private int current;

    private int firstBodyParagraph = Integer.MAX_VALUE;
    /** Where the annex begins, when the file has one of ours. */
    private int annexAt = Integer.MAX_VALUE;

    private ParagraphLabel lastOperative;

    private DraftRecognizer(WordFile word) {
        this.word = word;
        this.styles = word.styles();
        this.numbering = word.numbering();
        this.blockOf = new int[word.body().size()];
        this.blocksBefore = new int[word.body().size()];
        java.util.Arrays.fill(blockOf, -1);
    }

    /** Recognises the draft in a Word file's body; its headers may give the symbol. */
    static ImportedDraft recognise(WordFile word) {
        return recognise(word, false);
    }

    /**
     * Recognises the draft; with {@code mayBeEmpty}, a file with no paragraph of text outside tables
     * (a table alone) is read as an empty draft instead of refused, for compare.
     */
    static ImportedDraft recognise(WordFile word, boolean mayBeEmpty) {
        DraftRecognizer r = new DraftRecognizer(word);
        List<WordParagraph> headers = word.headers();
        Optional<String> fromVersion = word.version();
        int changes = r.run(word.body());
        if (r.blocks.isEmpty() && !r.titleLines.isEmpty()) {
            // short lines only, all taken for a masthead: a text without one, each line a paragraph
            r = new DraftRecognizer(word);
            r.inMasthead = false;
            r.firstBodyParagraph = 0;
            changes = r.run(word.body());
        }
        if (r.symbol == null) {
            for (WordParagraph h : headers) {
                Matcher m = SYMBOL.matcher(h.acceptedText());
                if (m.find()) {
                    r.symbol = m.group();
                    break;
                }
            }
        }
        if (r.blocks.isEmpty() && !mayBeEmpty) {
            throw WordPackage.refuse(word.file(), Phrase.of("docx.refused.noDraftText"));
        }
        if (changes > 0) {
            r.warnings.add(Phrase.of("docx.reading.trackedChangesAccepted", changes));
        }
        List<ImportedDraft.Block> out = new ArrayList<>();
        for (MutableBlock b : r.blocks) {
            out.add(b.freeze(r));
        }
        List<ImportedDraft.Omission> omissions = r.omissions(out);
        if (r.notesLeftOut > 0) {
            r.warnings.add(Phrase.of("docx.reading.titleNotesLeftOut", r.notesLeftOut));
        }
        return new ImportedDraft(
                word.file(),
                r.title == null ? "" : r.title,
                r.symbol == null ? "" : r.symbol,
                r.titleLines,
                out,
                fromVersion,
                changes,
                r.warnings,
                r.status == null ? "" : r.status,
                omissions);
    }

    /**
     * What the draft does not hold, each said where it was: "1 table after OP12", "an image in PP3".
     * Warnings name them grouped by kind and place.
     */
    private List<ImportedDraft.Omission> omissions(List<ImportedDraft.Block> out) {
        List<ImportedDraft.Omission> list = new ArrayList<>();
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        java.util.Map<String, WordObject.Kind> kinds = new java.util.HashMap<>();
        java.util.Map<String, Phrase> places = new java.util.HashMap<>();
        for (WordObject o : word.objects()) {
            if (o.paragraph() >= annexAt) {
                continue; // the annex is left out as a whole, and said so
            }
            Phrase place = place(o, out);
            list.add(new ImportedDraft.Omission(
                    o.kind().noun(),
                    place.english(),
                    o.text(),
                    o.fingerprint(),
                    o.kind().key(),
                    place));
            String key = o.kind() + "\u0000" + place.english();
            counts.merge(key, 1, Integer::sum);
            kinds.put(key, o.kind());
            places.putIfAbsent(key, place);
        }
        counts.forEach((key, n) -> warnings.add(kinds.get(key).notImported(n, places.get(key))));
        return list;
    }

    /** "in OP12", "after PP3", "after the heading Follow-up", "in the title", "before the text". */
    private Phrase place(WordObject o, List<ImportedDraft.Block> out) {
        int k = Math.min(o.paragraph(), blockOf.length - 1);
        if (k < 0) {
            return Phrase.of("docx.reading.beforeTheText");
        }
        if (o.offset() >= 0 && blockOf[k] >= 0) {
            return at("in", out.get(blockOf[k]));
        }
        int before = blocksBefore[k];
        if (before == 0) {
            return Phrase.of(k < firstBodyParagraph ? "docx.reading.inTheTitle" : "docx.reading.beforeTheText");
        }
        return at("after", out.get(before - 1));
    }

    /** "in OP12", "after the heading “Follow-up”": a heading has keys of its own, as languages decline it. */
    private static Phrase at(String where, ImportedDraft.Block b) {
        if (b.kind() == BlockKind.HEADING) {
            String t = b.text().length() > 40 ? b.text().substring(0, 40) + "\u2026" : b.text();
            return Phrase.of("docx.reading." + where + "Heading", t);
        }
        return Phrase.of("docx.reading." + where, b.label().code());
    }

    /** A paragraph of the accepted text with what classifying it needs. */
    private record Line(
            NotedText noted,
            String styleId,
            String styleName,
            String numberText,
            Integer outline,
            boolean bold,
            boolean centered,
            String id) {

        String text() {
            return noted.text();
        }
    }

    private static final class MutableBlock {
        final BlockKind kind;
        final String id;
        ParagraphLabel label;
        NotedText text;

        MutableBlock(BlockKind kind, String id, ParagraphLabel label, NotedText text) {
            this.kind = kind;
            this.id = id;
            this.label = label;
            this.text = text;
        }

        ImportedDraft.Block freeze(DraftRecognizer r) {
            List<Footnote> notes = new ArrayList<>();
            for (NotedText.Mark m : text.marks()) {
                String said = r.word.noteText(m.note(), true);
                if (said == null || r.word.isSourcesNote(m.note())) {
                    continue; // a reference to a note the file lacks, or our own note of the sources
                }
                if (kind == BlockKind.HEADING) {
                    r.notesLeftOut++;
                } else {
                    notes.add(new Footnote(null, m.offset(), said));
                }
            }
            return new ImportedDraft.Block(kind, id, label, text.text(), notes);
        }
    }

    private int run(List<WordParagraph> body) {
        WordNumbering.Counter counter = numbering.counter(styles);
        int changes = 0;
        int tableParagraphs = 0;
        NotedText carried = NotedText.EMPTY;
        WordParagraph carrier = null;
        for (int k = 0; k < body.size(); k++) {
            WordParagraph p = body.get(k);
            current = k;
            blocksBefore[k] = blocks.size();
            changes += p.changeCount();
            boolean markDeleted = !p.markKeptWhenAccepted();
            String styleId = p.styleId() != null ? p.styleId() : styles.defaultParagraphStyle();
            String numberText = markDeleted ? null : numberText(p, styleId, counter);
            if (p.inTable()) {
                tableParagraphs += p.acceptedText().isBlank() ? 0 : 1;
                if (carrier != null) {
                    // text cannot run on into a table: what was carried stays a paragraph of its own
                    if (!take(carrier, carried, null)) {
                        break;
                    }
                    carried = NotedText.EMPTY;
                    carrier = null;
                }
                continue;
            }
            if (markDeleted) {
                // the paragraph mark was deleted: once accepted, this text begins the next paragraph
                carried = carried.append(NotedText.accepted(p));
                carrier = p;
                continue;
            }
            NotedText text = carried.append(NotedText.accepted(p));
            carried = NotedText.EMPTY;
            carrier = null;
            if (!take(p, text, numberText)) {
                break;
            }
        }
        if (carrier != null) {
            take(carrier, carried, null);
        }
        if (tableParagraphs > 0) {
            warnings.add(Phrase.of("docx.reading.tableParagraphs", tableParagraphs));
        }
        if (subitems > 0) {
            warnings.add(Phrase.of("docx.reading.subitems", subitems));
        }
        if (joined > 0) {
            warnings.add(Phrase.of("docx.reading.joined", joined));
        }
        return changes;
    }

    /** Classifies one paragraph of the accepted text; false at the annex, where the text ends. */
    private boolean take(WordParagraph p, NotedText rawText, String numberText) {
        String styleId = p.styleId() != null ? p.styleId() : styles.defaultParagraphStyle();
        NotedText noted = rawText.strip();
        Integer outline = p.outlineLevel() != null
                ? (p.outlineLevel() <= 8 ? p.outlineLevel() : null)
                : styles.outlineLevel(styleId);
        Line line = new Line(
                noted,
                styleId == null ? "" : styleId,
                styles.name(styleId),
                numberText,
                outline,
                p.allBold() || styles.bold(styleId),
                p.centered() || styles.centered(styleId),
                ourId(p));
        if (UnDocument.ANNEX_HEADING_NAME.equals(line.styleName())) {
            annexAt = current;
            warnings.add(Phrase.of("docx.reading.annexLeftOut"));
            return false;
        }
        if (inMasthead && masthead(line)) {
            notesLeftOut += (int) noted.marks().stream()
                    .filter(m -> word.noteText(m.note(), true) != null)
                    .count();
            return true;
        }
        if (inMasthead) {
            firstBodyParagraph = current;
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
                warnings.add(Phrase.of("docx.reading.idTwice", id.get()));
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
        if (l.numberText() == null && isStatusLine(l.text())) {
            // "Zero draft", "Rev.1", "Draft of 4 December 2026": what version this is, never its title
            titleLines.add(l.text());
            status = status == null ? l.text() : status;
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
                        l.noted());
            }
            return;
        }
        if (isOurs(l, UnDocument.HEADING_NAME)
                || l.outline() != null
                || l.styleName().startsWith("heading")) {
            add(BlockKind.HEADING, l.id(), null, l.noted());
            return;
        }
        boolean numbered = l.numberText() != null && !l.numberText().isBlank();
        Optional<ParagraphLabel> label = numbered ? label(l.numberText()) : Optional.empty();
        if (label.isPresent()) {
            add(BlockKind.OP, l.id(), label.get(), l.noted());
            return;
        }
        Matcher typed = TYPED_NUMBER.matcher(l.text());
        if (!numbered && typed.matches()) {
            Optional<ParagraphLabel> typedLabel =
                    ParagraphLabel.parse(typed.group(1) + (typed.group(2) == null ? "" : typed.group(2)));
            if (typedLabel.isPresent()) {
                add(
                        BlockKind.OP,
                        l.id(),
                        typedLabel.get(),
                        l.noted().from(typed.start(3)).strip());
                return;
            }
        }
        if (l.bold()
                && l.text().length() <= HEADING_LINE
                && !l.text().matches(".*[.;:,]$")
                && !isOurs(l, UnDocument.PREAMBULAR_NAME)
                && !isOurs(l, UnDocument.OPERATIVE_NAME)) {
            add(BlockKind.HEADING, l.id(), null, l.noted());
            return;
        }
        if (isOurs(l, UnDocument.OPERATIVE_NAME)) {
            add(BlockKind.OP, l.id(), null, l.noted());
            return;
        }
        if (isOurs(l, UnDocument.PREAMBULAR_NAME)
                || (!numbered && !anyOperative)
                || previous == null
                || previous.kind == BlockKind.HEADING) {
            // unnumbered text where no paragraph precedes it to continue: a paragraph of its own
            add(
                    BlockKind.PP,
                    l.id(),
                    null,
                    numbered ? new NotedText(l.numberText() + " ", List.of()).append(l.noted()) : l.noted());
            return;
        }
        // a list item inside a paragraph, or text that continues the operative paragraph before it
        if (numbered) {
            subitems++;
        } else {
            joined++;
        }
        previous.text = previous.text
                .append(" " + (numbered ? l.numberText() + " " : ""))
                .append(l.noted());
        blockOf[current] = blocks.size() - 1;
    }

    /** Adds a block; preambular paragraphs are counted, operative numbers must go up. */
    private void add(BlockKind kind, String id, ParagraphLabel label, NotedText text) {
        MutableBlock b = new MutableBlock(kind, id, label, text);
        blockOf[current] = blocks.size();
        blocks.add(b);
        if (kind == BlockKind.PP) {
            b.label = new ParagraphLabel(ParagraphKind.PP, ++preambular, 0);
        } else if (kind == BlockKind.OP) {
            ParagraphLabel next =
                    new ParagraphLabel(ParagraphKind.OP, lastOperative == null ? 1 : lastOperative.number() + 1, 0);
            if (label == null) {
                b.label = next;
            } else if (lastOperative != null && !after(label, lastOperative)) {
                warnings.add(Phrase.of(
                        "docx.reading.numberingRestarts", label.display(), lastOperative.display(), next.display()));
                b.label = next;
            }
            lastOperative = b.label;
        }
    }

    private static boolean after(ParagraphLabel a, ParagraphLabel b) {
        return a.number() > b.number() || (a.number() == b.number() && a.suffix() > b.suffix());
    }

    /**
     * A line that says which version a text is: "Zero draft", "Rev.1", "Revised draft", "Advance
     * unedited version", "Draft of 4 December 2026", "Silence procedure until 12 May".
     */
    static boolean isStatusLine(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 80 || t.split("\\s+").length > 9) {
            return false;
        }
        return STATUS.matcher(t).matches() || (DATE.matcher(t).find() && !t.matches(".*[;:,]$"));
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
