package org.penholder.ui.inputs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.penholder.draft.Command;
import org.penholder.events.Changes;
import org.penholder.events.ProjectEvent.InputsChanged;
import org.penholder.events.ProjectEvent.LinksChanged;
import org.penholder.events.ProjectEvent.ListsChanged;
import org.penholder.events.ProjectEvent.StakeholdersChanged;
import org.penholder.model.Input;
import org.penholder.model.Link;
import org.penholder.sources.LinkCommands;
import org.penholder.text.Phrase;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.Formats;
import org.penholder.ui.common.Messages;
import org.penholder.ui.draft.DraftViewModel;

/**
 * The reader's state: the input shown, its text, the links into it, and the line of details under
 * its title; linking a passage to a paragraph is a command. It follows changes of the links into
 * the input and of its details (stakeholder, group, occasion) made anywhere.
 */
public final class ReaderViewModel {

    /** An input as the reader shows it; {@code select} is the passage to select, or null. */
    public record Shown(Input input, String text, List<Link> links, Passage select) {}

    /** A passage [start, end) of the input shown. */
    public record Passage(int start, int end) {}

    private final ProjectSession session;
    private final DraftViewModel draft;
    private final LinkCommands commands;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();
    private long request;

    public ReaderViewModel(ProjectSession session, DraftViewModel draft) {
        this.session = session;
        this.draft = draft;
        this.commands = new LinkCommands(session.project().linkService(), session::author);
        session.subscribe(this::follow);
    }

    private void follow(Changes c) {
        Shown s = shown.get();
        if (s == null) {
            return;
        }
        long id = s.input().id();
        boolean mine = c.get(LinksChanged.class)
                        .map(l -> l.inputIds().contains(id))
                        .orElse(false)
                || c.get(InputsChanged.class).map(i -> i.ids().contains(id)).orElse(false);
        if (mine || c.replaced() || c.touches(StakeholdersChanged.class, ListsChanged.class)) {
            show(id, null);
        }
    }

    /** Shows an input; when {@code select} is given, the view selects [start, end) and scrolls to it. */
    public CompletableFuture<Void> show(long inputId, int[] select) {
        long mine = ++request;
        var library = session.project().inputLibrary();
        var links = session.project().linkService();
        return session.read(() -> new Shown(
                        library.input(inputId)
                                .orElseThrow(
                                        () -> new IllegalStateException(Messages.get(Phrase.of("refused.inputGone")))),
                        library.text(inputId),
                        links.ofInput(inputId),
                        select == null ? null : new Passage(select[0], select[1])))
                .thenAccept(s -> session.onUi(() -> {
                    if (mine == request) {
                        shown.set(s);
                    }
                }));
    }

    /** The input shown, its text and links; null before one is chosen. */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The input shown, or null. */
    public Input input() {
        return shown.get() == null ? null : shown.get().input();
    }

    /** The links into the input shown. */
    public List<Link> links() {
        return shown.get() == null ? List.of() : shown.get().links();
    }

    /** The fields of the line under the title: stakeholder, group, occasion, date, language, links. */
    public static List<String> describe(Input i, int linkCount) {
        List<String> parts = new ArrayList<>();
        parts.add(i.stakeholder() == null ? Messages.get("inputs.reader.unknownStakeholder") : i.stakeholder());
        if (i.group() != null) {
            parts.add(i.group());
        }
        if (i.occasion() != null) {
            parts.add(i.occasion());
        }
        if (i.date() != null && !Formats.mentions(i.occasion(), i.date())) {
            parts.add(Formats.longDate().format(i.date()));
        }
        if (i.language() != null) {
            parts.add(Formats.languageName(i.language()));
        }
        parts.add(
                linkCount == 0
                        ? Messages.get("inputs.reader.notLinkedYet")
                        : Messages.get("inputs.reader.passagesLinked", linkCount));
        return parts;
    }

    /** The ids of the paragraphs in the draft whose links cover a character, in the order of the links. */
    public List<String> paragraphsAt(int index) {
        Set<String> paragraphs = new LinkedHashSet<>();
        for (Link l : links()) {
            if (index >= l.start()
                    && index < l.end()
                    && draft.label(l.paragraphId()).isPresent()) {
                paragraphs.add(l.paragraphId());
            }
        }
        return new ArrayList<>(paragraphs);
    }

    /** The labels of the paragraphs whose links cover a character ("Used in 3., PP2"). */
    public List<String> labelsAt(int index) {
        return paragraphsAt(index).stream()
                .map(id -> draft.label(id).orElse(id))
                .toList();
    }

    /** "Link to 12." for the current paragraph, "Link" without one. */
    public String linkText() {
        return draft.label(draft.currentParagraphProperty().get())
                .map(l -> Messages.get("inputs.reader.linkTo", l))
                .orElse(Messages.get("inputs.reader.link"));
    }

    /** Links a passage [start, end) of an input to a paragraph, as a command. */
    public CompletableFuture<Command> link(String paragraphId, long inputId, int start, int end) {
        String where = draft.where(paragraphId);
        return session.execute(
                () -> commands.link(paragraphId, inputId, start, end, where).command());
    }

    public boolean isWritable() {
        return !session.project().isReadOnly();
    }
}
