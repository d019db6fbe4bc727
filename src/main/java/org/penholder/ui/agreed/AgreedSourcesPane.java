package org.penholder.ui.agreed;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.penholder.agreed.AgreedSource;
import org.penholder.agreed.ParagraphTrace;
import org.penholder.history.WordDiff;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.RtlSafeText;
import org.penholder.ui.common.SafeTextFlow;

/**
 * The part of the Sources panel that says where the current paragraph's wording comes from:
 * "Agreed language: A/RES/70/125, para. 9 (84%)" for each adopted paragraph it reuses, with that
 * paragraph's text beside it and the differences marked (words of the adopted text left out struck
 * through, words the draft adds underlined); a note when an edit has taken the paragraph away from
 * the source it was built on.
 */
public final class AgreedSourcesPane extends BorderPane {

    static final String REMOVED = "agreed-removed";
    static final String ADDED = "agreed-added";

    private final DraftTracing tracing;
    private final Label heading = new Label(Messages.get("agreed.agreedSourcesPane.agreedLanguage"));
    private final Label note = new Label();
    private final VBox entries = new VBox(10);
    private final Label empty = new Label();
    private final ToggleButton showSpans = new ToggleButton(Messages.get("agreed.agreedSourcesPane.showAgreedWording"));
    private final Button insert = new Button(Messages.get("agreed.agreedSourcesPane.insert"));
    private String paragraphId;

    public AgreedSourcesPane(DraftTracing tracing) {
        this.tracing = tracing;
        setId("agreed-sources");
        getStyleClass().add("agreed-sources");
        heading.getStyleClass().add("panel-heading");
        showSpans.setId("agreed-show-spans");
        showSpans.setTooltip(new Tooltip(Messages.get("agreed.agreedSourcesPane.markInTheDraftThe")));
        insert.setId("agreed-insert");
        insert.setTooltip(new Tooltip(Messages.get("agreed.agreedSourcesPane.searchTheAdoptedTextsAnd")));
        // the buttons go under the heading when the panel is too narrow for the three (French, Russian):
        // never cut short
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(6, 4, heading, showSpans, insert);
        top.setAlignment(Pos.CENTER_LEFT);
        heading.setMinWidth(Region.USE_PREF_SIZE);
        showSpans.setMinWidth(Region.USE_PREF_SIZE);
        insert.setMinWidth(Region.USE_PREF_SIZE);
        top.setPadding(new Insets(6, 10, 4, 10));
        note.setId("agreed-note");
        note.getStyleClass().add("agreed-note");
        note.setWrapText(true);
        note.setVisible(false);
        note.setManaged(false);
        empty.getStyleClass().add("placeholder-text");
        empty.setWrapText(true);
        VBox content = new VBox(6, note, entries);
        content.setPadding(new Insets(2, 10, 8, 10));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("agreed-scroll");
        setTop(top);
        setCenter(scroll);
        show(null);
    }

    /** The toggle that shows the agreed wording apart in the draft. */
    public ToggleButton showSpansToggle() {
        return showSpans;
    }

    /** The button that opens the search of adopted texts to insert a paragraph. */
    public Button insertButton() {
        return insert;
    }

    /** Shows what is known of a paragraph's agreed language (null: no paragraph). */
    public void show(String id) {
        this.paragraphId = id;
        entries.getChildren().clear();
        var lost = id == null ? java.util.Optional.<String>empty() : tracing.lostSource(id);
        note.setText(lost.orElse(""));
        note.setVisible(lost.isPresent());
        note.setManaged(lost.isPresent());
        ParagraphTrace t = id == null ? null : tracing.trace(id).orElse(null);
        if (!tracing.hasLibrary()) {
            empty.setText(Messages.get("agreed.sources.noLibrary"));
            entries.getChildren().add(empty);
            return;
        }
        if (t == null || t.sources().isEmpty()) {
            empty.setText(
                    id == null
                            ? Messages.get("agreed.agreedSourcesPane.selectAParagraph")
                            : Messages.get("agreed.agreedSourcesPane.newLanguage"));
            entries.getChildren().add(empty);
            lost.flatMap(x -> tracing.builtOn(id))
                    .ifPresent(
                            was -> entries.getChildren().add(entry("agreed.agreedSourcesPane.builtOnBefore", was, t)));
            return;
        }
        for (AgreedSource s : t.sources()) {
            entries.getChildren().add(entry("agreed.draftTracing.citation", s, t));
        }
    }

    /** Shows the current paragraph again (its trace changed). */
    public void refresh() {
        show(paragraphId);
    }

    private VBox entry(String key, AgreedSource s, ParagraphTrace t) {
        Label line = new Label(Messages.get(key, s.citation(), s.percent()));
        line.getStyleClass().add("agreed-citation");
        Label title = new Label(s.text().title()
                + (s.text().date() == null ? "" : ", " + s.text().date()));
        title.getStyleClass().add("agreed-details");
        SafeTextFlow text = new SafeTextFlow();
        text.getStyleClass().add("agreed-source-text");
        text.setRuns(runs(s.paragraph().text(), t == null ? s.paragraph().text() : t.text()));
        text.setPrefWidth(0);
        VBox box = new VBox(2, line, title, text);
        box.getStyleClass().add("agreed-entry");
        return box;
    }

    /** The adopted paragraph with the differences from the draft's marked: left out struck through, added underlined. */
    static List<RtlSafeText.Run> runs(String source, String draft) {
        List<RtlSafeText.Run> out = new ArrayList<>();
        for (WordDiff.Segment seg : WordDiff.diff(source, draft)) {
            out.add(
                    switch (seg.op()) {
                        case EQUAL -> RtlSafeText.Run.of(seg.text());
                        case DELETE -> RtlSafeText.Run.of(seg.text(), REMOVED);
                        case INSERT -> RtlSafeText.Run.of(seg.text(), ADDED);
                    });
        }
        return out;
    }
}
