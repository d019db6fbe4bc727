package org.penholder.sources;

import java.util.function.Supplier;
import org.penholder.draft.Command;
import org.penholder.model.Author;
import org.penholder.model.Link;
import org.penholder.text.Phrase;

/** Linking and unlinking as undoable commands, for the window's Edit menu. */
public final class LinkCommands {

    private final LinkService service;
    private final Supplier<Author> author;

    public LinkCommands(LinkService service, Supplier<Author> author) {
        this.service = service;
        this.author = author;
    }

    /** Links a passage [from, to) of an input to a paragraph; {@code where} names the paragraph ("12."). */
    public Linked link(String paragraphId, long inputId, int from, int to, String where) {
        LinkService.Made made =
                service.make(paragraphId, inputId, from, to, null, author.get().display());
        Link link = made.link();
        Command command = made.created()
                ? Command.of(
                        Phrase.of("command.link", where), () -> service.remove(link.id()), () -> service.restore(link))
                : null;
        return new Linked(link, command);
    }

    /** Removes a link. */
    public Command remove(long linkId, String where) {
        Link removed = service.remove(linkId);
        return Command.of(
                Phrase.of("command.removeLink", where),
                () -> service.restore(removed),
                () -> service.remove(removed.id()));
    }

    /** Sets (or, blank, clears) the note of a link. */
    public Command setNote(long linkId, String note, String where) {
        String before = service.link(linkId).note();
        service.setNote(linkId, note);
        return Command.of(
                Phrase.of(note == null || note.isBlank() ? "command.removeLinkNote" : "command.linkNote", where),
                () -> service.setNote(linkId, before),
                () -> service.setNote(linkId, note));
    }

    /** Confirms that a suspect link still holds for its paragraph as it now reads. */
    public Command confirm(long linkId, String where) {
        LinkService.Reference before = service.reference(linkId);
        service.confirm(linkId);
        LinkService.Reference after = service.reference(linkId);
        return Command.of(
                Phrase.of("command.confirmLink", where),
                () -> service.setReference(linkId, before),
                () -> service.setReference(linkId, after));
    }

    /** A link just made and the command that takes it back (null when the passage was linked already). */
    public record Linked(Link link, Command command) {}
}
