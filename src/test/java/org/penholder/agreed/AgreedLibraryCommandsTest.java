package org.penholder.agreed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.adopted.AgreedLibrary;
import org.penholder.draft.CommandStack;
import org.penholder.model.AdoptedText;
import org.penholder.model.SearchQuery;
import org.penholder.project.Project;

/** An import into the library of adopted texts, and a removal from it, are undone and redone as they were. */
class AgreedLibraryCommandsTest {

    @TempDir
    Path dir;

    @Test
    void anImportAndARemovalAreEachOneStepBackAndForth() {
        try (Project p = Project.create(dir.resolve("library.penholder"), "Coastal draft", null)) {
            AgreedLibrary library = p.agreedLibrary();
            CommandStack stack = new CommandStack(10);
            AgreedLibrary.Report r = library.importFiles(
                    List.of(MadeUpLibrary.textA(dir), MadeUpLibrary.markdownB(dir)), AgreedLibrary.Details.NONE);
            stack.done(library.imported(r));
            assertEquals("Import 2 adopted texts", stack.undoDescription().orElseThrow());
            List<AdoptedText> texts = library.texts();
            List<AgreedLibrary.Hit> found = library.search(SearchQuery.parse("tide tables"), 10);
            assertTrue(!found.isEmpty());

            stack.undo();
            assertEquals(List.of(), library.texts());
            assertEquals(List.of(), library.search(SearchQuery.parse("tide tables"), 10), "nor found");
            stack.redo();
            assertEquals(texts, library.texts(), "back with their ids and details");
            assertEquals(found, library.search(SearchQuery.parse("tide tables"), 10), "and found again");

            stack.done(library.remove(texts.getFirst()));
            assertEquals(texts.subList(1, 2), library.texts());
            stack.undo();
            assertEquals(texts, library.texts());
            assertEquals(
                    library.paragraphs(texts.getFirst().id()).size(),
                    p.agreed().paragraphs(texts.getFirst().id()).size());
        }
    }
}
