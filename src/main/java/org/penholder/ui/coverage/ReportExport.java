package org.penholder.ui.coverage;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.penholder.coverage.CoverageScope;
import org.penholder.coverage.TransparencyReport;
import org.penholder.docx.TransparencyReportWriter;
import org.penholder.text.DocumentWords;
import org.penholder.ui.Job;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.DialogService;
import org.penholder.ui.common.Messages;

/**
 * File › Export Transparency Report…: asks which revision and where, then writes the report in
 * a background job, with a progress bar and Cancel. The report is read on the project's thread
 * and written off it; the UI never waits.
 */
public final class ReportExport {

    private final Window owner;
    private final ProjectSession session;
    private final DialogService dialogs;

    public ReportExport(Window owner, ProjectSession session, DialogService dialogs) {
        this.owner = owner;
        this.session = session;
        this.dialogs = dialogs;
    }

    /**
     * Asks for a revision ({@code preferred} first when it is one, else the newest) and a file, and
     * exports; completes with the file written, or empty when the person stopped or it failed.
     */
    public CompletableFuture<Optional<Path>> start(CoverageScope preferred) {
        CompletableFuture<Optional<Path>> done = new CompletableFuture<>();
        session.read(() -> session.project().coverage().scopes())
                .whenComplete((scopes, e) -> session.onUi(() -> {
                    if (scopes == null) {
                        dialogs.showError(
                                Messages.get("coverage.reportExport.couldNotExportTheReport"),
                                DialogService.messageOf(e));
                        done.complete(Optional.empty());
                        return;
                    }
                    List<CoverageScope> revisions =
                            scopes.stream().filter(CoverageScope::isRevision).toList();
                    if (revisions.isEmpty()) {
                        dialogs.showInformation(
                                Messages.get("coverage.reportExport.noRevisionYet"),
                                Messages.get("coverage.reportExport.noRevisionYetExplain"));
                        done.complete(Optional.empty());
                        return;
                    }
                    String initial = preferred != null
                                    && preferred.isRevision()
                                    && revisions.stream()
                                            .anyMatch(r -> r.revisionId().equals(preferred.revisionId()))
                            ? preferred.name()
                            : revisions.getFirst().name();
                    var chosen = dialogs.chooseOne(
                                    Messages.get("coverage.reportExport.exportTransparencyReport"),
                                    Messages.get("coverage.reportExport.theTransparencyReportOfWhich"),
                                    revisions.stream().map(CoverageScope::name).toList(),
                                    initial)
                            .flatMap(name -> revisions.stream()
                                    .filter(r -> r.name().equals(name))
                                    .findFirst());
                    if (chosen.isEmpty()) {
                        done.complete(Optional.empty());
                        return;
                    }
                    String suggested = (Messages.get(
                                            "coverage.reportExport.fileName",
                                            chosen.get().name()) + ".docx")
                            .replaceAll("[\\\\/:*?\"<>|]", "-");
                    var file = dialogs.chooseFileToWrite(
                            Messages.get("coverage.reportExport.exportTheTransparencyReport"), suggested, ".docx");
                    if (file.isEmpty()) {
                        done.complete(Optional.empty());
                        return;
                    }
                    run(chosen.get(), file.get(), done);
                }));
        return done;
    }

    private void run(CoverageScope scope, Path file, CompletableFuture<Optional<Path>> done) {
        Job<Path> job = session.job(Messages.get("coverage.reportExport.readingSourcesOf", scope.name()), progress -> {
            TransparencyReport report =
                    Job.await(session.read(() -> session.project().coverage().report(scope)));
            DocumentWords words = Job.await(
                    session.read(() -> session.project().docxExporter().words()));
            String writing = Messages.get(
                    "coverage.reportExport.writing", file.getFileName().toString());
            progress.update(0, 1, writing);
            new TransparencyReportWriter(ZoneId.systemDefault(), words)
                    .write(report, file, new TransparencyReportWriter.Progress() {
                        @Override
                        public void update(long step, long total) {
                            progress.update(step, total, writing);
                        }

                        @Override
                        public boolean isCancelled() {
                            return progress.isCancelled();
                        }
                    });
            return file;
        });
        Stage window = progressWindow(job, scope);
        window.show();
        job.result().whenComplete((written, e) -> {
            window.close();
            if (written != null) {
                dialogs.showInformation(
                        Messages.get("coverage.reportExport.transparencyReportExported"),
                        Messages.get("coverage.reportExport.exportedTo", scope.name(), file.toString()));
                done.complete(Optional.of(file));
            } else {
                if (!job.isCancelled() && !(e instanceof java.util.concurrent.CancellationException)) {
                    dialogs.showError(
                            Messages.get("coverage.reportExport.couldNotExportTheReport"), DialogService.messageOf(e));
                }
                done.complete(Optional.empty());
            }
        });
    }

    private Stage progressWindow(Job<Path> job, CoverageScope scope) {
        Stage stage = new Stage(StageStyle.UTILITY);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Messages.get("coverage.reportExport.exportingTitle", scope.name()));
        Label what = new Label();
        what.setId("export-message");
        what.textProperty().bind(job.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(job.progressProperty());
        Button cancel = new Button(Messages.get("coverage.reportExport.cancel"));
        cancel.setId("export-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> job.cancel());
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(10, what, bar, buttons);
        box.setPadding(new Insets(16));
        stage.setScene(new Scene(box));
        org.penholder.ui.common.InterfaceLanguage.orient(stage.getScene());
        stage.setOnCloseRequest(e -> job.cancel());
        return stage;
    }
}
