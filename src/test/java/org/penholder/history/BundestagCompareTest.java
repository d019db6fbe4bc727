package org.penholder.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.penholder.TestFiles;
import org.penholder.history.WordDiff.Op;

/** A real amendment of a law: two dated versions of the Basic Law, one paragraph per Markdown block. */
class BundestagCompareTest {

    private static Path law(String name) {
        Path dir = TestFiles.corpora().resolve("bundestag-gesetze/gg");
        Path file = dir.resolve(name);
        Assumptions.assumeTrue(
                Files.isRegularFile(file),
                "the shared corpora are not at " + dir
                        + " (set -Dpenholder.corpora); skipping the compare of real law versions");
        return file;
    }

    @Test
    void theAmendmentOfArticle93IsTheNewItemAndTheStandLineAndNothingElse() {
        DocumentVersion older = MarkdownParagraphs.read(law("gg_2012-08-02_initial-import_8e9e7a10.md"));
        DocumentVersion newer = MarkdownParagraphs.read(law("gg_2012-08-06_amend-art93_166018c1.md"));
        assertTrue(
                older.paragraphs().size() > 600,
                "the whole law is read: " + older.paragraphs().size());

        Comparison c = CompareService.compare(older, newer);
        List<ParagraphChange> differences = c.differences();
        assertEquals(2, differences.size(), differences.toString());
        assertEquals(1, c.summary().changed());
        assertEquals(1, c.summary().added());
        assertEquals(
                0,
                c.summary().deleted()
                        + c.summary().split()
                        + c.summary().merged()
                        + c.summary().moved());

        ParagraphChange stand = differences.get(0);
        assertEquals(ChangeKind.CHANGED, stand.kind());
        assertTrue(stand.fromText().startsWith("Zuletzt geändert durch"), stand.fromText());
        assertEquals("Zuletzt geändert durch : Art. 1 G v. 11.7.2012 I 1478", stand.toText());
        assertTrue(
                stand.diff().contains(new WordDiff.Segment(Op.DELETE, "2010")),
                stand.diff().toString());
        assertTrue(
                stand.diff().contains(new WordDiff.Segment(Op.INSERT, "2012")),
                stand.diff().toString());

        ParagraphChange item = differences.get(1);
        assertEquals(ChangeKind.ADDED, item.kind());
        assertEquals(List.of("OP4c"), item.toLabels());
        assertEquals("Art 93", item.section());
        assertEquals(
                "über Beschwerden von Vereinigungen gegen ihre Nichtanerkennung als Partei für die Wahl zum Bundestag;",
                item.toText());
    }
}
