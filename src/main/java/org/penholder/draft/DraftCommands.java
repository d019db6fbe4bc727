package org.penholder.draft;

import java.util.List;
import java.util.function.Supplier;
import org.penholder.model.Amendment;
import org.penholder.model.Author;
import org.penholder.model.ParagraphKind;
import org.penholder.model.ParagraphStatus;
import org.penholder.text.Phrase;

/**
 * Carries out changes to the draft through {@link DraftService} and returns them as undoable
 * {@link Command}s. Undo and redo are changes of their own, recorded as amendments by whoever
 * is the author at the time.
 */
public final class DraftCommands {

    private final DraftService service;
    private final Supplier<Author> author;

    public DraftCommands(DraftService service, Supplier<Author> author) {
        this.service = service;
        this.author = author;
    }

    /** Typing already recorded by {@link DraftService#typeText}, as a command; {@code where} names the paragraph, or null. */
    public Command typed(TextEdit edit, String where) {
        return new Typing(edit, where);
    }

    /**
     * Typing in the title ({@code sectionId} null) or a section heading, written now as a burst of
     * its own: one command per burst, as typing in a paragraph ("Typing in the title", "Typing in a
     * heading").
     */
    public Command retitle(String sectionId, String text) {
        Amendment a = sectionId == null
                ? service.setTitle(text, author.get())
                : service.renameSection(sectionId, text, author.get());
        return new Renaming(sectionId, a.id(), a.before(), text);
    }

    /** Replaces a paragraph's text (restoring an earlier text). */
    public Command setText(String paragraphId, String text, String where, String rationale) {
        String before = service.paragraph(paragraphId).text();
        service.setText(paragraphId, text, author.get(), rationale);
        return Command.of(
                Phrase.of("command.restoreText", where),
                () -> service.setText(paragraphId, before, author.get(), service.undoNote()),
                () -> service.setText(paragraphId, text, author.get(), service.redoNote()));
    }

    public Command split(String paragraphId, String newId, String firstText, String secondText, String where) {
        DraftService.SplitResult r = service.split(paragraphId, newId, firstText, secondText, author.get(), List.of());
        boolean added = firstText.equals(r.originalText());
        return Command.of(
                added ? Phrase.of("command.newParagraphAfter", where) : Phrase.of("command.split", where),
                () -> undoSplit(r),
                () -> service.split(paragraphId, newId, firstText, secondText, author.get(), List.of()));
    }

    private void undoSplit(DraftService.SplitResult r) {
        if (r.originalText().equals(service.paragraph(r.paragraphId()).text())) {
            service.deleteParagraph(r.newId(), author.get());
        } else {
            service.join(r.paragraphId(), r.newId(), r.originalText(), author.get());
        }
    }

    public Command join(String keepId, String removeId, String mergedText, String where) {
        DraftService.JoinResult r = service.join(keepId, removeId, mergedText, author.get());
        return Command.of(
                Phrase.of("command.join", where),
                () -> service.split(
                        keepId, removeId, r.keepTextBefore(), r.removedText(), author.get(), r.movedLinks()),
                () -> service.join(keepId, removeId, mergedText, author.get()));
    }

    /** Inserts a paragraph; {@code where} names it ("OP3"), or null when it has no number yet ("New paragraph in the draft"). */
    public Command insert(String newId, String sectionId, int position, ParagraphKind kind, String text, String where) {
        service.insertParagraph(newId, sectionId, position, kind, text, author.get());
        return Command.of(
                where == null ? Phrase.of("command.newParagraphInDraft") : Phrase.of("command.newParagraph", where),
                () -> service.deleteParagraph(newId, author.get()),
                () -> service.insertParagraph(newId, sectionId, position, kind, text, author.get()));
    }

    public Command delete(String paragraphId, String where) {
        var p = service.paragraph(paragraphId);
        service.deleteParagraph(paragraphId, author.get());
        return Command.of(
                Phrase.of("command.delete", where),
                () -> service.insertParagraph(
                        paragraphId, p.sectionId(), p.position(), p.kind(), p.text(), author.get()),
                () -> service.deleteParagraph(paragraphId, author.get()));
    }

    public Command move(String paragraphId, String sectionId, int position, String where) {
        var p = service.paragraph(paragraphId);
        service.moveParagraph(paragraphId, sectionId, position, author.get());
        return Command.of(
                Phrase.of("command.move", where),
                () -> service.moveParagraph(paragraphId, p.sectionId(), p.position(), author.get()),
                () -> service.moveParagraph(paragraphId, sectionId, position, author.get()));
    }

    public Command setStatus(String paragraphId, ParagraphStatus status, String where) {
        ParagraphStatus before = service.paragraph(paragraphId).status();
        service.setStatus(paragraphId, status, author.get());
        return Command.of(
                Phrase.of("command.setStatus", where, status.name()),
                () -> service.setStatus(paragraphId, before, author.get()),
                () -> service.setStatus(paragraphId, status, author.get()));
    }

    public Command setKind(String paragraphId, ParagraphKind kind, String where) {
        ParagraphKind before = service.paragraph(paragraphId).kind();
        service.setKind(paragraphId, kind, author.get());
        return Command.of(
                Phrase.of("command.setKind", where, kind.name()),
                () -> service.setKind(paragraphId, before, author.get()),
                () -> service.setKind(paragraphId, kind, author.get()));
    }

    /** Typing in the title or a heading; bursts merge as typing in a paragraph does. */
    private final class Renaming implements Command {
        private final String sectionId;
        private final long amendmentId;
        private final String before;
        private final String after;

        Renaming(String sectionId, long amendmentId, String before, String after) {
            this.sectionId = sectionId;
            this.amendmentId = amendmentId;
            this.before = before;
            this.after = after;
        }

        @Override
        public Phrase phrase() {
            return sectionId == null ? Phrase.of("command.typingTitle") : Phrase.of("command.typingHeading");
        }

        @Override
        public void undo() {
            set(before);
        }

        @Override
        public void redo() {
            set(after);
        }

        private void set(String text) {
            service.endBurst(); // an undo is a change of its own, not more of the burst
            if (sectionId == null) {
                service.setTitle(text, author.get());
            } else {
                service.renameSection(sectionId, text, author.get());
            }
            service.endBurst();
        }

        @Override
        public Command mergeWith(Command next) {
            if (next instanceof Renaming r
                    && r.amendmentId == amendmentId
                    && java.util.Objects.equals(r.sectionId, sectionId)) {
                return new Renaming(sectionId, amendmentId, before, r.after);
            }
            return null;
        }
    }

    /** Adds a footnote to a paragraph at a place in its text. */
    public Command addFootnote(String paragraphId, int anchor, String text, String where) {
        FootnoteService notes = service.footnotes();
        String uid = org.penholder.model.Ids.newUid();
        notes.add(paragraphId, uid, anchor, text, author.get());
        return Command.of(
                Phrase.of("command.addFootnote", where),
                () -> notes.remove(uid, author.get()),
                () -> notes.add(
                        paragraphId,
                        uid,
                        Math.min(anchor, service.paragraph(paragraphId).text().length()),
                        text,
                        author.get()));
    }

    /** Gives a footnote new words. */
    public Command editFootnote(String uid, String text, String where) {
        FootnoteService notes = service.footnotes();
        String before = notes.footnote(uid).footnote().text();
        notes.edit(uid, text, author.get(), null);
        return Command.of(
                Phrase.of("command.editFootnote", where),
                () -> notes.edit(uid, before, author.get(), service.undoNote()),
                () -> notes.edit(uid, text, author.get(), service.redoNote()));
    }

    /** Removes a footnote; undo brings the same footnote back where its mark stood. */
    public Command removeFootnote(String uid, String where) {
        FootnoteService notes = service.footnotes();
        var row = notes.footnote(uid);
        notes.remove(uid, author.get());
        return Command.of(
                Phrase.of("command.removeFootnote", where),
                () -> notes.add(
                        row.paragraphId(),
                        uid,
                        Math.min(
                                row.footnote().anchor(),
                                service.paragraph(row.paragraphId()).text().length()),
                        row.footnote().text(),
                        author.get()),
                () -> notes.remove(uid, author.get()));
    }

    private final class Typing implements Command {
        private final TextEdit edit;
        private final String where;

        Typing(TextEdit edit, String where) {
            this.edit = edit;
            this.where = where;
        }

        @Override
        public Phrase phrase() {
            return where == null ? Phrase.of("command.typingInDraft") : Phrase.of("command.typing", where);
        }

        @Override
        public void undo() {
            service.setText(edit.paragraphId(), edit.before(), author.get(), service.undoNote());
        }

        @Override
        public void redo() {
            service.setText(edit.paragraphId(), edit.after(), author.get(), service.redoNote());
        }

        @Override
        public Command mergeWith(Command next) {
            if (next instanceof Typing t
                    && t.edit.amendmentId() == edit.amendmentId()
                    && t.edit.paragraphId().equals(edit.paragraphId())) {
                return new Typing(
                        new TextEdit(edit.paragraphId(), edit.amendmentId(), edit.before(), t.edit.after()), where);
            }
            return null;
        }
    }
}
