package org.penholder.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.draft.CommandRefused;
import org.penholder.model.Tag;
import org.penholder.model.TagKind;
import org.penholder.store.IntegrityCheck;

/** A new project's starting lists are in the language its documents are written in. */
class DefaultListsTest {

    @TempDir
    Path dir;

    @Test
    void everyDocumentLanguageNamesEveryEntryInItsOwnWords() {
        DefaultLists english = DefaultLists.ENGLISH;
        assertEquals(8, english.stakeholderGroups().size());
        assertEquals(15, english.clusters().size());
        assertEquals(
                IntStream.rangeClosed(1, 11).mapToObj(n -> "C" + n).toList(),
                english.actionLines().stream().map(Tag::code).toList(),
                "the WSIS Action Lines C1 to C11, in order");
        for (String tag : DocumentLanguage.TAGS) {
            if (tag.equals("en")) {
                continue;
            }
            DefaultLists lists = DefaultLists.in(Locale.forLanguageTag(tag));
            assertTranslated(tag, english.stakeholderGroups(), lists.stakeholderGroups());
            assertTranslated(tag, english.clusters(), lists.clusters());
            assertTranslated(tag, names(english.actionLines()), names(lists.actionLines()));
            assertEquals(
                    english.actionLines().stream().map(Tag::code).toList(),
                    lists.actionLines().stream().map(Tag::code).toList(),
                    "action lines keep their codes in " + tag);
        }
    }

    @Test
    void aNewProjectStartsWithItsListsInTheLanguageOfItsDocuments() throws Exception {
        Path file = dir.resolve("projet.penholder");
        try (Project p = Project.create(file, "Document final", "A/80/L.1", "fr")) {
            assertEquals("fr", p.documentLanguage().tag());
            assertEquals(
                    DefaultLists.in(Locale.FRENCH).stakeholderGroups(),
                    p.stakeholders().groups());
            assertTrue(
                    p.stakeholders().groups().contains("Société civile"),
                    p.stakeholders().groups().toString());
            List<String> clusters = p.tags().all().stream()
                    .filter(t -> t.kind() == TagKind.CLUSTER)
                    .map(Tag::name)
                    .toList();
            assertEquals(DefaultLists.in(Locale.FRENCH).clusters(), clusters);
            assertTrue(
                    p.tags().all().stream()
                            .anyMatch(t -> t.code().equals("C4") && t.name().equals("Renforcement des capacités")),
                    "action line C4 in French");
            assertEquals(List.of(), IntegrityCheck.run(p.database()));
        }
        try (Project p = Project.create(dir.resolve("draft.penholder"), "Outcome", null)) {
            assertEquals("en", p.documentLanguage().tag(), "English when no language is given");
            assertEquals(
                    DefaultLists.ENGLISH.stakeholderGroups(), p.stakeholders().groups());
        }
    }

    @Test
    void aLanguageDocumentsAreNotWrittenInIsRefusedBeforeAnyFileIsMade() {
        Path file = dir.resolve("de.penholder");
        CommandRefused refused = assertThrows(CommandRefused.class, () -> Project.create(file, "Entwurf", null, "de"));
        assertTrue(refused.getMessage().contains("de"), refused.getMessage());
        assertFalse(Files.exists(file));
    }

    private static List<String> names(List<Tag> tags) {
        return tags.stream().map(Tag::name).toList();
    }

    private static void assertTranslated(String tag, List<String> english, List<String> translated) {
        assertEquals(english.size(), translated.size(), "as many entries in " + tag);
        for (int i = 0; i < english.size(); i++) {
            assertNotEquals(english.get(i), translated.get(i), "entry " + (i + 1) + " translated into " + tag);
        }
    }
}
