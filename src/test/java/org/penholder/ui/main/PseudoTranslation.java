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

    private static final String VOWELS = "aeiouAEIOU";
    private static final String ACCENTED = "àéîöûÀÉÎÖÛ";

    /**
     * A word with a vowel left unaccented: English, though it sits inside a translated pattern (a
     * word a service or the code filled into a place of a message).
     */
    private static final Pattern ENGLISH_WORD =
            Pattern.compile("(?<!\\p{L})\\p{IsLatin}*[aeiouAEIOU]\\p{IsLatin}*(?!\\p{L})");

    /** Paragraph labels, which are no words. */
    private static final Pattern LABEL = Pattern.compile("(PP|OP)\\d*");

    /** Between where a text was seen and the text, in what the checks collect. */
    static final String SEEN = " ▸ ";

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

        /**
         * Accents the vowels of the message's words, so a pattern stays a pattern: text at an even
         * depth of braces is words (the pattern's, a plural's or a choice's forms), at an odd depth
         * an argument's name and format.
         */
        private static String accented(String pattern) {
            StringBuilder b = new StringBuilder();
            int depth = 0;
            for (int k = 0; k < pattern.length(); k++) {
                char c = pattern.charAt(k);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                int i = VOWELS.indexOf(c);
                b.append(depth % 2 == 0 && i >= 0 ? ACCENTED.charAt(i) : c);
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
        if (text != null && !text.isBlank() && !untranslated(text, Set.of()).isEmpty()) {
            outside.add(where + SEEN + text.replace('\n', ' '));
        }
    }

    /**
     * The words of {@code text} not translated, once the words of the project ({@code data}: names,
     * files, revisions, stakeholders) are taken out: all of it when no message made it, else each
     * English word a service or the code filled into a translated pattern.
     */
    static List<String> untranslated(String text, Set<String> data) {
        String t = text;
        for (String word : data.stream()
                .filter(w -> !w.isBlank())
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .toList()) {
            t = t.replace(word, " ");
        }
        if (!t.contains("⟦")) {
            return NO_WORDS.matcher(t.strip()).matches() ? List.of() : List.of(t.strip());
        }
        List<String> english = new ArrayList<>();
        var m = ENGLISH_WORD.matcher(t);
        while (m.find()) {
            if (!LABEL.matcher(m.group()).matches()) {
                english.add(m.group());
            }
        }
        return english;
    }

    /**
     * What the checks collected ({@code where ▸ text}) that is not the project's own words, with
     * the English words each holds.
     */
    static List<String> untranslated(java.util.Collection<String> outside, Set<String> data) {
        List<String> left = new ArrayList<>();
        for (String seen : outside) {
            int at = seen.indexOf(SEEN);
            List<String> words = untranslated(seen.substring(at + SEEN.length()), data);
            if (!words.isEmpty()) {
                left.add(seen + "  " + words);
            }
        }
        return left;
    }

    /**
     * Words that come from the project or the person, not from the messages: stakeholders, groups and
     * occasions of the inputs, the draft's title, symbol, headings and paragraphs, the revisions, the
     * project's file and folders, the author; and the names of languages, months and days, which the
     * JDK gives in the interface's language (the pseudo-translation's is English).
     */
    static Set<String> projectWords(Workspace ws) throws Exception {
        Set<String> words = new java.util.HashSet<>(ws.session()
                .read(() -> {
                    var project = ws.session().project();
                    var choices = project.inputLibrary().choices();
                    var draft = project.draftService().draft();
                    List<String> w = new ArrayList<>();
                    w.addAll(choices.stakeholders());
                    w.addAll(choices.groups());
                    w.addAll(choices.occasions());
                    choices.languages().forEach(l -> w.add(org.penholder.ui.common.Formats.languageName(l)));
                    w.addAll(project.revisionNames());
                    w.add(draft.title());
                    w.add(draft.symbol());
                    draft.sectionsInOrder().forEach(x -> w.add(x.title()));
                    draft.paragraphsInOrder().forEach(x -> w.add(x.text()));
                    project.agreedLibrary().texts().forEach(t -> {
                        w.add(t.symbol());
                        w.add(t.title());
                    });
                    w.add(project.file().toAbsolutePath().getParent().toString());
                    w.add(project.file().getFileName().toString());
                    w.add(project.backups().folder().toString());
                    return w;
                })
                .get(10, TimeUnit.SECONDS));
        words.add(ws.session().author().name());
        words.add(ws.session().author().team());
        var names = java.text.DateFormatSymbols.getInstance(Messages.locale());
        for (String[] some :
                List.of(names.getMonths(), names.getShortMonths(), names.getWeekdays(), names.getShortWeekdays())) {
            words.addAll(List.of(some));
        }
        return words;
    }
}
