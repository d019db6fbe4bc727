package org.penholder.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.Author;
import org.penholder.model.Link;
import org.penholder.model.Paragraph;
import org.penholder.project.Project;

class SourceSuggestionsTest {

    @TempDir
    Path dir;

    @Test
    void suggestionsAreUnlinkedInputsWithTheirBestSentenceReadyToLink() {
        try (Project p = TestFiles.openSample(dir)) {
            Paragraph para = p.draftService().draft().paragraphsInOrder().get(6);
            p.draftService()
                    .typeText(
                            para.id(),
                            "We commit to bridging digital divides through affordable "
                                    + "connectivity, digital skills and local content, with financing for infrastructure.",
                            Author.UNKNOWN);
            Set<Long> linked =
                    p.links().ofParagraph(para.id()).stream().map(Link::inputId).collect(Collectors.toSet());
            List<SourceSuggestions.Suggestion> s = p.sourceSuggestions().suggest(para.id(), 5);
            assertFalse(s.isEmpty());
            assertTrue(s.size() <= 5);
            for (SourceSuggestions.Suggestion x : s) {
                assertFalse(linked.contains(x.input().id()), "already linked inputs are not suggested");
                assertEquals(x.passage(), p.inputs().text(x.input().id()).substring(x.start(), x.end()));
                assertFalse(x.highlights().isEmpty(), "the matching words are marked");
            }
            assertTrue(s.getFirst().score() >= s.getLast().score());
            SourceSuggestions.Suggestion top = s.getFirst();
            p.linkService().linkRange(para.id(), top.input().id(), top.start(), top.end(), null, "x");
            assertTrue(p.sourceSuggestions().suggest(para.id(), 5).stream()
                    .noneMatch(x -> x.input().id() == top.input().id()));
        }
    }
}
