package org.penholder.ui.agreed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.adopted.AgreedLibrary;
import org.penholder.agreed.MadeUpLibrary;
import org.penholder.model.Author;
import org.penholder.model.ParagraphKind;
import org.penholder.project.Project;
import org.penholder.settings.UserSettings;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.draft.DraftState;
import org.penholder.ui.main.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Agreed language in the window: margin marks, the Sources panel's part, edits away from a source, insertion and undo. */
@ExtendWith(ApplicationExtension.class)
class AgreedUiTest {

    private static final Author ME = new Author("Ana Drafter", "Co-facilitators");

    @TempDir
    static Path dir;

    private ProjectSession session;
    private Workspace workspace;
    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        org.penholder.ui.common.Themes.apply(UserSettings.Theme.LIGHT);
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        Path folder = Files.createTempDirectory(dir, "p");
        Project project = Project.create(folder.resolve("ui.penholder"), "Coastal draft", null);
        project.agreedLibrary().importFiles(List.of(MadeUpLibrary.textA(folder)), AgreedLibrary.Details.NONE);
        project.draftService().insertParagraph("pp1", null, 0, ParagraphKind.PP, MadeUpLibrary.A_PREAMBLE.get(1), ME);
        project.draftService()
                .insertParagraph("pp2", null, 1, ParagraphKind.PP, "Welcoming the new ferry timetable,", ME);
        session = new ProjectSession(project, Platform::runLater, () -> ME);
        workspace = new Workspace(session, DraftState.read(project), "");
        stage.setScene(new Scene(workspace, 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
        assertEquals(List.of(), fxErrors, "no exception on the FX thread");
    }

    private void until(BooleanSupplier done) throws Exception {
        for (int i = 0; i < 200 && !done.getAsBoolean(); i++) {
            session.drained().get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            if (!done.getAsBoolean()) {
                Thread.sleep(25);
            }
        }
        assertTrue(done.getAsBoolean(), "the window did not get there");
    }

    private Label margin(FxRobot robot, String label) {
        return robot.lookup(".paragraph-number").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals(label))
                .findFirst()
                .orElseThrow();
    }

    private String paneText(FxRobot robot) {
        StringBuilder b = new StringBuilder();
        for (Node n : robot.lookup("#agreed-sources .label").queryAll()) {
            b.append(((Label) n).getText()).append('\n');
        }
        return b.toString();
    }

    @Test
    void paragraphsBuiltOnAgreedLanguageAreMarkedAndAnEditAwayIsNoted(FxRobot robot) throws Exception {
        until(() -> workspace.agreed().tracing().isBuiltOnAgreedLanguage("pp1"));
        until(() -> margin(robot, "PP1").getStyleClass().contains("agreed-language"));
        assertTrue(!margin(robot, "PP2").getStyleClass().contains("agreed-language"));
        robot.interact(() -> workspace.showParagraph("pp1"));
        until(() -> paneText(robot).contains("Agreed language: A/RES/90/101, PP2 (100%)"));

        robot.interact(() -> workspace.agreed().pane().showSpansToggle().setSelected(true));
        assertTrue(
                workspace.editor().area().getStyleSpans(1).stream()
                        .anyMatch(s -> s.getStyle().contains(AgreedUi.AGREED_SPAN)),
                "the agreed wording is shown apart");

        // the drafter rewrites PP1 in the editor
        robot.interact(() -> workspace
                .editor()
                .area()
                .replaceText(1, 0, 1, workspace.editor().area().getParagraphLength(1), "Recognizing the storms,"));
        until(() -> paneText(robot).contains("No longer matches A/RES/90/101, PP2"));
        until(() -> margin(robot, "PP1").getStyleClass().contains("agreed-language-lost"));
    }

    @Test
    void anAdoptedParagraphIsInsertedCitedAndUndoTakesItOut(FxRobot robot) throws Exception {
        until(() -> workspace.agreed().tracing().hasLibrary());
        long pp3 = session.read(() -> session.project()
                        .agreed()
                        .paragraphs(
                                session.project().agreed().texts().getFirst().id())
                        .get(2)
                        .id())
                .get(10, TimeUnit.SECONDS);
        String id = workspace.agreed().insert("pp2", pp3, "PP2").get(10, TimeUnit.SECONDS);
        until(() -> workspace.draft().outline().stream().anyMatch(r -> id.equals(r.id())));
        until(() -> workspace.agreed().tracing().isBuiltOnAgreedLanguage(id));
        until(() -> margin(robot, "PP3").getStyleClass().contains("agreed-language"));
        assertEquals(1, session.project().agreed().citationsOf(id).size());
        robot.interact(() -> workspace.draft().undo());
        until(() -> workspace.draft().outline().stream().noneMatch(r -> id.equals(r.id())));
    }
}
