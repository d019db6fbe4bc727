package org.penholder.ui.guide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Renders the guide's Markdown into JavaFX nodes: headings, paragraphs, emphasis, code, lists,
 * notes (block quotes) and images; links to a section ({@code #id}) navigate, other links show as
 * text (the guide works offline). Raw HTML is left out. Style classes {@code guide-*} come from
 * {@code guide.css}.
 */
final class GuideRenderer {

    private final Guide guide;
    private final Consumer<String> followLink;
    private final Map<String, javafx.scene.Node> headings = new HashMap<>();
    private final List<ImageView> images = new ArrayList<>();

    GuideRenderer(Guide guide, Consumer<String> followLink) {
        this.guide = guide;
        this.followLink = followLink;
    }

    /** The whole guide, one node per block, in a column. */
    VBox render() {
        VBox page = new VBox(10);
        page.getStyleClass().add("guide-page");
        page.getChildren().addAll(blocks(guide.document()));
        return page;
    }

    /** The node of each section's heading, by section id (after {@link #render}). */
    Map<String, javafx.scene.Node> headings() {
        return headings;
    }

    /** The images shown (after {@link #render}). */
    List<ImageView> images() {
        return images;
    }

    private List<javafx.scene.Node> blocks(Node parent) {
        List<javafx.scene.Node> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            javafx.scene.Node block = block(n);
            if (block != null) {
                out.add(block);
            }
        }
        return out;
    }

    private javafx.scene.Node block(Node n) {
        return switch (n) {
            case Heading h -> heading(h);
            case Paragraph p
            when p.getFirstChild() instanceof org.commonmark.node.Image i && p.getFirstChild() == p.getLastChild() ->
                image(i);
            case Paragraph p -> flow(p, "guide-paragraph");
            case BulletList list -> list(list, null);
            case OrderedList list -> list(list, list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber());
            case BlockQuote quote -> {
                VBox note = new VBox(6);
                note.getStyleClass().add("guide-note");
                note.getChildren().addAll(blocks(quote));
                yield note;
            }
            case FencedCodeBlock code -> codeBlock(code.getLiteral());
            case IndentedCodeBlock code -> codeBlock(code.getLiteral());
            case ThematicBreak _ -> new Separator();
            default -> null; // raw HTML, link reference definitions: nothing to show
        };
    }

    private javafx.scene.Node heading(Heading h) {
        TextFlow flow = flow(h, "guide-h" + Math.min(h.getLevel(), 3));
        guide.section(h).ifPresent(s -> {
            flow.setId("guide-" + s.id());
            headings.put(s.id(), flow);
        });
        return flow;
    }

    private TextFlow flow(Node parent, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        inlines(parent, flow, List.of());
        return flow;
    }

    /** Adds the inline children of {@code parent} to {@code flow}, each text with the style classes around it. */
    private void inlines(Node parent, TextFlow flow, List<String> styles) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            switch (n) {
                case Text t -> flow.getChildren().add(text(t.getLiteral(), styles));
                case Code c -> flow.getChildren().add(text(c.getLiteral(), plus(styles, "guide-code")));
                case SoftLineBreak _ -> flow.getChildren().add(text(" ", styles));
                case HardLineBreak _ -> flow.getChildren().add(text("\n", styles));
                case Emphasis e -> inlines(e, flow, plus(styles, "guide-em"));
                case StrongEmphasis s ->
                    inlines(s, flow, plus(styles, Guide.textOf(s).contains(" > ") ? "guide-menu" : "guide-strong"));
                case Link l
                when l.getDestination().startsWith("#") -> {
                    Hyperlink link = new Hyperlink(Guide.textOf(l));
                    link.getStyleClass().add("guide-link");
                    String id = l.getDestination().substring(1);
                    link.setOnAction(e -> followLink.accept(id));
                    flow.getChildren().add(link);
                }
                case org.commonmark.node.Image i -> flow.getChildren().add(image(i));
                default -> inlines(n, flow, styles); // other links: their words
            }
        }
    }

    private static javafx.scene.text.Text text(String s, List<String> styles) {
        javafx.scene.text.Text text = new javafx.scene.text.Text(s);
        text.getStyleClass().add("guide-text");
        text.getStyleClass().addAll(styles);
        return text;
    }

    private static List<String> plus(List<String> styles, String style) {
        List<String> more = new ArrayList<>(styles);
        more.add(style);
        return more;
    }

    private javafx.scene.Node list(org.commonmark.node.ListBlock list, Integer start) {
        VBox items = new VBox(4);
        items.getStyleClass().add("guide-list");
        int number = start == null ? 0 : start;
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof ListItem item) {
                Label marker = new Label(start == null ? "•" : number++ + ".");
                marker.getStyleClass().add("guide-marker");
                marker.setMinWidth(22);
                marker.setAlignment(Pos.TOP_RIGHT);
                VBox body = new VBox(4);
                body.getChildren().addAll(blocks(item));
                HBox.setHgrow(body, Priority.ALWAYS);
                HBox row = new HBox(6, marker, body);
                items.getChildren().add(row);
            }
        }
        return items;
    }

    private static javafx.scene.Node codeBlock(String literal) {
        javafx.scene.text.Text text = new javafx.scene.text.Text(literal.stripTrailing());
        text.getStyleClass().addAll("guide-text", "guide-code");
        TextFlow flow = new TextFlow(text);
        flow.getStyleClass().add("guide-code-block");
        flow.setPadding(new Insets(6, 10, 6, 10));
        return flow;
    }

    /** An image of the guide's own, at most as wide as it was taken; its words where it is missing. */
    private javafx.scene.Node image(org.commonmark.node.Image i) {
        String alt = Guide.textOf(i);
        return Guide.image(i.getDestination())
                .<javafx.scene.Node>map(url -> {
                    ImageView view = new ImageView(new Image(url.toExternalForm()));
                    view.setPreserveRatio(true);
                    view.setSmooth(true);
                    view.setAccessibleText(alt);
                    view.getStyleClass().add("guide-image");
                    images.add(view);
                    return view;
                })
                .orElseGet(() -> new Label("[" + alt + "]"));
    }
}
