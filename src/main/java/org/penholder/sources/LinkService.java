package org.penholder.sources;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.penholder.model.Draft;
import org.penholder.model.Link;
import org.penholder.model.LinkedPassage;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphLabel;
import org.penholder.model.Passages;
import org.penholder.store.Database;
import org.penholder.store.DraftStore;
import org.penholder.store.InputStore;
import org.penholder.store.LinkStore;

/**
 * Links paragraphs to passages of inputs. A link points at character offsets of the input's
 * text, which never changes, never at the draft's text, so editing a paragraph never moves the
 * passage it draws on. Paragraphs are named as the outline numbers them ("PP3", "OP12", "12")
 * or by their id.
 */
public final class LinkService {

    private final Database db;
    private final DraftStore drafts;
    private final InputStore inputs;
    private final LinkStore links;

    public LinkService(Database db, DraftStore drafts, InputStore inputs, LinkStore links) {
        this.db = db;
        this.drafts = drafts;
        this.inputs = inputs;
        this.links = links;
    }

    /** The id of the paragraph a label names ("PP3", "OP12", "12", "12 bis") or the id itself. */
    public String resolveParagraph(String labelOrId) {
        String key = labelOrId == null ? "" : labelOrId.strip();
        if (drafts.paragraph(key).isPresent()) {
            return key;
        }
        ParagraphLabel wanted = ParagraphLabel.parse(key)
                .orElseThrow(() -> new IllegalArgumentException(
                        "\"" + key + "\" is not a paragraph label (write PP3, OP12 or 12)"));
        Draft draft = drafts.load();
        return draft.labels().entrySet().stream()
                .filter(e -> e.getValue().equals(wanted))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the draft has no paragraph " + wanted.code()));
    }

    /** The label the outline shows for a paragraph, as code ("PP3", "OP12"); empty for a deleted one. */
    public Optional<String> labelOf(String paragraphId) {
        return Optional.ofNullable(drafts.load().labels().get(paragraphId)).map(ParagraphLabel::code);
    }

    /** Labels of every paragraph in the draft, by id. */
    public Map<String, ParagraphLabel> labels() {
        return drafts.load().labels();
    }

    /**
     * Links a paragraph to the passage of an input that {@code quote} quotes (white space and
     * typographic quotation marks need not match exactly; the first occurrence is taken).
     */
    public Link linkQuote(String paragraphId, long inputId, String quote, String note, String createdBy) {
        String text = inputs.text(inputId);
        int[] at = Passages.locate(text, quote)
                .orElseThrow(() -> new IllegalArgumentException(
                        "input " + inputId + " does not contain the quote \"" + abbreviate(quote) + "\""));
        return linkRange(paragraphId, inputId, at[0], at[1], note, createdBy);
    }

    /**
     * Links a paragraph to the passage [from, to) of an input (white space at either end left out).
     * Linking the same passage twice gives back the link already there.
     */
    public Link linkRange(String paragraphId, long inputId, int from, int to, String note, String createdBy) {
        return make(paragraphId, inputId, from, to, note, createdBy).link();
    }

    /** A link and whether it was made now (false: the same passage was linked already). */
    public record Made(Link link, boolean created) {}

    /** As {@link #linkRange}, saying whether the link is new. */
    public Made make(String paragraphId, long inputId, int from, int to, String note, String createdBy) {
        return db.write(() -> {
            Paragraph p = drafts.paragraph(paragraphId)
                    .orElseThrow(() -> new IllegalArgumentException("the draft has no paragraph " + paragraphId));
            String text = inputs.text(inputId);
            if (from < 0 || to > text.length() || from >= to) {
                throw new IllegalArgumentException("input " + inputId + " has no passage " + from + "-" + to
                        + " (its text is " + text.length() + " characters long)");
            }
            int start = from;
            int end = to;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                throw new IllegalArgumentException(
                        "the passage " + from + "-" + to + " of input " + inputId + " is only white space");
            }
            Optional<Link> existing = links.find(p.id(), inputId, start, end);
            if (existing.isPresent()) {
                return new Made(existing.get(), false);
            }
            long id = links.add(
                    p.id(), inputId, start, end, text.substring(start, end), blankToNull(note), createdBy, p.text());
            return new Made(links.byId(id).orElseThrow(), true);
        });
    }

    /** Removes a link; returns it as it was, so it can be put back. */
    public Link remove(long linkId) {
        return db.write(() -> {
            Link l = link(linkId);
            links.remove(linkId);
            return l;
        });
    }

    /** Puts back a removed link, with its id. */
    public void restore(Link link) {
        db.run(() -> links.restore(
                link,
                drafts.paragraphEvenDeleted(link.paragraphId())
                        .map(Paragraph::text)
                        .orElse(null)));
    }

    /** Sets (or, with a blank note, clears) the note of a link. */
    public void setNote(long linkId, String note) {
        db.run(() -> {
            link(linkId);
            links.setNote(linkId, blankToNull(note));
        });
    }

    /** What a link holds to: the paragraph text it was made for or last confirmed against, and whether it is suspect. */
    public record Reference(String paragraphText, boolean suspect) {}

    /** A link's reference, to be put back by {@link #setReference} (undo of a confirmation). */
    public Reference reference(long linkId) {
        return db.read(() ->
                new Reference(links.reference(linkId).orElse(null), link(linkId).suspect()));
    }

    /** Puts back what a link holds to. */
    public void setReference(long linkId, Reference r) {
        links.setReference(linkId, r.paragraphText(), r.suspect());
    }

    /** Confirms that a suspect link still holds for its paragraph as it now reads. */
    public void confirm(long linkId) {
        db.run(() -> {
            Link l = link(linkId);
            String text = drafts.paragraphEvenDeleted(l.paragraphId())
                    .map(Paragraph::text)
                    .orElseThrow();
            links.confirm(linkId, text);
        });
    }

    public Link link(long linkId) {
        return links.byId(linkId).orElseThrow(() -> new IllegalArgumentException("there is no link " + linkId));
    }

    /** The links of the draft's paragraphs, or of one paragraph, with the labels the outline shows. */
    public List<LabelledLink> list(String paragraphId) {
        return db.read(() -> {
            Map<String, ParagraphLabel> labels = drafts.load().labels();
            List<Link> all = paragraphId == null ? links.ofLiveParagraphs() : links.ofParagraph(paragraphId);
            return all.stream()
                    .filter(l -> labels.containsKey(l.paragraphId()))
                    .map(l -> new LabelledLink(l, labels.get(l.paragraphId())))
                    .toList();
        });
    }

    /** The passages a paragraph draws on, with who they come from, as made. */
    public List<LinkedPassage> passagesOf(String paragraphId) {
        return links.passagesOf(paragraphId);
    }

    /** The links into an input, in the order of their passages. */
    public List<Link> ofInput(long inputId) {
        return links.ofInput(inputId);
    }

    /** How many links each paragraph that has any has. */
    public Map<String, Integer> countsByParagraph() {
        return links.countsByParagraph();
    }

    /** A link and the label of its paragraph. */
    public record LabelledLink(Link link, ParagraphLabel label) {}

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String abbreviate(String s) {
        String t = s == null ? "" : s.strip();
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
