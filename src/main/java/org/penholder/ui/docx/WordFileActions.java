package org.penholder.ui.docx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.penholder.docx.AmendmentImportService;
import org.penholder.docx.DocxExporter;
import org.penholder.docx.DraftDocxReader;
import org.penholder.docx.ExportContent;
import org.penholder.docx.ExportOptions;
import org.penholder.docx.ImportedDraft;
import org.penholder.history.ProposalCommands;
import org.penholder.history.RevisionCommands;
import org.penholder.model.Author;
import org.penholder.model.BlockKind;
import org.penholder.model.Stakeholder;
import org.penholder.project.ImportedProject;
import org.penholder.text.DocumentWords;
import org.penholder.text.Phrase;
import org.penholder.ui.Job;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.Background;
import org.penholder.ui.common.DialogService;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.ProgressTask;

/**
 * The view model of the File menu's Word actions: Export…, Import Draft…, Import Delegation’s
 * Proposals… and New Project from Word File…. Questions go to the {@link DialogService}; reading and
 * writing the project go to its own thread; the Word file is written or read by a {@link Job} with a
 * progress bar and Cancel. Imports are commands (Undo takes the imported revision back, or withdraws
 * the imported proposals). Testable without the window, with a synchronous session.
 */
public final class WordFileActions {

    private final ProjectSession session;
    private final DialogService dialogs;
    private final Runnable flushTyping;
    private final Runnable reloadDraft;

    public WordFileActions(ProjectSession session, DialogService dialogs, Runnable flushTyping) {
        this(session, dialogs, flushTyping, () -> {});
    }

    /** {@code reloadDraft} shows the working draft again once an import has replaced it. */
    public WordFileActions(ProjectSession session, DialogService dialogs, Runnable flushTyping, Runnable reloadDraft) {
        this.session = session;
        this.dialogs = dialogs;
        this.flushTyping = flushTyping;
        this.reloadDraft = reloadDraft;
    }

    /** What the export dialog needs: the revisions and how to name the file. */
    private record ExportStart(List<String> revisions, String symbol, String title, DocumentWords words) {}

    /** Asks what to export and where, then writes the Word file in the background. */
    public void export() {
        flushTyping.run();
        session.read(() -> {
                    var draft = session.project().draftService().draft();
                    return new ExportStart(
                            session.project().revisionNames(),
                            draft.symbol(),
                            draft.title(),
                            session.project().documentLanguage().words());
                })
                .thenAccept(start -> session.onUi(() -> askAndExport(start)));
    }

    private void askAndExport(ExportStart start) {
        Optional<ExportOptions> chosen = dialogs.askExport(start.revisions());
        if (chosen.isEmpty()) {
            return;
        }
        ExportOptions options = chosen.get();
        Optional<Path> target = dialogs.chooseFileToWrite(
                Messages.get("docx.wordFileActions.exportToWord"), suggestedName(start, options), ".docx");
        if (target.isEmpty()) {
            return;
        }
        DocxExporter exporter = session.project().docxExporter();
        Job<DocxExporter.ExportResult> job =
                session.job(Messages.get("docx.wordFileActions.readingTheProject"), progress -> {
                    ExportContent content = Job.await(session.read(() -> exporter.load(options)));
                    // the file chooser has asked whether to replace an existing file
                    return exporter.write(content, options, target.get(), true, progress);
                });
        dialogs.showProgress(Messages.get("docx.wordFileActions.exportingToWord"), job);
        finished(job, Messages.get("docx.wordFileActions.couldNotExport"), r -> {
            dialogs.showInformation(
                    Messages.get("docx.wordFileActions.exportedToWord"),
                    Messages.get(
                            "docx.wordFileActions.wrote." + options.kind().name(),
                            r.file().toString(),
                            describe(options),
                            r.paragraphs(),
                            switch (options.kind()) {
                                case COMPILATION -> r.proposals();
                                case REDLINE -> r.changes();
                                case CLEAN -> 0;
                            }));
        });
    }

    /** What follows a job: {@code done} with its result, an error shown when it failed, nothing when cancelled. */
    private <T> void finished(Job<T> job, String failure, java.util.function.Consumer<T> done) {
        job.result().whenComplete((r, e) -> {
            if (e == null) {
                done.accept(r);
            } else if (!job.isCancelled()
                    && !(e instanceof java.util.concurrent.CancellationException)
                    && !org.penholder.ui.common.Errors.isRefusal(e)) { // a refusal is said by the session
                dialogs.showError(failure, message(e));
            }
        });
    }

    /** Asks for a Word file and a revision name, then reads the file as a new revision. */
    public void importDraft() {
        Optional<Path> docx = dialogs.chooseFileToOpen(
                Messages.get("docx.wordFileActions.importADraftFromWord"),
                Messages.get("docx.wordFileActions.wordDocumentsDocx"),
                "*.docx");
        if (docx.isEmpty()) {
            return;
        }
        Optional<String> name = dialogs.askText(
                Messages.get("docx.wordFileActions.importDraft"),
                Messages.get("docx.wordFileActions.draftBecomesARevision", fileName(docx.get())),
                Messages.get("docx.wordFileActions.revisionName"),
                stem(docx.get()));
        if (name.isEmpty()) {
            return;
        }
        var service = session.project().draftImport();
        var revisions = new RevisionCommands(session.project().revisionService(), session::author);
        var draftService = session.project().draftService();
        boolean[] emptyDraft = {false};
        String reading = Messages.get("docx.wordFileActions.reading", fileName(docx.get()));
        Job<ImportedDraft> job = session.job(reading, progress -> {
            Job.await(session.read(() -> {
                service.checkRevisionName(name.get());
                emptyDraft[0] = draftService.isEmpty();
                return null;
            }));
            ImportedDraft draft = new DraftDocxReader().read(docx.get(), progress);
            progress.checkCancelled();
            Job.await(session.execute(
                    () -> revisions.imported(service.importAsRevision(draft, name.get(), session.author()))));
            return draft;
        });
        dialogs.showProgress(Messages.get("docx.wordFileActions.importingADraft"), job);
        finished(job, Messages.get("docx.wordFileActions.couldNotImportTheDraft"), d -> {
            dialogs.showInformation(Messages.get("docx.wordFileActions.draftImported"), summary(name.get(), d));
            if (emptyDraft[0] && !session.project().isReadOnly()) {
                // a project that has no draft yet: the draft received is what the team works on
                String makeWorkingDraft = Messages.get("docx.wordFileActions.makeItTheWorkingDraft");
                dialogs.chooseOne(
                                Messages.get("docx.wordFileActions.importDraft"),
                                Messages.get("docx.wordFileActions.workingDraftIsEmpty", fileName(docx.get())),
                                List.of(makeWorkingDraft, Messages.get("docx.wordFileActions.keepItAsARevision")),
                                makeWorkingDraft)
                        .filter(makeWorkingDraft::equals)
                        .ifPresent(yes -> session.execute(() -> session.project()
                                        .continueFrom()
                                        .continueFromCommand(name.get(), session::author))
                                .whenComplete((c, failure) -> session.onUi(() -> {
                                    if (failure != null) {
                                        dialogs.showError(
                                                Messages.get("docx.wordFileActions.couldNotMakeItThe"),
                                                DialogService.messageOf(failure));
                                    }
                                    reloadDraft.run();
                                })));
            }
        });
    }

    /**
     * Asks for a delegation's Word file with tracked changes and who proposes them (the file's
     * authors, or a stakeholder), reads them as proposals in a task with a progress bar and Cancel,
     * then runs {@code show} to show them. Undo withdraws what the import recorded.
     */
    public void importProposals(Runnable show) {
        Optional<Path> docx = dialogs.chooseFileToOpen(
                Messages.get("docx.wordFileActions.importADelegationSProposals"),
                Messages.get("docx.wordFileActions.wordDocumentsDocx"),
                "*.docx");
        if (docx.isEmpty()) {
            return;
        }
        flushTyping.run();
        session.read(() -> session.project().stakeholderCommands().all().stream()
                        .map(Stakeholder::name)
                        .toList())
                .thenAccept(names -> session.onUi(() -> askProposerAndImport(docx.get(), names, show)));
    }

    private void askProposerAndImport(Path docx, List<String> stakeholders, Runnable show) {
        // what the person answers when the file's own authors are to be the proposers
        String fileAuthors = Messages.get("docx.wordFileActions.theAuthorsOfTheTrackedChanges");
        List<String> choices = new ArrayList<>();
        choices.add(fileAuthors);
        choices.addAll(stakeholders);
        Optional<String> who = dialogs.chooseOne(
                Messages.get("docx.wordFileActions.importDelegationSProposals"),
                Messages.get("docx.wordFileActions.whoProposes", fileName(docx)),
                choices,
                fileAuthors);
        if (who.isEmpty()) {
            return;
        }
        String proposer = who.get().equals(fileAuthors) ? null : who.get();
        AmendmentImportService service = session.project().amendmentImport();
        ProposalCommands commands = new ProposalCommands(session.project().proposalService(), session::author);
        String reading = Messages.get("docx.wordFileActions.reading", fileName(docx));
        Job<AmendmentImportService.ImportResult> job = session.job(reading, progress -> {
            AmendmentImportService.DelegationFile file = service.read(docx, progress);
            progress.checkCancelled();
            progress.update(1, 1, Messages.get("docx.wordFileActions.recordingTheProposals"));
            List<AmendmentImportService.ImportResult> result = new ArrayList<>();
            Job.await(session.execute(() -> {
                if (progress.isCancelled()) {
                    return null; // cancelled while waiting for the project: nothing is recorded
                }
                result.add(service.importProposals(file, proposer, session.author()));
                List<Long> ids = result.get(0).created().stream()
                        .map(AmendmentImportService.Imported::id)
                        .toList();
                return ids.isEmpty()
                        ? null
                        : commands.imported(docx.getFileName().toString(), ids);
            }));
            progress.checkCancelled();
            return result.get(0);
        });
        dialogs.showProgress(Messages.get("docx.wordFileActions.importingADelegationSProposals"), job);
        finished(job, Messages.get("docx.wordFileActions.couldNotImportTheProposals"), r -> {
            show.run();
            dialogs.showInformation(Messages.get("docx.wordFileActions.proposalsImported"), summary(r));
        });
    }

    static String summary(AmendmentImportService.ImportResult r) {
        List<String> proposers = r.created().stream()
                .map(AmendmentImportService.Imported::proposer)
                .distinct()
                .toList();
        StringBuilder b = new StringBuilder(Messages.get(
                proposers.isEmpty() ? "docx.wordFileActions.readProposals" : "docx.wordFileActions.readProposalsBy",
                fileName(r.file()),
                r.trackedChanges(),
                r.created().size(),
                r.alreadyImported() > 0
                        ? Messages.get("docx.wordFileActions.alreadyInTheProject", r.alreadyImported())
                        : "",
                String.join(", ", proposers)));
        warnings(b, r.warnings());
        return b.toString();
    }

    /**
     * Asks for a Word draft and a new project file, creates the project from the draft in the
     * background, then hands the file to {@code open}.
     */
    public static void newProjectFromWord(DialogService dialogs, Author author, Consumer<Path> open) {
        Optional<Path> docx = dialogs.chooseFileToOpen(
                Messages.get("docx.wordFileActions.newProjectFromAWord"),
                Messages.get("docx.wordFileActions.wordDocumentsDocx"),
                "*.docx");
        if (docx.isEmpty()) {
            return;
        }
        Optional<Path> file = dialogs.chooseFileToWrite(
                Messages.get("docx.wordFileActions.createTheProjectFile"),
                stem(docx.get()) + ".penholder",
                ".penholder");
        if (file.isEmpty()) {
            return;
        }
        Optional<String> name = dialogs.askText(
                Messages.get("docx.wordFileActions.newProjectFromWord"),
                Messages.get("docx.wordFileActions.draftBecomesTheNewProjects", fileName(docx.get())),
                Messages.get("docx.wordFileActions.revisionName"),
                Messages.get("docx.wordFileActions.zeroDraft"));
        if (name.isEmpty()) {
            return;
        }
        String reading = Messages.get("docx.wordFileActions.reading", fileName(docx.get()));
        ProgressTask<ImportedDraft> task = ProgressTask.of(reading, progress -> {
            ImportedDraft draft = new DraftDocxReader().read(docx.get(), progress);
            progress.checkCancelled();
            ImportedProject.create(file.get(), draft, name.get(), author).close();
            return draft;
        });
        task.setOnSucceeded(e -> {
            open.accept(file.get());
            if (!task.getValue().warnings().isEmpty()) {
                dialogs.showInformation(
                        Messages.get("docx.wordFileActions.newProjectFromWord2"), summary(name.get(), task.getValue()));
            }
        });
        task.setOnFailed(e -> dialogs.showError(
                Messages.get("docx.wordFileActions.couldNotCreateTheProject"), message(task.getException())));
        dialogs.showProgress(Messages.get("docx.wordFileActions.creatingAProjectFromWord"), task);
        Background.execute(task);
    }

    static String summary(String revision, ImportedDraft d) {
        StringBuilder b = new StringBuilder(Messages.get(
                "docx.wordFileActions.revisionHolds",
                revision,
                d.count(BlockKind.HEADING),
                d.count(BlockKind.PP),
                d.count(BlockKind.OP),
                d.embeddedIds() > 0 ? Messages.get("docx.wordFileActions.matchedByIds", d.embeddedIds()) : ""));
        warnings(b, d.warnings());
        return b.toString();
    }

    /** The reader's warnings, one a line, in the window's language. */
    private static void warnings(StringBuilder b, List<Phrase> warnings) {
        for (Phrase warning : warnings) {
            String w = Messages.get(warning);
            b.append("\n• ")
                    .append(w.substring(0, 1).toUpperCase(Messages.locale()))
                    .append(w.substring(1))
                    .append('.');
        }
    }

    private static String describe(ExportOptions o) {
        String version = o.revision() == null ? Messages.get("docx.wordFileActions.theCurrentDraft") : o.revision();
        return o.kind() == ExportOptions.Kind.REDLINE
                ? Messages.get("docx.wordFileActions.theChangesFrom", o.redlineFrom(), version)
                : Messages.get(
                        "docx.wordFileActions.kindOf", Messages.of(o.kind()).toLowerCase(Messages.locale()), version);
    }

    /** "A-80-L.xx Zero draft.docx": what staff name such files, in the document's language. */
    private static String suggestedName(ExportStart start, ExportOptions o) {
        return suggested(start.symbol(), start.title(), o, start.words());
    }

    static String suggested(String symbol, String title, ExportOptions o, DocumentWords words) {
        String base = safe(symbol.isBlank() ? title : symbol);
        String version = o.revision() == null ? words.get("fileName.currentDraft") : safe(o.revision());
        String name = switch (o.kind()) {
            case COMPILATION -> words.get("fileName.compilation", base, version);
            case REDLINE -> words.get("fileName.redline", base, version, safe(o.redlineFrom()));
            case CLEAN -> words.get("fileName.clean", base, version);
        };
        name = name.strip();
        name = name.length() > 120 ? name.substring(0, 120).strip() : name;
        return name + ".docx";
    }

    /** A name with the characters no file name may hold made dashes. */
    private static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|]", "-").strip();
    }

    private static String fileName(Path file) {
        return file.getFileName().toString();
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static String message(Throwable e) {
        return DialogService.messageOf(e);
    }
}
