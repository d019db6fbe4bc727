package org.penholder.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.penholder.project.UntrustedFiles;
import org.penholder.text.Phrase;
import org.penholder.ui.common.Background;
import org.penholder.ui.common.DialogService;
import org.penholder.ui.common.Messages;

/**
 * When a project file was refused for what it holds (a planted trigger, a view: docs/adr/0120),
 * says what was found and offers to open a cleaned copy: its data read into a new file that
 * Penholder makes, the original left as it is.
 */
final class UntrustedFileOffer {

    private static final int SHOWN = 12;

    private UntrustedFileOffer() {}

    /** Offers the cleaned copy when {@code error} is such a refusal; false for any other error. */
    static boolean offer(Throwable error, DialogService dialogs, Consumer<Path> open) {
        var refused = UntrustedFiles.refusalIn(error);
        if (refused.isEmpty()) {
            return false;
        }
        Path file = refused.get().file();
        List<Phrase> found = refused.get().differences();
        String list =
                found.stream().limit(SHOWN).map(d -> "• " + Messages.get(d)).collect(Collectors.joining("\n"))
                        + (found.size() > SHOWN ? "\n• … " + (found.size() - SHOWN) : "");
        if (!dialogs.confirm(
                Messages.get("untrusted.title"),
                Messages.get("untrusted.detail", file.getFileName(), list),
                Messages.get("untrusted.open"))) {
            return true;
        }
        String stem = file.getFileName().toString().replaceFirst("\\.penholder$", "");
        dialogs.chooseFileToWrite(
                        Messages.get("untrusted.open"), Messages.get("untrusted.suggestedName", stem), ".penholder")
                .ifPresent(target -> Background.run(
                        () -> UntrustedFiles.writeCleanedCopy(file, target),
                        report -> {
                            open.accept(target);
                            if (!report.complete()) {
                                dialogs.showInformation(
                                        Messages.get("untrusted.done"),
                                        Messages.get("untrusted.done.detail", report.summary()));
                            }
                        },
                        e -> dialogs.showError(Messages.get("error.open"), DialogService.messageOf(e))));
        return true;
    }
}
