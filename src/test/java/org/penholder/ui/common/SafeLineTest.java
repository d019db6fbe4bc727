package org.penholder.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.penholder.settings.UserSettings;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One-line cells and labels of right-to-left text ({@link SafeLine}, {@link SafeCells}): words,
 * punctuation and an English name in parentheses in reading order on screen, cut at the end of
 * the text (its left, for Arabic) with an ellipsis; English stays the cell's own text; the text
 * takes the colour of the cell, selected or not. A label draws such a line as one text node,
 * whose pieces JavaFX puts in the wrong order on Linux (docs/adr/0060).
 */
@ExtendWith(ApplicationExtension.class)
class SafeLineTest {

    /** An operative paragraph as the outline shows it: an English name in parentheses, a full stop between Arabic words. */
    static final String MIXED =
            "(نرحب بعمل منتدى إدارة الإنترنت (Internet Governance Forum) ونقرر تمديد ولايته. وشدد ممثلو المجتمع المدني";

    static final String ENGLISH =
            "Welcomes the work of the Internet Governance Forum and decides to extend its mandate";

    private FlowStage window;

    @Start
    void start(Stage stage) {
        Themes.apply(UserSettings.Theme.LIGHT);
        window = new FlowStage(stage, 1200, 400);
    }

    private record Piece(String text, Bounds at) {}

    private static List<Piece> drawn(SafeLine line) {
        return line.shown().stream()
                .filter(t -> !t.getText().isEmpty())
                .map(t -> new Piece(t.getText(), t.localToScene(t.getBoundsInLocal())))
                .toList();
    }

    private static Piece find(List<Piece> pieces, String text) {
        List<Piece> found = pieces.stream().filter(p -> p.text().equals(text)).toList();
        assertEquals(
                1,
                found.size(),
                "one piece [" + text + "] in "
                        + pieces.stream().map(Piece::text).toList());
        return found.getFirst();
    }

    private static void assertLeftOf(Piece left, Piece right) {
        assertTrue(
                left.at().getMaxX() <= right.at().getMinX() + 0.5,
                "[" + left.text() + "] " + left.at().getMinX() + ".."
                        + left.at().getMaxX() + " should be left of [" + right.text() + "] "
                        + right.at().getMinX() + ".." + right.at().getMaxX());
    }

    private ListView<String> list(double width, String... items) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
                    ListView<String> list = new ListView<>(FXCollections.observableArrayList(items));
                    list.setCellFactory(SafeCells.forList(s -> s));
                    list.setPrefSize(width, 200);
                    list.setMaxWidth(width);
                    window.box().getChildren().setAll(list);
                    return list;
                })
                .get(10, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    private static <T> ListCell<T> cell(ListView<T> list, int index) {
        return (ListCell<T>) list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && c.getIndex() == index && !c.isEmpty())
                .findFirst()
                .orElseThrow();
    }

    private static SafeLine lineOf(javafx.scene.control.Labeled cell) {
        return assertInstanceOf(SafeLine.class, cell.getGraphic(), "a right-to-left cell shows a safe line");
    }

    @Test
    void aWholeLineReadsFromRightToLeftWithItsEnglishNameInside() throws Exception {
        ListView<String> list = list(1150, MIXED);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
                    SafeLine line = lineOf(cell(list, 0));
                    assertFalse(line.isCut(), "the line fits");
                    List<Piece> p = drawn(line);
                    Piece opening = p.getFirst();
                    Piece beforeEnglish = p.get(6);
                    assertEquals("(", opening.text());
                    assertEquals("(", beforeEnglish.text());
                    assertLeftOf(
                            find(p, "نرحب "), opening); // the first parenthesis at the right, where the text starts
                    assertLeftOf(find(p, "الإنترنت "), find(p, "إدارة "));
                    assertLeftOf(find(p, "Internet "), find(p, "Governance "));
                    assertLeftOf(find(p, "Governance "), find(p, "Forum"));
                    assertLeftOf(find(p, "Forum"), beforeEnglish);
                    assertLeftOf(beforeEnglish, find(p, "الإنترنت "));
                    assertLeftOf(find(p, ") "), find(p, "Internet "));
                    assertLeftOf(find(p, "ونقرر "), find(p, ") "));
                    assertLeftOf(find(p, ". "), find(p, "ولايته"));
                    assertLeftOf(find(p, "وشدد "), find(p, ". "));
                    assertLeftOf(find(p, "المدني"), find(p, "المجتمع "));
                    return null;
                })
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void aLineTooLongIsCutAtItsEndWithTheEllipsisAtItsLeft() throws Exception {
        ListView<String> list = list(300, MIXED);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
                    ListCell<String> cell = cell(list, 0);
                    SafeLine line = lineOf(cell);
                    assertTrue(line.isCut(), "the line is cut");
                    List<Piece> p = drawn(line);
                    Piece ellipsis = p.getLast();
                    assertEquals(cell.getEllipsisString(), ellipsis.text(), "the ellipsis follows the text kept");
                    String kept = String.join(
                            "",
                            p.subList(0, p.size() - 1).stream().map(Piece::text).toList());
                    assertTrue(
                            MIXED.startsWith(kept) && kept.length() > 10 && kept.length() < MIXED.length() - 10,
                            "the start of the text is kept: " + kept);
                    for (Piece piece : p.subList(0, p.size() - 1)) {
                        assertLeftOf(ellipsis, piece);
                    }
                    assertLeftOf(find(p, "بعمل "), find(p, "نرحب "));
                    // within the cell, and the cell within the list
                    Bounds cellAt = cell.localToScene(cell.getBoundsInLocal());
                    assertTrue(ellipsis.at().getMinX() >= cellAt.getMinX() - 0.5, "the ellipsis shows inside the cell");
                    assertTrue(
                            p.stream().allMatch(x -> x.at().getMaxX() <= cellAt.getMaxX() + 0.5),
                            "nothing is drawn past the cell");
                    return null;
                })
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void englishInAMirroredWindowKeepsToTheWindowsSideAsArabicDoes() throws Exception {
        Messages.use(java.util.Locale.forLanguageTag("ar"));
        try {
            ListView<String> list = list(600, "Civil society", "المجتمع المدني");
            WaitForAsyncUtils.asyncFx(() -> list.setNodeOrientation(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT))
                    .get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.asyncFx(() -> {
                        ListCell<String> english = cell(list, 0);
                        assertEquals(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT, english.getNodeOrientation());
                        javafx.scene.text.Text text = (javafx.scene.text.Text) english.lookup(".text");
                        Bounds cellAt = english.localToScene(english.getBoundsInLocal());
                        Bounds textAt = text.localToScene(text.getBoundsInLocal());
                        assertTrue(
                                cellAt.getMaxX() - textAt.getMaxX() < 40,
                                "the English name at the right, as the Arabic one: text " + textAt + " in " + cellAt);
                        // shown Arabic again, the cell has its own alignment back
                        list.getItems().set(0, "الأوساط الأكاديمية");
                        return null;
                    })
                    .get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.asyncFx(() -> assertEquals(
                            javafx.geometry.HPos.LEFT,
                            cell(list, 0).getAlignment().getHpos()))
                    .get(10, TimeUnit.SECONDS);
        } finally {
            Messages.use(java.util.Locale.ENGLISH);
        }
    }

    @Test
    void englishStaysTheCellsOwnText() throws Exception {
        ListView<String> list = list(300, ENGLISH, MIXED, ENGLISH);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
                    ListCell<String> english = cell(list, 0);
                    assertEquals(ENGLISH, english.getText());
                    assertNull(english.getGraphic(), "no flow for English");
                    assertTrue(english.lookupAll(".safe-line").isEmpty());
                    ListCell<String> arabic = cell(list, 1);
                    assertNull(arabic.getText());
                    assertEquals(MIXED, SafeLine.textOf(arabic));
                    // a cell that showed Arabic shows English again as its own text
                    list.getItems().set(1, ENGLISH);
                    return null;
                })
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
                    for (int i = 0; i < 3; i++) {
                        assertEquals(ENGLISH, cell(list, i).getText());
                        assertNull(cell(list, i).getGraphic());
                    }
                    return null;
                })
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void aSelectedRowsTextTakesTheCellsColour() throws Exception {
        TableView<String> table = WaitForAsyncUtils.asyncFx(() -> {
                    TableView<String> t = new TableView<>(FXCollections.observableArrayList(MIXED, ENGLISH));
                    TableColumn<String, String> c = new TableColumn<>("Text");
                    c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue()));
                    c.setCellFactory(SafeCells.forTable());
                    c.setPrefWidth(260);
                    t.getColumns().add(c);
                    t.setPrefSize(400, 200);
                    // a theme that draws selected rows in white, as Modena does
                    t.getStylesheets()
                            .add("data:text/css;base64,"
                                    + java.util.Base64.getEncoder()
                                            .encodeToString(
                                                    ".table-row-cell:selected .table-cell { -fx-text-fill: white; }"
                                                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                    window.box().getChildren().setAll(t);
                    return t;
                })
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Object[] before = WaitForAsyncUtils.asyncFx(() -> {
                    @SuppressWarnings("unchecked")
                    TableCell<String, String> cell = (TableCell<String, String>) table.lookupAll(".table-cell").stream()
                            .filter(n -> n instanceof TableCell<?, ?> c && c.getIndex() == 0)
                            .findFirst()
                            .orElseThrow();
                    SafeLine line = lineOf(cell);
                    assertTrue(line.isCut());
                    for (Text t : line.shown()) {
                        assertEquals(cell.getTextFill(), t.getFill(), "[" + t.getText() + "] has the cell's colour");
                        assertEquals(cell.getFont(), t.getFont(), "[" + t.getText() + "] has the cell's font");
                    }
                    table.getSelectionModel().select(0);
                    return new Object[] {cell, cell.getTextFill()};
                })
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
                    TableCell<?, ?> cell = (TableCell<?, ?>) before[0];
                    assertNotEquals(before[1], cell.getTextFill(), "the selected row's text is white");
                    for (Text t : lineOf(cell).shown()) {
                        assertEquals(
                                cell.getTextFill(),
                                t.getFill(),
                                "[" + t.getText() + "] takes the selected row's colour");
                    }
                    return null;
                })
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void anEditableCellEditsTheWholeTextAndShowsItSafelyAgainAfterwards() throws Exception {
        TableView<String[]> table = WaitForAsyncUtils.asyncFx(() -> {
                    TableView<String[]> t =
                            new TableView<>(FXCollections.observableArrayList(new String[][] {{MIXED}}));
                    t.setEditable(true);
                    TableColumn<String[], String> c = new TableColumn<>("Name");
                    c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue()[0]));
                    c.setCellFactory(SafeCells.forEditableTable());
                    c.setOnEditCommit(e -> e.getRowValue()[0] = e.getNewValue());
                    c.setPrefWidth(260);
                    t.getColumns().add(c);
                    window.box().getChildren().setAll(t);
                    return t;
                })
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
                    table.edit(0, table.getColumns().getFirst());
                    return null;
                })
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
                    TableCell<?, ?> cell = (TableCell<?, ?>) table.lookupAll(".table-cell").stream()
                            .filter(n -> n instanceof TableCell<?, ?> x && x.getIndex() == 0)
                            .findFirst()
                            .orElseThrow();
                    var field = assertInstanceOf(
                            javafx.scene.control.TextField.class, cell.getGraphic(), "edited in a text field");
                    assertEquals(MIXED, field.getText(), "the whole text is edited, not the part shown");
                    table.edit(-1, null);
                    return cell;
                })
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
                    TableCell<?, ?> cell = (TableCell<?, ?>) table.lookupAll(".table-cell").stream()
                            .filter(n -> n instanceof TableCell<?, ?> x && x.getIndex() == 0)
                            .findFirst()
                            .orElseThrow();
                    assertEquals(
                            MIXED,
                            lineOf(cell).getText(),
                            "shown through a safe line again once the edit is cancelled");
                    return null;
                })
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void aLabelInARowShrinksWithItsLineAndKeepsItsFont() throws Exception {
        Label label = WaitForAsyncUtils.asyncFx(() -> {
                    Label l = new Label();
                    l.setStyle("-fx-font-weight: bold;");
                    l.setMaxWidth(Double.MAX_VALUE);
                    SafeLine.show(l, MIXED);
                    javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(6, new Label("2."), l, new Label("1"));
                    javafx.scene.layout.HBox.setHgrow(l, javafx.scene.layout.Priority.ALWAYS);
                    row.setMaxWidth(250);
                    window.box().getChildren().setAll(row);
                    return l;
                })
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
                    SafeLine line = lineOf(label);
                    assertTrue(line.isCut(), "cut to the room the row leaves it");
                    assertTrue(line.getWidth() <= label.getWidth() + 0.5);
                    assertEquals(
                            javafx.scene.text.FontWeight.BOLD.name().toLowerCase(Locale.ROOT),
                            line.shown()
                                            .getFirst()
                                            .getFont()
                                            .getStyle()
                                            .toLowerCase(Locale.ROOT)
                                            .contains("bold")
                                    ? "bold"
                                    : "regular");
                    return null;
                })
                .get(10, TimeUnit.SECONDS);
    }
}
