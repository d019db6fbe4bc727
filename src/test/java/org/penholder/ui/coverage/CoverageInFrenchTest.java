package org.penholder.ui.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.coverage.CoverageScope;
import org.penholder.coverage.MadeUpProject;
import org.penholder.ui.EnglishAfterwards;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.SafeTextFlow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Coverage view in a French window: the scope's name and what "reflected" means, in French. */
@ExtendWith({ApplicationExtension.class, EnglishAfterwards.class})
class CoverageInFrenchTest {

    @TempDir
    static Path dir;

    private MadeUpProject m;
    private ProjectSession session;
    private CoverageView view;

    @Start
    void start(Stage stage) throws Exception {
        Messages.use(Locale.FRENCH);
        m = new MadeUpProject(Files.createTempDirectory(dir, "p").resolve("made-up.penholder"));
        m.project.revisionService().freeze("Rev.1", null, MadeUpProject.AUTHOR);
        session = new ProjectSession(m.project, Platform::runLater, () -> MadeUpProject.AUTHOR);
        view = new CoverageView(session, s -> {}, id -> {});
        stage.setScene(new Scene(view, 1000, 780));
        stage.show();
        view.setShowing(true);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private void settle() throws Exception {
        for (int i = 0; i < 2; i++) {
            session.drained().get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theScopeAndItsDefinitionAreInFrench(FxRobot robot) throws Exception {
        settle();
        ComboBox<CoverageScope> scope = robot.lookup("#coverage-scope").queryAs(ComboBox.class);
        SafeTextFlow definition = robot.lookup("#coverage-definition").queryAs(SafeTextFlow.class);
        assertEquals("Version de travail", scope.getConverter().toString(scope.getValue()));
        assertEquals(
                "Une contribution est considérée comme prise en compte lorsqu’au moins un paragraphe de la version"
                        + " de travail est lié à l’un de ses passages.",
                definition.getText());
        // the unsigned input counts under the service's "No stakeholder group", said in French
        assertTrue(
                view.groupChart().chart().getData().getFirst().getData().stream()
                        .anyMatch(d -> d.getYValue().startsWith("Aucun groupe de parties prenantes  ")),
                "the group chart names inputs without a group in French");

        robot.interact(() -> scope.setValue(scope.getItems().get(1)));
        settle();
        assertEquals("Rev.1", scope.getValue().name());
        assertEquals(
                "Une contribution est considérée comme prise en compte dans Rev.1 lorsqu’au moins un paragraphe de"
                        + " Rev.1 est lié à l’un de ses passages. Les liens sont comptés tels qu’ils sont"
                        + " aujourd’hui\u00a0: un lien établi depuis avec un paragraphe de Rev.1 compte, un lien"
                        + " supprimé depuis ne compte pas.",
                definition.getText());
    }
}
