package org.penholder.ui.agreed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.adopted.AgreedLibrary;
import org.penholder.agreed.MadeUpLibrary;
import org.penholder.docx.Progress;
import org.penholder.model.AdoptedText;
import org.penholder.model.Author;
import org.penholder.project.Project;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.Synchronous;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The symbol, title and date asked for when adopted texts are imported in the window. */
@ExtendWith(ApplicationExtension.class)
class AgreedImportDetailsTest {

    private static final Author ANN = new Author("Ann", "Co-facilitators");

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        org.penholder.ui.common.Themes.apply(org.penholder.settings.UserSettings.Theme.LIGHT);
        this.stage = stage;
    }

    private AgreedImportDetails form(FxRobot robot, int files) {
        AgreedImportDetails[] form = {null};
        robot.interact(() -> {
            form[0] = new AgreedImportDetails(files);
            stage.setScene(new Scene(form[0]));
            stage.show();
        });
        return form[0];
    }

    @Test
    void oneTextTakesTheSymbolTitleAndDateTypedAndBlanksAreReadFromTheFile(FxRobot robot) {
        AgreedImportDetails form = form(robot, 1);
        robot.interact(() -> {
            form.symbolField().setText("  A/RES/99/1 ");
            form.dateField().setValue(LocalDate.of(2025, 12, 16));
        });
        AgreedLibrary.Details d = form.details(ANN);
        assertEquals("A/RES/99/1", d.symbol());
        assertNull(d.title(), "a blank title is read from the text");
        assertEquals(LocalDate.of(2025, 12, 16), d.date());
        assertEquals("Ann", d.importedBy());
    }

    @Test
    void severalTextsShareOnlyTheDateAndATypedNonDateHoldsTheImportBack(FxRobot robot) {
        AgreedImportDetails form = form(robot, 3);
        assertTrue(form.symbolField().isDisabled(), "a symbol names one text");
        assertTrue(form.titleField().isDisabled());
        robot.interact(() -> form.dateField().getEditor().setText("not a date"));
        assertTrue(form.dateInvalid().get());
        robot.interact(() -> form.dateField().getEditor().setText(""));
        assertFalse(form.dateInvalid().get());
        AgreedLibrary.Details d = form.details(ANN);
        assertNull(d.symbol());
        assertNull(d.date());
    }

    private Project project;

    @BeforeEach
    void open() throws Exception {
        project = Project.open(TestFiles.sampleCopy(dir), Project.Access.WRITE);
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void theDetailsGivenAreTheImportedTextsAndOneUndoTakesItOut() throws Exception {
        ProjectSession session = Synchronous.session(project, ANN);
        AgreedTextsViewModel vm = new AgreedTextsViewModel(session);
        AgreedLibrary.Report report = vm.importFiles(
                List.of(MadeUpLibrary.textA(dir)),
                new AgreedLibrary.Details("A/RES/99/7", "A title typed by hand", LocalDate.of(2024, 3, 1), "Ann"),
                Progress.NONE);
        assertEquals(1, report.imported().size());
        AdoptedText t = project.agreed().texts().getFirst();
        assertEquals("A/RES/99/7", t.symbol());
        assertEquals("A title typed by hand", t.title());
        assertEquals(LocalDate.of(2024, 3, 1), t.date());
        session.undo().get();
        assertEquals(0, project.agreed().countTexts());
    }
}
