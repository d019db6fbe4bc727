package org.penholder.ui.inputs;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.penholder.draft.Command;
import org.penholder.events.ProjectEvent.InputsChanged;
import org.penholder.events.ProjectEvent.ListsChanged;
import org.penholder.events.ProjectEvent.StakeholdersChanged;
import org.penholder.model.ListEntry;
import org.penholder.model.ListKind;
import org.penholder.project.ListCommands;
import org.penholder.text.Phrase;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.Reload;
import org.penholder.ui.common.Messages;

/**
 * The Lists view's state: the entries of the three editable lists with how often each is used;
 * adding, renaming, removing and moving entries are commands. It follows the lists, and the
 * stakeholders and inputs whose counts it shows, changed anywhere.
 */
public final class ListsViewModel {

    private final ProjectSession session;
    private final ListCommands commands;
    private final Map<ListKind, ObservableList<ListEntry>> entries = new EnumMap<>(ListKind.class);
    private final Reload<Map<ListKind, List<ListEntry>>> reload;
    private Predicate<String> confirm;

    /** @param confirm asks the person to confirm removing an entry in use */
    public ListsViewModel(ProjectSession session, Predicate<String> confirm) {
        this.session = session;
        this.confirm = confirm;
        this.commands = session.project().listCommands();
        for (ListKind k : ListKind.values()) {
            entries.put(k, FXCollections.observableArrayList());
        }
        this.reload = new Reload<>(
                session,
                () -> () -> {
                    Map<ListKind, List<ListEntry>> all = new EnumMap<>(ListKind.class);
                    for (ListKind k : ListKind.values()) {
                        all.put(k, commands.entries(k));
                    }
                    return all;
                },
                all -> all.forEach((k, list) -> entries.get(k).setAll(list)));
        session.subscribe(c -> {
            if (c.touches(ListsChanged.class, StakeholdersChanged.class, InputsChanged.class)) {
                reload.run();
            }
        });
        reload.run();
    }

    /** How removing an entry in use is confirmed (tests answer without a dialog). */
    public void setConfirm(Predicate<String> confirm) {
        this.confirm = confirm;
    }

    public void setShowing(boolean showing) {
        reload.setShowing(showing);
    }

    /** Reads the three lists again. */
    public CompletableFuture<Void> refresh() {
        return reload.run();
    }

    public boolean isWritable() {
        return !session.project().isReadOnly();
    }

    /** A list's entries, in order. */
    public ObservableList<ListEntry> entries(ListKind kind) {
        return entries.get(kind);
    }

    /** "C12 Name" for action lines: a leading code is kept apart from the name. */
    public static ListEntry parse(ListKind kind, String typed) {
        String t = typed == null ? "" : typed.strip();
        if (kind == ListKind.ACTION_LINES) {
            var m = java.util.regex.Pattern.compile("^([A-Z]\\d+)\\s+(.+)$").matcher(t);
            if (m.matches()) {
                return new ListEntry(0, m.group(1), m.group(2), 0);
            }
        }
        return new ListEntry(0, "", t, 0);
    }

    /** Adds what was typed at the end of a list; returns why not (the list has it already), or empty. */
    public Optional<String> add(ListKind kind, String typed) {
        ListEntry entry = parse(kind, typed);
        Optional<ListEntry> same = entries(kind).stream()
                .filter(x -> x.name().equalsIgnoreCase(entry.name()))
                .findFirst();
        if (same.isPresent()) {
            return Optional.of(
                    Messages.get(Phrase.of("refused.listHasIt", same.get().name())));
        }
        session.execute(() -> commands.add(kind, entry.code(), entry.name()));
        return Optional.empty();
    }

    /** Renames an entry to what was typed; a blank name or one the list has already is not taken. */
    public CompletableFuture<Command> rename(ListKind kind, ListEntry before, String typed) {
        ListEntry entry = parse(kind, typed);
        boolean taken = entries(kind).stream()
                .anyMatch(x -> x.id() != before.id() && x.name().equalsIgnoreCase(entry.name()));
        if (taken || entry.name().isBlank()) {
            return reload.run().thenApply(v -> null); // the list shows the name it had
        }
        if (entry.display().equals(before.display())) {
            return CompletableFuture.completedFuture(null);
        }
        return session.execute(() -> commands.rename(kind, before, entry.code(), entry.name()));
    }

    /** Removes an entry; one that inputs carry is removed only once the person confirms. */
    public CompletableFuture<Command> remove(ListKind kind, ListEntry entry) {
        if (entry.uses() > 0
                && kind != ListKind.STAKEHOLDER_GROUPS
                && !confirm.test(Messages.get("inputs.listsViewModel.removeUsed", entry.display(), entry.uses()))) {
            return CompletableFuture.completedFuture(null);
        }
        return session.execute(() -> commands.remove(kind, entry));
    }

    /** Moves an entry one place up (-1) or down (+1). */
    public CompletableFuture<Command> move(ListKind kind, ListEntry entry, int direction) {
        return session.execute(() -> commands.move(kind, entry, direction));
    }
}
