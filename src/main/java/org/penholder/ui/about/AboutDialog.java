package org.penholder.ui.about;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.penholder.about.AboutInfo;
import org.penholder.about.BundledLibrary;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.Styles;

/** The About box: version, what Penholder runs on, and the libraries it bundles with their licences. */
public final class AboutDialog extends Dialog<Void> {

    public AboutDialog(Window owner, AboutInfo about) {
        initOwner(owner);
        setTitle(Messages.get("about.title"));
        setResizable(true);
        getDialogPane().setId("about");
        getDialogPane().getStyleClass().add("about");
        getDialogPane().getStylesheets().add(Styles.stylesheet());

        ImageView icon = new ImageView(new Image(
                AboutDialog.class
                        .getResource("/org/penholder/icons/penholder-128.png")
                        .toExternalForm(),
                64,
                64,
                true,
                true));
        Label name = new Label(Messages.get("app.name"));
        name.getStyleClass().add("about-name");
        HBox version = versionLine(about.version());
        Label tagline = new Label(Messages.get("app.tagline"));
        tagline.getStyleClass().add("dialog-note");
        HBox header = new HBox(16, icon, new VBox(2, name, version, tagline));
        header.setAlignment(Pos.CENTER_LEFT);
        getDialogPane().setHeader(header);
        header.getStyleClass().add("about-header");

        GridPane runtime = new GridPane();
        runtime.setHgap(12);
        runtime.setVgap(4);
        int row = 0;
        runtime.addRow(row++, key("about.java"), value(about.java()));
        if (!about.javafx().isEmpty()) {
            runtime.addRow(row++, key("about.javafx"), value(about.javafx()));
        }
        runtime.addRow(row, key("about.os"), value(about.os()));

        Label heading =
                new Label(Messages.get("about.libraries", about.libraries().size()));
        heading.getStyleClass().add("panel-heading");
        TableView<BundledLibrary> table = libraries(about);
        Label note = new Label(Messages.get("about.libraries.note"));
        note.getStyleClass().add("dialog-note");
        note.setWrapText(true);
        note.setMaxWidth(620);

        VBox content = new VBox(10, runtime, heading, table, note);
        content.setPadding(new Insets(6, 18, 4, 18));
        getDialogPane().setContent(content);

        ButtonType copy = new ButtonType(Messages.get("about.copy"), ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().addAll(copy, ButtonType.CLOSE);
        Button copyButton = (Button) getDialogPane().lookupButton(copy);
        copyButton.setId("about-copy");
        copyButton.setTooltip(new Tooltip(Messages.get("about.copy.tooltip")));
        // copying must not close the box
        copyButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent text = new ClipboardContent();
            text.putString(about.details());
            Clipboard.getSystemClipboard().setContent(text);
            e.consume();
        });
    }

    /**
     * "Version 0.1.0-SNAPSHOT", the number a left-to-right label of its own: in a line mirrored for
     * Arabic the hyphen would turn it around ("SNAPSHOT-0.1.0"), and JavaFX draws the marks that
     * would isolate it as boxes (docs/adr/0060).
     */
    static HBox versionLine(String number) {
        // the words of the message without the number ("Version", "الإصدار"), which every language puts first
        Label words = new Label(Messages.get("about.version", "").strip());
        Label value = new Label(number);
        value.setId("about-version");
        value.getStyleClass().add("about-value");
        value.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        value.setMinWidth(Label.USE_PREF_SIZE);
        HBox line = new HBox(4, words, value);
        line.setId("about-version-line");
        line.setAlignment(Pos.CENTER_LEFT);
        line.setAccessibleText(Messages.get("about.version", number));
        return line;
    }

    private static TableView<BundledLibrary> libraries(AboutInfo about) {
        TableView<BundledLibrary> table = new TableView<>(FXCollections.observableList(about.libraries()));
        table.setId("about-libraries");
        table.getStyleClass().addAll(atlantafx.base.theme.Styles.DENSE, atlantafx.base.theme.Styles.STRIPED);
        table.setPrefSize(640, 260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("about.library", 250, BundledLibrary::name));
        table.getColumns().add(column("about.libraryVersion", 90, BundledLibrary::version));
        table.getColumns().add(column("about.licence", 260, BundledLibrary::licenceText));
        table.setPlaceholder(new Label(Messages.get("about.libraries.none")));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(BundledLibrary item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(
                        empty || item == null
                                ? null
                                : new Tooltip(item.coordinates() + ":" + item.version()
                                        + (item.url().isEmpty() ? "" : "\n" + item.url())));
            }
        });
        return table;
    }

    private static TableColumn<BundledLibrary, String> column(
            String key, double width, java.util.function.Function<BundledLibrary, String> value) {
        TableColumn<BundledLibrary, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private static Label key(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("about-key");
        return l;
    }

    private static Label value(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("about-value");
        return l;
    }
}
