package org.penholder.ui.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;

/**
 * The User Guide read from its Markdown (a resource of the application, so it opens offline): its
 * sections, the images it shows and the menu paths it names. Plain Java, no JavaFX: the window
 * renders {@link #document()}, the tests check what it names against the application.
 *
 * <p>A menu path is written in bold with {@code " > "} between its steps, e.g. {@code **File > Import
 * Inputs…**}; images are PNG files beside the guide, in {@code images/}.
 */
public final class Guide {

    /** Where the guide and its images are, among the application's resources. */
    public static final String FOLDER = "/org/penholder/guide/";

    public static final String FILE = "guide.md";

    private static final Pattern IMAGE = Pattern.compile("images/[a-z0-9-]+\\.png");

    /** {@code <!-- views: Draft, Inputs -->} under a heading: the tabs that section is the help of. */
    private static final Pattern VIEWS = Pattern.compile("<!--\\s*views:\\s*(.+?)\\s*-->", Pattern.DOTALL);

    /**
     * A heading of the guide (level 2 or 3), with the words of its part for search and the views
     * (tabs of the window) it is the help of.
     */
    public record Section(String id, String title, int level, Heading heading, String text, List<String> views) {}

    private final Node document;
    private final String title;
    private final List<Section> sections;
    private final List<String> images = new ArrayList<>();
    private final List<List<String>> menuPaths = new ArrayList<>();

    private Guide(Node document) {
        this.document = document;
        String first = "";
        List<Section> found = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 1 && first.isEmpty()) {
                first = textOf(h);
            } else if (n instanceof Heading h && (h.getLevel() == 2 || h.getLevel() == 3)) {
                String t = textOf(h);
                String id = slug(t);
                int seen = ids.merge(id, 1, Integer::sum);
                found.add(new Section(seen == 1 ? id : id + "-" + seen, t, h.getLevel(), h, partText(h), views(h)));
            }
        }
        this.title = first;
        this.sections = List.copyOf(found);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                images.add(image.getDestination());
                visitChildren(image);
            }

            @Override
            public void visit(StrongEmphasis strong) {
                String t = textOf(strong);
                if (t.contains(" > ")) {
                    menuPaths.add(
                            Arrays.stream(t.split(" > ")).map(String::strip).toList());
                }
                visitChildren(strong);
            }
        });
    }

    /** The guide bundled with the application. */
    public static Guide read() {
        try (InputStream in = Guide.class.getResourceAsStream(FOLDER + FILE)) {
            if (in == null) {
                throw new IOException("the application has no " + FILE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A guide from Markdown text. */
    public static Guide parse(String markdown) {
        return new Guide(Parser.builder().build().parse(markdown));
    }

    /** The parsed Markdown, for rendering. */
    public Node document() {
        return document;
    }

    /** The text of the first level-1 heading. */
    public String title() {
        return title;
    }

    /** The sections, in order: the table of contents. */
    public List<Section> sections() {
        return sections;
    }

    /** The section a heading starts. */
    public Optional<Section> section(Heading heading) {
        return sections.stream().filter(s -> s.heading() == heading).findFirst();
    }

    /** The section with this id (a link {@code #id} in the guide), if any. */
    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The section that is the help of a view (a tab of the window, by its name), if any. */
    public Optional<Section> sectionForView(String view) {
        return sections.stream().filter(s -> s.views().contains(view)).findFirst();
    }

    /** The destinations of every image, as written. */
    public List<String> images() {
        return List.copyOf(images);
    }

    /** Every menu path named, each as its steps ({@code [File, Import Inputs…]}). */
    public List<List<String>> menuPaths() {
        return List.copyOf(menuPaths);
    }

    /** The sections whose title or text holds every word of {@code query} (ignoring case); all for a blank one. */
    public List<Section> search(String query) {
        List<String> words = Arrays.stream(query.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isEmpty())
                .toList();
        return sections.stream()
                .filter(s -> {
                    String text = (s.title() + " " + s.text()).toLowerCase(Locale.ROOT);
                    return words.stream().allMatch(text::contains);
                })
                .toList();
    }

    /**
     * The resource an image destination names, or empty for anything other than a PNG in the guide's
     * {@code images/} folder (the guide never reaches the network or the disk).
     */
    public static Optional<URL> image(String destination) {
        if (!IMAGE.matcher(destination).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(Guide.class.getResource(FOLDER + destination));
    }

    /** The plain text of a node and its children (code spans and line breaks as spaces). */
    public static String textOf(Node node) {
        return org.penholder.text.MarkdownInline.of(node);
    }

    /** The words from a heading to the next heading. */
    private static String partText(Heading heading) {
        StringBuilder out = new StringBuilder();
        for (Node n = heading.getNext(); n != null && !(n instanceof Heading); n = n.getNext()) {
            out.append(textOf(n)).append(' ');
        }
        return out.toString();
    }

    /** The views named by {@code views:} comments from a heading to the next heading. */
    private static List<String> views(Heading heading) {
        List<String> views = new ArrayList<>();
        for (Node n = heading.getNext(); n != null && !(n instanceof Heading); n = n.getNext()) {
            if (n instanceof HtmlBlock html) {
                Matcher m = VIEWS.matcher(html.getLiteral());
                while (m.find()) {
                    Arrays.stream(m.group(1).split(","))
                            .map(String::strip)
                            .filter(v -> !v.isEmpty())
                            .forEach(views::add);
                }
            }
        }
        return List.copyOf(views);
    }

    /** The id of a heading, as GitHub makes it: lower case, spaces as hyphens, punctuation dropped. */
    static String slug(String title) {
        return title.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{Nd} -]", "")
                .strip()
                .replace(' ', '-');
    }
}
