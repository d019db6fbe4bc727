package org.penholder.ui.main;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.penholder.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A pseudo-translation that wraps each message in ⟦ ⟧ and accents its vowels, and the checks that
 * find any word of a window without the brackets: a label, tab, menu item, column heading, prompt,
 * tooltip or window title written in the code rather than in the messages. Text of the project
 * (inside list, table and tree cells, the editor, the reader, previews, anything styled
 * {@code project-text}), numbers and paragraph labels are not checked.
 */
final class PseudoTranslation {

    private static final ResourceBundle ENGLISH =
            Messages.load(Locale.ENGLISH, PseudoTranslation.class.getClassLoader());

    /** Numbers, percentages, paragraph labels and punctuation are no words to translate. */
    private static final Pattern NO_WORDS = Pattern.compile("[\\p{N}\\p{P}\\p{S}\\s]*|(PP|OP)\\d+\\w*");

    private PseudoTranslation() {}

    /** English, each message wrapped in ⟦ ⟧ with its vowels accented, as a translation would change every letter. */
    static ResourceBundle bundle() {
        return new Pseudo();
    }

    private static final class Pseudo extends ResourceBundle {
        @Override
        protected Object handleGetObject(String key) {
            return ENGLISH.containsKey(key) ? "⟦" + accented(ENGLISH.getString(key)) + "⟧" : null;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(ENGLISH.keySet());
        }

        /** Accents the vowels outside {places}, so a pattern stays a pattern. */
        private static String accented(String pattern) {
            StringBuilder b = new StringBuilder();
            int depth = 0;
            for (int k = 0; k < pattern.length(); k++) {
                char c = pattern.charAt(k);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                int i = "aeiou".indexOf(c);
                b.append(depth == 0 && i >= 0 ? "àéîöû".charAt(i) : c);
            }
            return b.toString();
        }
    }

    static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** Waits until the session has written everything and every window is laid out with its styles. */
    static void settle(FxRobot robot, Workspace ws) throws Exception {
        ws.session().drained().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w.getScene() != null) {
                    w.getScene().getRoot().applyCss();
                    w.getScene().getRoot().layout();
                }
            }
        });
        ws.session().drained().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Checks every window showing, but menus and other pop-ups. Call on the FX thread. */
    static void checkWindows(String where, Set<String> outside) {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w.getScene() != null && w.isShowing() && !(w instanceof PopupWindow)) {
                checkWindow(w, where, outside);
            }
        }
    }

    /** Checks a window's title and everything in it. Call on the FX thread. */
    static void checkWindow(Window w, String where, Set<String> outside) {
        if (w instanceof Stage s) {
            check(s.getTitle(), where + ": window title", outside);
        }
        checkTree(w.getScene().getRoot(), where, outside);
        if (w.getScene().getRoot() instanceof DialogPane pane) {
            // a dialog's header and message are safe flows (they may name Arabic files), but the window's words
            checkFlows(pane, where + ": dialog message", outside);
        }
    }

    private static void checkFlows(Node node, String where, Set<String> outside) {
        if (node instanceof org.penholder.ui.common.SafeTextFlow flow) {
            if (isShown(flow)) {
                check(flow.getText(), where, outside);
            }
        } else if (node instanceof Parent p && node.isVisible() && !isProjectText(node)) {
            p.getChildrenUnmodifiable().forEach(c -> checkFlows(c, where, outside));
        }
    }

    static void checkItems(Menu menu, String where, Set<String> outside) {
        check(menu.getText(), where + ": menu " + menu.getId(), outside);
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                checkItems(sub, where, outside);
            } else if (!(item instanceof SeparatorMenuItem)
                    && item.isVisible()
                    && !"recent".equals(item.getUserData())) {
                check(item.getText(), where + ": menu item " + item.getId(), outside);
            }
        }
    }

    static void checkTree(Node node, String where, Set<String> outside) {
        if (!node.isVisible() || isProjectText(node)) {
            return;
        }
        String at = where + ": " + node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId());
        if (node instanceof Labeled l) {
            check(l.getText(), at, outside);
        }
        if (node instanceof Control c && c.getTooltip() != null) {
            check(c.getTooltip().getText(), at + " tooltip", outside);
        }
        if (node instanceof Control c && c.getContextMenu() != null) {
            c.getContextMenu().getItems().forEach(i -> check(i.getText(), at + " context menu", outside));
        }
        if (node instanceof TextInputControl t) {
            check(t.getPromptText(), at + " prompt", outside);
            return; // its text is the person's
        }
        if (node instanceof ComboBoxBase<?> c) {
            check(c.getPromptText(), at + " prompt", outside);
        }
        if (node instanceof MenuButton b) {
            b.getItems().forEach(i -> check(i.getText(), at + " item", outside));
        }
        if (node instanceof TabPane p) {
            p.getTabs().forEach(t -> check(t.getText(), at + " tab", outside));
        }
        if (node instanceof DialogPane d) {
            check(d.getHeaderText(), at + " header", outside);
            check(d.getContentText(), at + " content", outside);
        }
        if (node instanceof TableView<?> t) {
            t.getColumns().forEach(c -> checkColumn(c, at, outside));
            if (t.getItems().isEmpty() && t.getPlaceholder() != null) {
                checkTree(t.getPlaceholder(), at + " placeholder", outside);
            }
        }
        if (node instanceof TreeTableView<?> t) {
            t.getColumns().forEach(c -> checkColumn(c, at, outside));
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                checkTree(child, where, outside);
            }
        }
    }

    private static void checkColumn(TableColumnBase<?, ?> c, String at, Set<String> outside) {
        check(c.getText(), at + " column", outside);
        c.getColumns().forEach(sub -> checkColumn(sub, at, outside));
    }

    /** Cells, the editor, the reader and previews show the project's own words. */
    private static boolean isProjectText(Node node) {
        List<String> classes = node.getStyleClass();
        return classes.contains("list-cell")
                || classes.contains("table-cell")
                || classes.contains("table-row-cell")
                || classes.contains("about-value") // versions, the system's name
                || "guide-page".equals(node.getId()) // the User Guide is in English for now (docs/adr/0180)
                || classes.contains("tree-table-cell")
                || classes.contains("tree-cell")
                || classes.contains("column-header-background")
                || classes.contains("styled-text-area")
                || classes.contains("safe-text-flow")
                || classes.contains("project-text")
                || node instanceof org.fxmisc.flowless.VirtualizedScrollPane<?>;
    }

    static void check(String text, String where, Set<String> outside) {
        if (text != null
                && !text.isBlank()
                && !text.contains("⟦")
                && !NO_WORDS.matcher(text.strip()).matches()) {
            outside.add(where + ": " + text.replace('\n', ' '));
        }
    }
}
