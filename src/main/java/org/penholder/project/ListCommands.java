package org.penholder.project;

import org.penholder.draft.Command;
import org.penholder.draft.CommandRefused;
import org.penholder.model.ListEntry;
import org.penholder.model.ListKind;
import org.penholder.store.ListStore;
import org.penholder.text.Phrase;

/** The editable lists (groups, clusters, action lines): read, and changed as undoable commands. */
public final class ListCommands {

    private final ListStore lists;

    public ListCommands(ListStore lists) {
        this.lists = lists;
    }

    /** A list's entries, in order, with how often each is used. */
    public java.util.List<ListEntry> entries(ListKind list) {
        return lists.entries(list);
    }

    /** Adds an entry at the end of a list. */
    public Command add(ListKind list, String code, String name) {
        refuse(list, name, -1);
        ListEntry added = lists.add(list, code, name);
        ListStore.Removed[] removed = {null};
        return Command.of(
                Phrase.of("command.listAdd", list.name(), added.name()),
                () -> removed[0] = lists.remove(list, added.id()),
                () -> lists.restore(removed[0]));
    }

    /** Renames an entry (action lines: and sets its code). */
    public Command rename(ListKind list, ListEntry entry, String code, String name) {
        refuse(list, name, entry.id());
        lists.rename(list, entry.id(), code, name);
        return Command.of(
                Phrase.of("command.listRename", list.name(), entry.name()),
                () -> lists.rename(list, entry.id(), entry.code(), entry.name()),
                () -> lists.rename(list, entry.id(), code, name));
    }

    /** Removes an entry; a tag comes off its inputs, and undo puts it back on them. */
    public Command remove(ListKind list, ListEntry entry) {
        ListStore.Removed[] removed = {lists.remove(list, entry.id())};
        return Command.of(
                Phrase.of("command.listRemove", list.name(), entry.name()),
                () -> lists.restore(removed[0]),
                () -> removed[0] = lists.remove(list, entry.id()));
    }

    /** Moves an entry one place up (-1) or down (+1). */
    public Command move(ListKind list, ListEntry entry, int direction) {
        lists.move(list, entry.id(), direction);
        return Command.of(
                Phrase.of("command.listMove", list.name(), entry.name()),
                () -> lists.move(list, entry.id(), -direction),
                () -> lists.move(list, entry.id(), direction));
    }

    /** Refuses a blank name, or one another entry of the list has (in any case). */
    private void refuse(ListKind list, String name, long except) {
        if (name == null || name.isBlank()) {
            throw new CommandRefused(Phrase.of("refused.listEntryNeedsName"));
        }
        lists.entries(list).stream()
                .filter(e -> e.id() != except && e.name().equalsIgnoreCase(name.strip()))
                .findFirst()
                .ifPresent(same -> {
                    throw new CommandRefused(Phrase.of("refused.listHasIt", same.name()));
                });
    }
}
