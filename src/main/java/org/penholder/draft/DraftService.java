package org.penholder.draft;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.penholder.model.Amendment;
import org.penholder.model.AmendmentKind;
import org.penholder.model.AmendmentStatus;
import org.penholder.model.Author;
import org.penholder.model.Draft;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.model.ParagraphStatus;
import org.penholder.model.Section;
import org.penholder.store.AmendmentStore;
import org.penholder.store.Database;
import org.penholder.store.DraftStore;
import org.penholder.store.LinkStore;
import org.penholder.store.MetaStore;
import org.penholder.store.StoreException;
import org.penholder.text.DocumentWords;

/**
 * Every change to the draft, each recorded as an amendment in the same transaction as the change
 * itself: the amendment log is the history, and nothing in the draft changes without one.
 * Typing is grouped: one amendment per paragraph per editing burst, extended while the burst lasts.
 */
public final class DraftService {

    /** A burst of typing ends after this long without a keystroke in its paragraph. */
    public static final Duration BURST_IDLE = Duration.ofSeconds(20);

    private final Database db;
    private final DraftStore drafts;
    private final AmendmentStore amendments;
    private final LinkStore links;
    private final MetaStore meta;

    private final FootnoteService footnotes;
    private final FootnoteMarks marks;

    private OpenBurst burst;
    private LinkFollower linkFollower = LinkFollower.NONE;

    public DraftService(Database db, DraftStore drafts, AmendmentStore amendments, LinkStore links, MetaStore meta) {
        this.db = db;
        this.drafts = drafts;
        this.amendments = amendments;
        this.links = links;
        this.meta = meta;
        this.footnotes = new FootnoteService(db, this, drafts, amendments);
        this.marks = new FootnoteMarks(drafts.footnotes());
    }

    /** The note kept with an amendment that undoes one, in the document's language (read by the whole team). */
    public String undoNote() {
        return DocumentWords.in(meta.documentLanguage()).get("history.undoNote");
    }

    /** The note kept with an amendment that redoes an undone one, in the document's language. */
    public String redoNote() {
        return DocumentWords.in(meta.documentLanguage()).get("history.redoNote");
    }

    /** Adding, editing and removing the footnotes of the draft's paragraphs. */
    public FootnoteService footnotes() {
        return footnotes;
    }

    /** Who keeps links in step with the text of their paragraphs (suspect links, links following a split). */
    public void setLinkFollower(LinkFollower follower) {
        this.linkFollower = Objects.requireNonNull(follower);
    }

    private record OpenBurst(String target, long amendmentId, String before, Instant lastTouch) {}

    /** The draft as it stands. */
    public Draft draft() {
        return drafts.load();
    }

    /** True when the working draft has no paragraph and no heading yet. */
    public boolean isEmpty() {
        return drafts.countParagraphs() == 0 && drafts.countSections() == 0;
    }

    /** A live paragraph, if the draft has it. */
    public java.util.Optional<Paragraph> find(String id) {
        return drafts.paragraph(id);
    }

    /** A live paragraph, or an error naming it. */
    public Paragraph paragraph(String id) {
        return drafts.paragraph(id)
                .orElseThrow(() -> new StoreException(db.file() + ": the draft has no paragraph " + id));
    }

    /**
     * Records typing in a paragraph: the paragraph takes {@code text}, and the amendment of the
     * current burst is extended (or a new burst begins).
     */
    public synchronized TextEdit typeText(String paragraphId, String text, Author author) {
        return inBurst(() -> {
            Paragraph p = paragraph(paragraphId);
            String target = "p:" + paragraphId;
            Instant now = Instant.now();
            if (burst != null
                    && burst.target().equals(target)
                    && Duration.between(burst.lastTouch(), now).compareTo(BURST_IDLE) < 0) {
                if (!text.equals(p.text())) {
                    drafts.updateText(paragraphId, text);
                    marks.follow(paragraphId, p.text(), text);
                    amendments.extendBurst(burst.amendmentId(), AmendmentKind.ofTextChange(burst.before(), text), text);
                    linkFollower.textChanged(paragraphId, text);
                }
                burst = new OpenBurst(target, burst.amendmentId(), burst.before(), now);
                return new TextEdit(paragraphId, burst.amendmentId(), burst.before(), text);
            }
            if (text.equals(p.text())) {
                return new TextEdit(paragraphId, 0, text, text);
            }
            drafts.updateText(paragraphId, text);
            marks.follow(paragraphId, p.text(), text);
            linkFollower.textChanged(paragraphId, text);
            Amendment a = amendments.append(applied(
                    paragraphId,
                    null,
                    AmendmentKind.ofTextChange(p.text(), text),
                    p.text(),
                    text,
                    author,
                    null,
                    null,
                    null));
            burst = new OpenBurst(target, a.id(), p.text(), now);
            return new TextEdit(paragraphId, a.id(), p.text(), text);
        });
    }

    /** Ends the current burst of typing: the next keystroke starts a new amendment. */
    public synchronized void endBurst() {
        burst = null;
    }

    /** Replaces a paragraph's text at once (restoring an earlier text, undoing typing). */
    public synchronized Amendment setText(String paragraphId, String text, Author author, String rationale) {
        burst = null;
        return db.write(() -> {
            Paragraph p = paragraph(paragraphId);
            drafts.updateText(paragraphId, text);
            marks.follow(paragraphId, p.text(), text);
            linkFollower.textChanged(paragraphId, text);
            return amendments.append(applied(
                    paragraphId,
                    null,
                    AmendmentKind.ofTextChange(p.text(), text),
                    p.text(),
                    text,
                    author,
                    rationale,
                    null,
                    null));
        });
    }

    /**
     * Splits a paragraph: it keeps {@code firstText} and a new paragraph {@code newId} right after it
     * takes {@code secondText} (with the same kind and status). When the first part is the whole old
     * text, nothing was split: a new paragraph was added. {@code linksToNew} move with the second part.
     * An id that belonged to a deleted paragraph brings that paragraph back (redo after undo).
     */
    public synchronized SplitResult split(
            String paragraphId,
            String newId,
            String firstText,
            String secondText,
            Author author,
            List<Long> linksToNew) {
        burst = null;
        return db.write(() -> {
            Paragraph p = paragraph(paragraphId);
            Paragraph revived = drafts.paragraphEvenDeleted(newId).orElse(null);
            if (revived != null) {
                drafts.restoreParagraph(newId, p.sectionId(), p.position() + 1);
                drafts.updateText(newId, secondText);
            } else {
                drafts.insertParagraph(
                        new Paragraph(newId, p.sectionId(), p.kind(), p.position() + 1, p.status(), secondText));
            }
            List<Long> following = linksToNew.isEmpty() && !firstText.equals(p.text())
                    ? linkFollower.linksOfSecondPart(paragraphId, firstText, secondText)
                    : linksToNew;
            links.move(following, newId);
            if (firstText.equals(p.text())) {
                Amendment added = amendments.append(applied(
                        newId,
                        null,
                        AmendmentKind.NEW_PARAGRAPH,
                        null,
                        secondText,
                        author,
                        null,
                        paragraphId,
                        detail("after", paragraphId)));
                return new SplitResult(paragraphId, newId, p.text(), added.id());
            }
            drafts.updateText(paragraphId, firstText);
            marks.split(p, newId, firstText, secondText);
            linkFollower.rebase(paragraphId, firstText);
            linkFollower.rebase(newId, secondText);
            Amendment first = amendments.append(applied(
                    paragraphId,
                    null,
                    AmendmentKind.SPLIT_PARAGRAPH,
                    p.text(),
                    firstText,
                    author,
                    null,
                    newId,
                    detail("into", newId)));
            amendments.append(applied(
                    newId,
                    null,
                    AmendmentKind.SPLIT_PARAGRAPH,
                    null,
                    secondText,
                    author,
                    null,
                    paragraphId,
                    detail("from", paragraphId)));
            return new SplitResult(paragraphId, newId, p.text(), first.id());
        });
    }

    /**
     * Joins two paragraphs: {@code keepId} takes {@code mergedText}, {@code removeId} is deleted and
     * its links move to the paragraph kept.
     */
    public synchronized JoinResult join(String keepId, String removeId, String mergedText, Author author) {
        burst = null;
        return db.write(() -> {
            Paragraph keep = paragraph(keepId);
            Paragraph removed = paragraph(removeId);
            List<Long> moved = links.moveAll(removeId, keepId);
            drafts.deleteParagraph(removeId);
            drafts.updateText(keepId, mergedText);
            marks.join(keep, removed, mergedText);
            linkFollower.rebase(keepId, mergedText);
            Amendment a = amendments.append(applied(
                    keepId,
                    null,
                    AmendmentKind.JOIN_PARAGRAPHS,
                    keep.text(),
                    mergedText,
                    author,
                    null,
                    removeId,
                    detail("joined", removeId, "links", moved)));
            amendments.append(applied(
                    removeId,
                    null,
                    AmendmentKind.JOIN_PARAGRAPHS,
                    removed.text(),
                    null,
                    author,
                    null,
                    keepId,
                    detail("into", keepId)));
            return new JoinResult(
                    keepId,
                    removeId,
                    keep.text(),
                    removed.text(),
                    removed.sectionId(),
                    removed.position(),
                    moved,
                    a.id());
        });
    }

    /** Adds a paragraph at a position of a section (null for the preamble). */
    public synchronized Amendment insertParagraph(
            String newId, String sectionId, int position, ParagraphKind kind, String text, Author author) {
        burst = null;
        return db.write(() -> {
            Paragraph p = new Paragraph(newId, sectionId, kind, position, ParagraphStatus.DRAFTING, text);
            if (drafts.paragraphEvenDeleted(newId).isPresent()) {
                drafts.restoreParagraph(newId, sectionId, position);
                drafts.updateText(newId, text);
            } else {
                drafts.insertParagraph(p);
            }
            return amendments.append(applied(
                    newId,
                    sectionId,
                    AmendmentKind.NEW_PARAGRAPH,
                    null,
                    text,
                    author,
                    null,
                    null,
                    detail("section", sectionId, "position", position)));
        });
    }

    /** Deletes a paragraph; its links stay with it, so that an undo brings them back. */
    public synchronized Amendment deleteParagraph(String paragraphId, Author author) {
        burst = null;
        return db.write(() -> {
            Paragraph p = paragraph(paragraphId);
            drafts.deleteParagraph(paragraphId);
            return amendments.append(applied(
                    paragraphId,
                    p.sectionId(),
                    AmendmentKind.DELETE_PARAGRAPH,
                    p.text(),
                    null,
                    author,
                    null,
                    null,
                    detail("section", p.sectionId(), "position", p.position())));
        });
    }

    /** Moves a paragraph to a position in a section. */
    public synchronized Amendment moveParagraph(String paragraphId, String sectionId, int position, Author author) {
        burst = null;
        return db.write(() -> {
            Paragraph p = paragraph(paragraphId);
            drafts.moveParagraph(paragraphId, sectionId, position);
            return amendments.append(applied(
                    paragraphId,
                    sectionId,
                    AmendmentKind.MOVE_PARAGRAPH,
                    p.text(),
                    p.text(),
                    author,
                    null,
                    null,
                    detail(
                            "fromSection",
                            p.sectionId(),
                            "fromPosition",
                            p.position(),
                            "toSection",
                            sectionId,
                            "toPosition",
                            position)));
        });
    }

    /** Sets a paragraph's negotiation status. */
    public synchronized Amendment setStatus(String paragraphId, ParagraphStatus status, Author author) {
        burst = null;
        return db.write(() -> {
            Paragraph p = paragraph(paragraphId);
            drafts.updateStatus(paragraphId, status);
            return amendments.append(applied(
                    paragraphId,
                    null,
                    AmendmentKind.CHANGE_STATUS,
                    p.status().code(),
                    status.code(),
                    author,
                    null,
                    null,
                    null));
        });
    }

    /** Makes a paragraph preambular or operative. */
    public synchronized Amendment setKind(String paragraphId, ParagraphKind kind, Author author) {
        burst = null;
        return db.write(() -> {
            Paragraph p = paragraph(paragraphId);
            drafts.updateKind(paragraphId, kind);
            return amendments.append(applied(
                    paragraphId,
                    null,
                    AmendmentKind.CHANGE_KIND,
                    p.kind().name(),
                    kind.name(),
                    author,
                    null,
                    null,
                    null));
        });
    }

    /** Adds a section heading at a position among the sections. */
    public synchronized Amendment addSection(String sectionId, String title, int position, Author author) {
        burst = null;
        return db.write(() -> {
            if (drafts.sectionEvenDeleted(sectionId).isPresent()) {
                drafts.restoreSection(sectionId, title, position);
            } else {
                drafts.insertSection(new Section(sectionId, title, position));
            }
            return amendments.append(applied(
                    null,
                    sectionId,
                    AmendmentKind.NEW_SECTION,
                    null,
                    title,
                    author,
                    null,
                    null,
                    detail("position", position)));
        });
    }

    /**
     * Moves a section heading (with the paragraphs under it) to a position among the sections;
     * recorded as a renaming to the same title whose detail says where it went.
     */
    public synchronized Amendment moveSection(String sectionId, int position, Author author) {
        burst = null;
        return db.write(() -> {
            Section s = drafts.section(sectionId)
                    .orElseThrow(() -> new StoreException(db.file() + ": the draft has no section " + sectionId));
            drafts.moveSection(sectionId, position);
            return amendments.append(applied(
                    null,
                    sectionId,
                    AmendmentKind.RENAME_SECTION,
                    s.title(),
                    s.title(),
                    author,
                    null,
                    null,
                    detail("fromPosition", s.position(), "toPosition", position)));
        });
    }

    /** Deletes a section heading; its paragraphs must have gone elsewhere first. */
    public synchronized Amendment deleteSection(String sectionId, Author author) {
        burst = null;
        return db.write(() -> {
            Section s = drafts.section(sectionId)
                    .orElseThrow(() -> new StoreException(db.file() + ": the draft has no section " + sectionId));
            if (drafts.load().paragraphs().stream().anyMatch(p -> sectionId.equals(p.sectionId()))) {
                throw new StoreException(db.file() + ": the section \"" + s.title() + "\" still holds paragraphs");
            }
            drafts.deleteSection(sectionId);
            return amendments.append(applied(
                    null,
                    sectionId,
                    AmendmentKind.DELETE_SECTION,
                    s.title(),
                    null,
                    author,
                    null,
                    null,
                    detail("position", s.position())));
        });
    }

    /** Renames a section; typing in a heading is grouped in bursts like typing in a paragraph. */
    public synchronized Amendment renameSection(String sectionId, String title, Author author) {
        return inBurst(() -> {
            Section s = drafts.section(sectionId)
                    .orElseThrow(() -> new StoreException(db.file() + ": the draft has no section " + sectionId));
            return extendOrAppend(
                    "s:" + sectionId,
                    s.title(),
                    title,
                    () -> drafts.renameSection(sectionId, title),
                    () -> applied(
                            null, sectionId, AmendmentKind.RENAME_SECTION, s.title(), title, author, null, null, null));
        });
    }

    /** Changes the draft's title; typing in it is grouped in bursts. */
    public synchronized Amendment setTitle(String title, Author author) {
        return inBurst(() -> {
            String old = meta.title();
            return extendOrAppend(
                    "title",
                    old,
                    title,
                    () -> meta.put(MetaStore.TITLE, title),
                    () -> applied(null, null, AmendmentKind.CHANGE_TITLE, old, title, author, null, null, null));
        });
    }

    /** Changes the document's symbol ("A/80/L.1"); recorded like a change of title, marked as the symbol's. */
    public synchronized Amendment setSymbol(String symbol, Author author) {
        burst = null;
        return db.write(() -> {
            String old = meta.get(MetaStore.SYMBOL).orElse("");
            String now = symbol == null ? "" : symbol.strip();
            meta.put(MetaStore.SYMBOL, now.isEmpty() ? null : now);
            return amendments.append(applied(
                    null, null, AmendmentKind.CHANGE_TITLE, old, now, author, null, null, detail("field", "symbol")));
        });
    }

    /**
     * A write that may extend the burst of typing. When it fails (a full disk) its amendment was
     * rolled back, so the burst ends with it: the next keystroke records a new amendment.
     */
    private <T> T inBurst(Database.Work<T> work) {
        try {
            return db.write(work);
        } catch (RuntimeException e) {
            burst = null;
            throw e;
        }
    }

    private Amendment extendOrAppend(
            String target, String old, String now, Runnable change, java.util.function.Supplier<Amendment> fresh) {
        Instant t = Instant.now();
        change.run();
        if (burst != null
                && burst.target().equals(target)
                && Duration.between(burst.lastTouch(), t).compareTo(BURST_IDLE) < 0) {
            amendments.extendBurst(burst.amendmentId(), fresh.get().kind(), now);
            burst = new OpenBurst(target, burst.amendmentId(), burst.before(), t);
            return amendments.byId(burst.amendmentId()).orElseThrow();
        }
        Amendment a = amendments.append(fresh.get());
        burst = new OpenBurst(target, a.id(), old, t);
        return a;
    }

    static Amendment applied(
            String paragraphId,
            String sectionId,
            AmendmentKind kind,
            String before,
            String after,
            Author author,
            String rationale,
            String related,
            String detail) {
        Objects.requireNonNull(author, "author");
        return new Amendment(
                0,
                paragraphId,
                sectionId,
                kind,
                before,
                after,
                author.name(),
                author.team(),
                null,
                null,
                AmendmentStatus.APPLIED,
                rationale,
                null,
                related,
                detail);
    }

    private static String detail(Object... keyValues) {
        return Details.of(keyValues);
    }

    /** What a split did, enough to undo it. */
    public record SplitResult(String paragraphId, String newId, String originalText, long amendmentId) {}

    /** What a join did, enough to undo it. */
    public record JoinResult(
            String keepId,
            String removedId,
            String keepTextBefore,
            String removedText,
            String removedSectionId,
            int removedPosition,
            List<Long> movedLinks,
            long amendmentId) {}
}
