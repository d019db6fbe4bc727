package org.penholder.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.penholder.draft.Command;
import org.penholder.draft.CommandRefused;
import org.penholder.model.ListEntry;
import org.penholder.model.ListKind;
import org.penholder.model.Stakeholder;
import org.penholder.store.Database;
import org.penholder.store.ListStore;
import org.penholder.store.RemovedRows;
import org.penholder.store.StakeholderStore;
import org.penholder.text.Phrase;

/**
 * The project's stakeholders: read, and changed as undoable commands (add, edit, import from CSV).
 * Undo compares what was there before with what is there now: stakeholders and groups that came
 * are taken out again (refused, with the reason, when inputs or proposals name them since), those
 * that changed get their old name, group and country back.
 */
public final class StakeholderCommands {

    private final Database db;
    private final StakeholderStore stakeholders;
    private final ListStore lists;
    private final StakeholderImporter importer;

    public StakeholderCommands(
            Database db, StakeholderStore stakeholders, ListStore lists, StakeholderImporter importer) {
        this.db = db;
        this.stakeholders = stakeholders;
        this.lists = lists;
        this.importer = importer;
    }

    /** Every stakeholder, by name. */
    public List<Stakeholder> all() {
        return stakeholders.all();
    }

    /** The names of the stakeholder groups, in list order. */
    public List<String> groups() {
        return stakeholders.groups();
    }

    /** A stakeholder added and the command that takes it back. */
    public record Added(Stakeholder stakeholder, Command command) {}

    /** Adds a stakeholder named "New stakeholder" (or "New stakeholder 2" ...), to be renamed in place. */
    public Added add() {
        Snapshot before = snapshot();
        Stakeholder s = db.write(() -> {
            String name = "New stakeholder";
            for (int n = 2; stakeholders.byName(name).isPresent(); n++) {
                name = "New stakeholder " + n;
            }
            return stakeholders.findOrCreate(name, null, null);
        });
        return new Added(s, since(before, Phrase.of("command.addStakeholder")));
    }

    /** Changes a stakeholder's name, group or country; refuses a name another stakeholder has. */
    public Command update(Stakeholder after) {
        if (after.name() == null || after.name().isBlank()) {
            throw new CommandRefused(Phrase.of("refused.stakeholderNeedsName"));
        }
        Snapshot before = snapshot();
        Stakeholder old = before.stakeholders().get(after.id());
        if (old == null) {
            throw new CommandRefused(Phrase.of("refused.stakeholderGone"));
        }
        stakeholders.byName(after.name()).filter(o -> o.id() != after.id()).ifPresent(o -> {
            throw new CommandRefused(Phrase.of("refused.stakeholderNameTaken", o.name()));
        });
        stakeholders.update(after);
        return since(before, Phrase.of("command.editStakeholder", old.name()));
    }

    /** What an import of a CSV file did and the command that takes it back (null when it changed nothing). */
    public record Imported(StakeholderImporter.Report report, Command command) {}

    /** Imports the stakeholders of a CSV file, as one command. */
    public Imported importCsv(Path file) throws UnreadableFileException {
        Snapshot before = snapshot();
        StakeholderImporter.Report report = importer.importCsv(file);
        return new Imported(
                report,
                since(
                        before,
                        Phrase.of(
                                "command.importStakeholders", file.getFileName().toString())));
    }

    /** The stakeholders and groups as they are, to compare with later ({@link #since}). */
    public Snapshot snapshot() {
        return db.read(() -> {
            Map<Long, Stakeholder> all = new LinkedHashMap<>();
            for (Stakeholder s : stakeholders.all()) {
                all.put(s.id(), s);
            }
            return new Snapshot(all, stakeholders.groups());
        });
    }

    /** Stakeholders by id and group names, at one moment. */
    public record Snapshot(Map<Long, Stakeholder> stakeholders, List<String> groups) {}

    /** The change from {@code before} to now, as a command; null when nothing changed. */
    public Command since(Snapshot before, Phrase description) {
        return since(before, description, s -> true, g -> true);
    }

    /**
     * As {@link #since(Snapshot, Phrase)}, counting only the stakeholders and groups these say
     * (an import of inputs counts its own stakeholder, not edits made elsewhere meanwhile).
     */
    public Command since(
            Snapshot before, Phrase description, Predicate<Stakeholder> stakeholder, Predicate<String> group) {
        Snapshot after = snapshot();
        List<Long> added = new ArrayList<>();
        List<Stakeholder[]> changed = new ArrayList<>();
        for (Stakeholder s : after.stakeholders().values()) {
            Stakeholder was = before.stakeholders().get(s.id());
            if (was == null && stakeholder.test(s)) {
                added.add(s.id());
            } else if (was != null && !was.equals(s) && (stakeholder.test(s) || stakeholder.test(was))) {
                changed.add(new Stakeholder[] {was, s});
            }
        }
        List<String> newGroups = after.groups().stream()
                .filter(g -> !before.groups().contains(g) && group.test(g))
                .toList();
        if (added.isEmpty() && changed.isEmpty() && newGroups.isEmpty()) {
            return null;
        }
        return new Difference(description, added, changed, newGroups);
    }

    /** Takes back what came and changed; puts it back on redo. */
    private final class Difference implements Command {
        private final Phrase description;
        private final List<Long> added;
        private final List<Stakeholder[]> changed;
        private final List<String> groups;
        private final Map<Long, RemovedRows> removed = new LinkedHashMap<>();
        private final List<ListStore.Removed> removedGroups = new ArrayList<>();

        Difference(Phrase description, List<Long> added, List<Stakeholder[]> changed, List<String> groups) {
            this.description = description;
            this.added = List.copyOf(added);
            this.changed = List.copyOf(changed);
            this.groups = List.copyOf(groups);
        }

        @Override
        public Phrase phrase() {
            return description;
        }

        @Override
        public void undo() {
            db.run(() -> {
                for (long id : added) {
                    if (stakeholders.isUsed(id)) {
                        String name =
                                stakeholders.byId(id).map(Stakeholder::name).orElse("#" + id);
                        throw new CommandRefused(Phrase.of("refused.stakeholderUsed", description, name));
                    }
                }
                removed.clear();
                removedGroups.clear();
                for (long id : added) {
                    removed.put(id, stakeholders.remove(id));
                }
                for (Stakeholder[] c2 : changed) {
                    stakeholders.update(c2[0]);
                }
                for (String g : groups) {
                    lists.entries(ListKind.STAKEHOLDER_GROUPS).stream()
                            .filter(e -> e.name().equals(g) && e.uses() == 0)
                            .map(ListEntry::id)
                            .findFirst()
                            .ifPresent(id -> removedGroups.add(lists.remove(ListKind.STAKEHOLDER_GROUPS, id)));
                }
            });
        }

        @Override
        public void redo() {
            db.run(() -> {
                for (ListStore.Removed g : removedGroups) {
                    lists.restore(g);
                }
                removed.forEach((id, rows) -> stakeholders.putBack(id, rows));
                for (Stakeholder[] c2 : changed) {
                    stakeholders.update(c2[1]);
                }
            });
        }
    }
}
