package org.penholder.ui.inputs;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.penholder.draft.Command;
import org.penholder.events.ProjectEvent.ListsChanged;
import org.penholder.events.ProjectEvent.StakeholdersChanged;
import org.penholder.ingest.StakeholderCommands;
import org.penholder.model.Stakeholder;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.Reload;
import org.penholder.ui.common.Messages;

/**
 * The Stakeholders view's state: every stakeholder with its group and country, the groups to choose
 * from, and a count; adding, editing and importing a CSV file are commands. It follows stakeholders
 * and groups changed anywhere (an import of inputs adds its stakeholder, the Lists view renames groups).
 */
public final class StakeholdersViewModel {

    private final ProjectSession session;
    private final StakeholderCommands commands;
    private final ObservableList<Stakeholder> stakeholders = FXCollections.observableArrayList();
    private final ObservableList<String> groups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Reload<Shown> reload;
    private InputDialogs dialogs;

    private record Shown(List<Stakeholder> stakeholders, List<String> groups) {}

    public StakeholdersViewModel(ProjectSession session, InputDialogs dialogs) {
        this.session = session;
        this.dialogs = dialogs;
        this.commands = session.project().stakeholderCommands();
        this.reload = new Reload<>(session, () -> () -> new Shown(commands.all(), commands.groups()), this::show);
        session.subscribe(c -> {
            if (c.touches(StakeholdersChanged.class, ListsChanged.class)) {
                reload.run();
            }
        });
        reload.run();
    }

    private void show(Shown s) {
        stakeholders.setAll(s.stakeholders());
        if (!groups.equals(s.groups())) {
            groups.setAll(s.groups());
        }
        int n = s.stakeholders().size();
        status.set(Messages.get("inputs.stakeholders.count", n));
    }

    public void setDialogs(InputDialogs dialogs) {
        this.dialogs = dialogs;
    }

    public void setShowing(boolean showing) {
        reload.setShowing(showing);
    }

    /** Reads the stakeholders and groups again. */
    public CompletableFuture<Void> refresh() {
        return reload.run();
    }

    public boolean isWritable() {
        return !session.project().isReadOnly();
    }

    /** Adds a stakeholder ("New stakeholder"); completes with it once it is listed, to be renamed in place. */
    public CompletableFuture<Stakeholder> add() {
        CompletableFuture<Stakeholder> added = new CompletableFuture<>();
        session.execute(() -> {
                    StakeholderCommands.Added a = commands.add();
                    session.onUi(() -> reload.run().thenRun(() -> added.complete(a.stakeholder())));
                    return a.command();
                })
                .exceptionally(e -> {
                    added.completeExceptionally(e);
                    return null;
                });
        return added;
    }

    /** Saves an edited row; a blank name is not taken, and a name another stakeholder has is refused. */
    public CompletableFuture<Command> save(Stakeholder after) {
        if (after.name() == null || after.name().isBlank()) {
            reload.run(); // the table shows the name it had
            return CompletableFuture.completedFuture(null);
        }
        return session.execute(() -> commands.update(after)).whenComplete((c, e) -> {
            if (e != null) {
                session.onUi(reload::run);
            }
        });
    }

    /** Asks for a CSV file of stakeholders and imports it, as one command; says what it did. */
    public void importCsv() {
        dialogs.chooseStakeholderCsv()
                .ifPresent(file -> session.execute(() -> {
                    try {
                        StakeholderCommands.Imported r = commands.importCsv(file);
                        session.onUi(() -> dialogs.showInformation(
                                Messages.get("inputs.stakeholdersViewModel.stakeholdersImported"),
                                Messages.get(
                                                "stakeholders.importedFrom",
                                                file.getFileName(),
                                                r.report().said())
                                        + r.report().skipped().stream()
                                                .map(line -> "\n" + Messages.get(line))
                                                .collect(java.util.stream.Collectors.joining())));
                        return r.command();
                    } catch (org.penholder.ingest.UnreadableFileException e) {
                        session.onUi(() -> dialogs.showError(
                                Messages.get("inputs.stakeholdersViewModel.couldNotImportTheStakeholders"),
                                Messages.get(e.phrase())));
                        return null;
                    }
                }));
    }

    public ObservableList<Stakeholder> stakeholders() {
        return stakeholders;
    }

    public ObservableList<String> groups() {
        return groups;
    }

    /** "12 stakeholders". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
