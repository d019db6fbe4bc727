package org.penholder.ui.common;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * A long text read only, as wrapped paragraphs, each laid out right to left when most of its
 * letters are written so. Not a text area: JavaFX fails to wrap right-to-left text in one node
 * (docs/adr/0060). A preview: text past {@link #LIMIT} characters is left out, with a note that
 * says so and, where given, a link to read the whole text elsewhere.
 */
public final class TextPreview extends ScrollPane {

    /** How much of a text the preview lays out: a few pages, quick to show whatever the input's size. */
    public static final int LIMIT = 12_000;

    private final VBox paragraphs = new VBox(8);
    private final Hyperlink readAll = new Hyperlink(Messages.get("common.textPreview.thePreviewShowsTheStart"));
    private final Label cutNote = new Label();
    private Runnable onReadAll;
    private String text = "";

    public TextPreview() {
        getStyleClass().add("text-preview");
        paragraphs.getStyleClass().add("text-preview-paragraphs");
        setContent(paragraphs);
        setFitToWidth(true);
        readAll.setOnAction(e -> {
            if (onReadAll != null) {
                onReadAll.run();
            }
        });
        cutNote.getStyleClass().add("text-preview-note");
    }

    /** Where the link under a cut text leads; without one, a note says the text was cut. */
    public void setOnReadAll(Runnable action) {
        this.onReadAll = action;
    }

    /** Shows a text from its start. */
    public void setText(String text) {
        this.text = text == null ? "" : text;
        String shown = this.text.length() <= LIMIT ? this.text : cut(this.text);
        paragraphs.getChildren().clear();
        for (String p : shown.split("\n")) {
            if (p.isBlank()) {
                continue;
            }
            SafeTextFlow flow = new SafeTextFlow("preview-text");
            flow.setOrientByText(true);
            flow.setText(p.strip());
            paragraphs.getChildren().add(flow);
        }
        if (shown.length() < this.text.length()) {
            if (onReadAll != null) {
                paragraphs.getChildren().add(readAll);
            } else {
                cutNote.setText(Messages.get("common.textPreview.cut", shown.length(), this.text.length()));
                paragraphs.getChildren().add(cutNote);
            }
        }
        setVvalue(0);
    }

    /** The whole text given, shown or not. */
    public String getText() {
        return text;
    }

    /** True when only the start of the text is shown. */
    public boolean isCut() {
        return text.length() > LIMIT;
    }

    /** The text up to the last white space before the limit, so no word is cut. */
    private static String cut(String text) {
        int end = LIMIT;
        while (end > LIMIT / 2 && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end) + " \u2026";
    }
}
