package org.penholder.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.penholder.draft.Command;
import org.penholder.draft.CommandRefused;
import org.penholder.model.Input;
import org.penholder.model.Tag;
import org.penholder.store.Database;
import org.penholder.store.InputStore;
import org.penholder.store.RemovedRows;
import org.penholder.store.TagStore;
import org.penholder.text.Phrase;

/**
 * Imports of inputs and changes to their details as undoable commands. Undoing an import takes its
 * inputs out (texts, tags, and the stakeholder or group it created), and Redo puts them back as they
 * were. An import whose inputs something else has come to depend on since (a link, a near-identical
 * input imported later) is not undone: the person is told which inputs and what to do first, and
 * nothing changes. Links are the work of the team; undoing an import never takes them away silently.
 */
public final class InputCommands {

    private final Database db;
    private final InputStore inputs;
    private final TagStore tags;
    private final InputDetailsEditor details;
    private final StakeholderCommands stakeholders;

    public InputCommands(
            Database db,
            InputStore inputs,
            TagStore tags,
            InputDetailsEditor details,
            StakeholderCommands stakeholders) {
        this.db = db;
        this.inputs = inputs;
        this.tags = tags;
        this.details = details;
        this.stakeholders = stakeholders;
    }

    /** What is there before an import starts (an import may add its stakeholder and group). */
    public StakeholderCommands.Snapshot beforeImport() {
        return stakeholders.snapshot();
    }

    /**
     * An import just done (by {@link InputImporter}, in batches) as one command; null when it
     * imported nothing.
     */
    public Command imported(ImportReport report, ImportDetails asked, StakeholderCommands.Snapshot before) {
        List<Long> ids =
                report.imported().stream().map(ImportReport.Imported::inputId).toList();
        Phrase what = ids.size() == 1
                ? Phrase.of("command.importInput", report.imported().getFirst().title())
                : Phrase.of("command.importInputs", ids.size());
        Command created = stakeholders.since(
                before,
                what,
                s -> s.name().equalsIgnoreCase(String.valueOf(asked.stakeholder())),
                g -> g.equalsIgnoreCase(String.valueOf(asked.group())));
        if (ids.isEmpty() && created == null) {
            return null;
        }
        return new Imported(what, ids, created);
    }

    /** Gives inputs new details (stakeholder, occasion, date, language, tags), as one command. */
    public Command setDetails(List<Long> ids, ImportDetails d) {
        Map<Long, Input> before = new LinkedHashMap<>();
        Map<Long, List<Long>> tagsBefore = new LinkedHashMap<>();
        StakeholderCommands.Snapshot people = stakeholders.snapshot();
        db.read(() -> {
            for (long id : ids) {
                before.put(id, inputs.byId(id).orElseThrow(() -> new CommandRefused(Phrase.of("refused.inputGone"))));
                tagsBefore.put(id, tags.ofInput(id).stream().map(Tag::id).toList());
            }
            return null;
        });
        details.update(ids, d);
        Phrase what = ids.size() == 1
                ? Phrase.of(
                        "command.editInput", before.values().iterator().next().title())
                : Phrase.of("command.editInputs", ids.size());
        Command created = stakeholders.since(
                people,
                what,
                s -> s.name().equalsIgnoreCase(String.valueOf(d.stakeholder())),
                g -> g.equalsIgnoreCase(String.valueOf(d.group())));
        return Command.of(
                what,
                () -> db.run(() -> {
                    for (Input in : before.values()) {
                        inputs.updateDetails(
                                in.id(), in.stakeholderId(), in.title(), in.occasion(), in.date(), in.language());
                        tags.setTagsOfInput(in.id(), tagsBefore.get(in.id()));
                    }
                    if (created != null) {
                        created.undo();
                    }
                }),
                () -> db.run(() -> {
                    if (created != null) {
                        created.redo();
                    }
                    details.update(ids, d);
                }));
    }

    /** Takes the inputs out again; refuses when something has come to depend on them. */
    private final class Imported implements Command {
        private final Phrase phrase;
        private final List<Long> ids;
        private final Command created;
        private RemovedRows removed;

        Imported(Phrase phrase, List<Long> ids, Command created) {
            this.phrase = phrase;
            this.ids = List.copyOf(ids);
            this.created = created;
        }

        @Override
        public Phrase phrase() {
            return phrase;
        }

        @Override
        public void undo() {
            db.run(() -> {
                if (!ids.isEmpty()) {
                    List<Long> held = inputs.dependedOn(ids);
                    if (!held.isEmpty()) {
                        throw new CommandRefused(refusal(held));
                    }
                    removed = inputs.remove(ids);
                }
                if (created != null) {
                    created.undo();
                }
            });
        }

        @Override
        public void redo() {
            db.run(() -> {
                if (created != null) {
                    created.redo();
                }
                if (removed != null) {
                    inputs.putBack(ids, removed);
                    removed = null;
                }
            });
        }

        private Phrase refusal(List<Long> held) {
            List<String> titles = new ArrayList<>();
            for (long id : held.subList(0, Math.min(3, held.size()))) {
                inputs.byId(id).ifPresent(i -> titles.add(i.title()));
            }
            return Phrase.of("refused.importHeld", phrase, held.size(), Phrase.names(titles, held.size()));
        }
    }
}
