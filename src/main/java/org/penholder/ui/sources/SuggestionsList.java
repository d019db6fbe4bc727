package org.penholder.ui.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.penholder.sources.SourceSuggestions;
import org.penholder.ui.common.Messages;
import org.penholder.ui.common.RtlSafeText;
import org.penholder.ui.common.SafeTextFlow;
import org.penholder.ui.common.Widths;
import org.penholder.ui.draft.DraftViewModel;

/**
 * Suggested sources of the current paragraph: inputs not yet linked that best match its words,
 * each with the sentence that matches best, its matching words marked, and a Link button.
 */
public final class SuggestionsList extends BorderPane {

    private final SuggestionsViewModel vm;
    private final ListView<SourceSuggestions.Suggestion> list = new ListView<>();
    private final PauseTransition wait = new PauseTransition(Duration.millis(250));
    private String paragraphId;

    SuggestionsList(SuggestionsViewModel vm, DraftViewModel draft, BiConsumer<Long, int[]> open) {
        this.vm = vm;
        setId("suggestions");
        Label heading = new Label(Messages.get("sources.suggestionsList.suggestedSources"));
        heading.getStyleClass().add("panel-heading");
        VBox top = new VBox(heading);
        top.setPadding(new Insets(8, 10, 4, 10));
        setTop(top);
        Label empty = new Label(Messages.get("sources.suggestionsList.noUnlinkedInputMatchesThis"));
        empty.getStyleClass().add("placeholder-text");
        empty.setWrapText(true);
        list.setItems(vm.suggestions());
        list.setPlaceholder(empty);
        list.getStyleClass().add("sources-list");
        list.setCellFactory(l -> new SuggestionCell(l, vm::link, open, !vm.isWritable()));
        setCenter(list);
        // moving through the outline stays quick: the suggestions wait for the person to stop
        wait.setOnFinished(e -> vm.show(paragraphId));
        draft.currentParagraphProperty().addListener((o, was, now) -> show(now));
        show(draft.currentParagraphProperty().get());
    }

    /** The suggestions shown. */
    public ListView<SourceSuggestions.Suggestion> list() {
        return list;
    }

    private void show(String paragraph) {
        this.paragraphId = paragraph;
        if (paragraph == null) {
            vm.show(null);
        } else {
            wait.playFromStart();
        }
    }

    private static final class SuggestionCell extends ListCell<SourceSuggestions.Suggestion> {
        private final SafeTextFlow title = new SafeTextFlow("who");
        private final SafeTextFlow passage = new SafeTextFlow();
        private final Button link =
                new Button(Messages.get("sources.suggestionsList.link"), new FontIcon(Material2AL.LINK));
        private final Hyperlink open = new Hyperlink(Messages.get("sources.suggestionsList.openInReader"));
        private final VBox box;

        SuggestionCell(
                ListView<SourceSuggestions.Suggestion> owner,
                Consumer<SourceSuggestions.Suggestion> onLink,
                BiConsumer<Long, int[]> onOpen,
                boolean readOnly) {
            title.prefWidthProperty().bind(Widths.inside(owner.widthProperty(), 40));
            title.maxWidthProperty().bind(Widths.inside(owner.widthProperty(), 40));
            passage.setOrientByText(true);
            passage.getStyleClass().add("suggested-passage");
            passage.maxWidthProperty().bind(Widths.inside(owner.widthProperty(), 40));
            passage.prefWidthProperty().bind(Widths.inside(owner.widthProperty(), 40));
            link.getStyleClass().addAll("small", "suggestion-link");
            link.setDisable(readOnly);
            link.setOnAction(e -> onLink.accept(getItem()));
            open.setOnAction(e -> onOpen.accept(
                    getItem().input().id(),
                    new int[] {getItem().start(), getItem().end()}));
            box = new VBox(3, title, passage, new HBox(6, link, open));
            box.getStyleClass().add("passage-card");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SourceSuggestions.Suggestion s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            String who = s.input().stakeholder() == null
                    ? ""
                    : " \u00B7 " + s.input().stakeholder();
            title.setText(s.input().title() + who);
            List<RtlSafeText.Run> runs = new ArrayList<>();
            int at = 0;
            for (int[] h : s.highlights()) {
                runs.add(styled(s.passage().substring(at, h[0]), "context"));
                runs.add(styled(s.passage().substring(h[0], h[1]), "match"));
                at = h[1];
            }
            runs.add(styled(s.passage().substring(at), "context"));
            passage.setRuns(runs);
            setGraphic(box);
        }

        private static RtlSafeText.Run styled(String text, String style) {
            return RtlSafeText.Run.of(text.replace('\n', ' '), style);
        }
    }
}
