package org.penholder.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.project.DefaultLists;
import org.penholder.ui.EnglishAfterwards;
import org.penholder.ui.WindowTests;
import org.penholder.ui.common.DialogService;
import org.penholder.ui.common.Messages;
import org.penholder.ui.dialogs.FxDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > New Project in a French window: the real dialog offers French for the documents, and the
 * language chosen there is the project's, with its starting lists in it.
 */
@ExtendWith({ApplicationExtension.class, EnglishAfterwards.class})
class NewProjectLanguageTest {

    @TempDir
    static Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        Messages.use(Locale.FRENCH);
        DialogService real = new FxDialogService(stage);
        // the real dialogs, but the file chooser, which a headless screen cannot show
        DialogService dialogs = (DialogService) Proxy.newProxyInstance(
                DialogService.class.getClassLoader(),
                new Class<?>[] {DialogService.class},
                (p, m, a) -> m.getName().equals("chooseFileToWrite")
                        ? Optional.of(dir.resolve("nouveau.penholder"))
                        : m.invoke(real, a));
        window = WindowTests.window(stage, dir, dialogs);
    }

    @Test
    void theDocumentLanguageOfferedIsTheWindowsAndTheOneChosenIsTheProjects(FxRobot robot) throws Exception {
        MenuItem item = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> items(m).stream())
                .filter(i -> "menu-new-project".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> robot.lookup("#new-project-language").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ChoiceBox<String> language = robot.lookup("#new-project-language").queryAs(ChoiceBox.class);
        assertEquals("fr", language.getValue(), "the window's language first");
        assertEquals("Français", language.getConverter().toString(language.getValue()));
        DialogPane pane = (DialogPane) language.getScene().getRoot();
        robot.interact(() -> {
            language.setValue("es");
            pane.lookupAll(".text-field").stream()
                    .map(TextField.class::cast)
                    .findFirst()
                    .orElseThrow()
                    .setText("Documento final");
            ((Button) pane.lookupButton(ButtonType.OK)).fire();
        });
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> window.workspace() != null && window.workspace().session() != null);
        var session = window.workspace().session();
        assertEquals(dir.resolve("nouveau.penholder"), session.project().file());
        assertEquals(
                "es",
                session.read(() -> session.project().documentLanguage().tag()).get(10, TimeUnit.SECONDS));
        List<String> groups =
                session.read(() -> session.project().stakeholders().groups()).get(10, TimeUnit.SECONDS);
        assertEquals(DefaultLists.in(Locale.forLanguageTag("es")).stakeholderGroups(), groups);
        assertTrue(groups.contains("Sociedad civil"), groups.toString());
        assertTrue(Window.getWindows().stream().noneMatch(w -> w.getScene().getRoot() == pane), "dialog closed");
    }

    private static List<MenuItem> items(Menu menu) {
        List<MenuItem> all = new ArrayList<>();
        for (MenuItem i : menu.getItems()) {
            all.add(i);
            if (i instanceof Menu sub) {
                all.addAll(items(sub));
            }
        }
        return all;
    }
}
