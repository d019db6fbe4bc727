package org.penholder.ui.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.junit.jupiter.api.Test;

/** The User Guide as the application bundles it, and how its Markdown is read; no window. */
class GuideTest {

    private final Guide guide = Guide.read();

    @Test
    void theGuideHasASectionForEveryTask() {
        assertEquals("Penholder User Guide", guide.title());
        List<String> titles =
                guide.sections().stream().map(Guide.Section::title).toList();
        for (String task : List.of(
                "Set up a project",
                "Import inputs",
                "Link passages to paragraphs",
                "Draft",
                "Freeze a revision",
                "Compare revisions",
                "Circulate: export to Word",
                "Take delegations' proposals",
                "Merge copies from another laptop",
                "Agreed language")) {
            assertTrue(titles.contains(task), task + " in " + titles);
        }
    }

    @Test
    void everyImageTheGuideShowsIsBundledAndLoads() throws IOException {
        assertFalse(guide.images().isEmpty());
        for (String destination : guide.images()) {
            URL url = Guide.image(destination).orElseThrow(() -> new AssertionError("not bundled: " + destination));
            try (InputStream in = url.openStream()) {
                BufferedImage image = ImageIO.read(in);
                assertNotNull(image, destination + " is not an image");
                assertTrue(image.getWidth() >= 400 && image.getWidth() <= 1000, destination + ": " + image.getWidth());
            }
        }
    }

    @Test
    void everyBundledImageIsShownAndTheyStaySmall() throws IOException, URISyntaxException {
        Path folder = Path.of(Guide.class.getResource(Guide.FOLDER + "images").toURI());
        Set<String> shown = new HashSet<>(guide.images());
        long bytes = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                assertTrue(shown.contains("images/" + p.getFileName()), p.getFileName() + " is not in the guide");
                bytes += Files.size(p);
            }
        }
        assertTrue(bytes < 600_000, "the guide's images take " + bytes + " bytes");
    }

    @Test
    void everyLinkWithinTheGuideLeadsToASection() {
        Set<String> ids = guide.sections().stream().map(Guide.Section::id).collect(Collectors.toSet());
        guide.document().accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                if (link.getDestination().startsWith("#")) {
                    assertTrue(ids.contains(link.getDestination().substring(1)), link.getDestination());
                }
            }
        });
    }

    @Test
    void sectionsMenuPathsAndImagesAreReadFromTheMarkdown() {
        Guide g = Guide.parse("""
                # Title

                Intro with **bold** and **File > Import Inputs…** (Ctrl+I).

                ## Take *proposals*
                <!-- views: Amendments, Agreed Texts -->

                Choose **Revision > Amendments and Proposals**, then `decide`.

                ![shot](images/amendments.png)

                ### Details

                ## Take proposals

                Again.
                """);
        assertEquals("Title", g.title());
        assertEquals(
                List.of("take-proposals", "details", "take-proposals-2"),
                g.sections().stream().map(Guide.Section::id).toList());
        assertEquals(
                List.of(2, 3, 2),
                g.sections().stream().map(Guide.Section::level).toList());
        assertEquals(
                List.of(List.of("File", "Import Inputs…"), List.of("Revision", "Amendments and Proposals")),
                g.menuPaths());
        assertEquals(List.of("images/amendments.png"), g.images());
        assertEquals(List.of("Amendments", "Agreed Texts"), g.sections().get(0).views());
        assertEquals(
                "take-proposals", g.sectionForView("Agreed Texts").orElseThrow().id());
        assertTrue(g.sectionForView("Compare").isEmpty());
        assertFalse(g.sections().get(0).text().contains("views"), "the comment is not text to search");
        assertEquals(List.of("take-proposals"), ids(g.search("AMENDMENTS decide")));
        assertEquals(List.of("take-proposals-2"), ids(g.search("again")));
        assertEquals(3, g.search("  ").size());
        assertTrue(g.search("nowhere").isEmpty());
    }

    @Test
    void imagesComeOnlyFromTheGuidesOwnFolder() {
        assertTrue(Guide.image("images/welcome.png").isPresent());
        for (String elsewhere : List.of(
                "https://example.org/a.png",
                "/etc/passwd",
                "images/../../ui/messages.properties",
                "file:images/welcome.png",
                "images/missing.png")) {
            assertTrue(Guide.image(elsewhere).isEmpty(), elsewhere);
        }
    }

    private static List<String> ids(List<Guide.Section> sections) {
        return sections.stream().map(Guide.Section::id).toList();
    }
}
