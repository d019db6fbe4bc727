package org.penholder.ui.main;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.penholder.backup.Backup;
import org.penholder.backup.Backups;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.Background;
import org.penholder.ui.common.DialogService;
import org.penholder.ui.common.Messages;

/**
 * File > Restore from Backup…: the open project's backups (time, reason, size, what changed
 * since), one of them restored into a new file, which can then be opened. The project itself is
 * never changed.
 */
final class RestoreFromBackup {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HHmm").withZone(ZoneId.systemDefault());

    private RestoreFromBackup() {}

    /** Lists the backups (read on the project's thread), asks which, restores it and offers to open it. */
    static void start(ProjectSession session, DialogService dialogs, Consumer<Path> open) {
        Path project = session.project().file();
        Backups backups = session.project().backups();
        session.read(() -> new Listing(backups.list(), backups.countsNow(), backups.folder()))
                .thenAccept(l -> session.onUi(() -> choose(project, l, dialogs, open)));
    }

    private record Listing(List<Backup> backups, Backup.Counts now, Path folder) {}

    private static void choose(Path project, Listing l, DialogService dialogs, Consumer<Path> open) {
        if (l.backups().isEmpty()) {
            dialogs.showInformation(Messages.get("backup.title"), Messages.get("backup.none", project.getFileName()));
            return;
        }
        Map<String, Backup> byText = new LinkedHashMap<>();
        for (Backup b : l.backups()) {
            byText.put(
                    Messages.get(
                            "backup.choice",
                            TIME.format(b.time()),
                            Messages.get(b.said()),
                            Messages.get(b.sizeSaid()),
                            Messages.get(l.now().changesSaid(b.counts()))),
                    b);
        }
        List<String> choices = List.copyOf(byText.keySet());
        dialogs.chooseOne(
                        Messages.get("backup.title"),
                        Messages.get("backup.question", project.getFileName(), l.folder()),
                        choices,
                        choices.get(0))
                .map(byText::get)
                .ifPresent(b -> {
                    String stem = project.getFileName().toString().replaceFirst("\\.penholder$", "");
                    dialogs.chooseFileToWrite(
                                    Messages.get("backup.title"),
                                    Messages.get("backup.suggestedName", stem, STAMP.format(b.time())),
                                    ".penholder")
                            .ifPresent(out -> Background.run(
                                    () -> Backups.restore(Backups.defaultRoot(), project, b.id(), out),
                                    restored -> {
                                        if (dialogs.confirm(
                                                Messages.get("backup.done"),
                                                Messages.get("backup.openIt", project.getFileName(), restored),
                                                Messages.get("backup.open"))) {
                                            open.accept(restored);
                                        }
                                    },
                                    e -> dialogs.showError(Messages.get("backup.title"), DialogService.messageOf(e))));
                });
    }
}
