package org.penholder.ui.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.penholder.model.BlockKind;

class TextStylingTest {

    @Test
    void preambularParagraphsOpenInItalics() {
        var runs = TextStyling.runs(BlockKind.PP, "Recalling its resolution,");
        assertEquals(new TextStyling.Run(9, List.of(TextStyling.LEAD)), runs.get(0));
        assertEquals(new TextStyling.Run(16, List.of()), runs.get(1));
        assertEquals(1, TextStyling.runs(BlockKind.OP, "Decides to act;").size(), "operative paragraphs do not");
    }

    @Test
    void bracketedAlternativesAreMarked() {
        var runs = TextStyling.runs(BlockKind.OP, "by [2030][2035].");
        assertEquals(
                List.of(
                        new TextStyling.Run(3, List.of()),
                        new TextStyling.Run(1, List.of(TextStyling.BRACKET_MARK)),
                        new TextStyling.Run(4, List.of(TextStyling.BRACKET)),
                        new TextStyling.Run(2, List.of(TextStyling.BRACKET_MARK)),
                        new TextStyling.Run(4, List.of(TextStyling.BRACKET)),
                        new TextStyling.Run(1, List.of(TextStyling.BRACKET_MARK)),
                        new TextStyling.Run(1, List.of())),
                runs);
        int total = runs.stream().mapToInt(TextStyling.Run::length).sum();
        assertEquals("by [2030][2035].".length(), total);
    }
}
