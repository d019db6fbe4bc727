package org.penholder.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.draft.Command;
import org.penholder.draft.CommandRefused;
import org.penholder.draft.CommandStack;
import org.penholder.model.Input;
import org.penholder.model.InputFilter;
import org.penholder.model.InputKind;
import org.penholder.model.SearchQuery;
import org.penholder.project.Project;

/** Undoing an import takes its inputs out and Redo brings them back as they were; links are never lost. */
class InputCommandsTest {

    @TempDir
    Path dir;

    private static final ImportDetails FROM_NEW_PEOPLE = new ImportDetails(
            "Rural Connectivity Alliance",
            "Grassroots networks",
            InputKind.WRITTEN,
            "Written submissions",
            LocalDate.of(2025, 8, 1),
            null,
            List.of("C2"));

    private Command importTwo(Project p) throws Exception {
        Path a = Files.writeString(
                dir.resolve("Spectrum for villages.txt"), "Spectrum for community networks in villages.");
        Path b = Files.writeString(dir.resolve("School access.txt"), "Affordable access for rural schools.");
        var before = p.inputCommands().beforeImport();
        ImportReport r = p.inputImporter().importFiles(List.of(a, b), FROM_NEW_PEOPLE);
        assertEquals(2, r.imported().size());
        return p.inputCommands().imported(r, FROM_NEW_PEOPLE, before);
    }

    private static long count(Project p) {
        return p.inputs().count();
    }

    @Test
    void undoTakesTheImportOutWithItsStakeholderAndRedoBringsItBackTheSame() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            long before = count(p);
            List<String> groups = p.stakeholders().groups();
            CommandStack stack = new CommandStack(10);
            stack.done(importTwo(p));
            assertEquals("Import 2 inputs", stack.undoDescription().orElseThrow());
            List<Input> imported = p.inputs().all().stream()
                    .filter(i -> i.stakeholder() != null && i.stakeholder().equals("Rural Connectivity Alliance"))
                    .toList();
            assertEquals(2, imported.size());
            String text = p.inputs().text(imported.getFirst().id());

            stack.undo();
            assertEquals(before, count(p));
            assertTrue(p.stakeholders().byName("Rural Connectivity Alliance").isEmpty(), "its stakeholder goes too");
            assertEquals(groups, p.stakeholders().groups(), "and the group the import made");
            assertTrue(
                    p.inputIndex()
                            .search(SearchQuery.parse("spectrum villages"), InputFilter.ALL, 10)
                            .isEmpty(),
                    "nor can it be found");

            stack.redo();
            assertEquals(before + 2, count(p));
            Input back = p.inputs().byId(imported.getFirst().id()).orElseThrow();
            assertEquals(imported.getFirst(), back, "the same id, details and time of import");
            assertEquals(text, p.inputs().text(back.id()));
            assertEquals(List.of("C2"), p.inputDetails().detailsOf(back.id()).tags(), "its tags come back");
            assertEquals(
                    1,
                    p.inputIndex()
                            .search(SearchQuery.parse("spectrum villages"), InputFilter.ALL, 10)
                            .size(),
                    "and it is found again");
            assertEquals(
                    "Grassroots networks",
                    p.stakeholders()
                            .byName("Rural Connectivity Alliance")
                            .orElseThrow()
                            .group());
        }
    }

    @Test
    void anImportWhoseInputsWereLinkedSinceIsNotUndoneAndNothingChanges() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            CommandStack stack = new CommandStack(10);
            stack.done(importTwo(p));
            Input school = p.inputs().all().stream()
                    .filter(i -> i.title().equals("School access"))
                    .findFirst()
                    .orElseThrow();
            String paragraph =
                    p.draftService().draft().paragraphsInOrder().getFirst().id();
            // a link made outside this command stack (the CLI, another command's service call)
            p.linkService().linkQuote(paragraph, school.id(), "rural schools", null, "T");
            long inputs = count(p);
            long links = p.links().count();

            CommandRefused refused = assertThrows(CommandRefused.class, stack::undo);
            assertTrue(refused.getMessage().contains("School access"), refused.getMessage());
            assertTrue(refused.getMessage().contains("nothing was changed"), refused.getMessage());
            assertEquals(inputs, count(p));
            assertEquals(links, p.links().count());
            assertTrue(p.stakeholders().byName("Rural Connectivity Alliance").isPresent());
            assertEquals(
                    "Import 2 inputs", stack.undoDescription().orElseThrow(), "it can be undone once the link goes");

            p.links().remove(p.links().ofInput(school.id()).getFirst().id());
            stack.undo();
            assertEquals(inputs - 2, count(p));
        }
    }

    @Test
    void newDetailsAreUndoneToTheOldOnesTagsIncluded() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            Input first = p.inputs().all().getFirst();
            ImportDetails old = p.inputDetails().detailsOf(first.id());
            CommandStack stack = new CommandStack(10);
            stack.done(p.inputCommands().setDetails(List.of(first.id()), FROM_NEW_PEOPLE));
            assertEquals(
                    "Rural Connectivity Alliance",
                    p.inputs().byId(first.id()).orElseThrow().stakeholder());
            assertTrue(stack.undoDescription().orElseThrow().startsWith("Edit the details of "));

            stack.undo();
            assertEquals(old, p.inputDetails().detailsOf(first.id()));
            assertTrue(p.stakeholders().byName("Rural Connectivity Alliance").isEmpty());

            stack.redo();
            assertEquals(
                    "Written submissions",
                    p.inputs().byId(first.id()).orElseThrow().occasion());
            assertEquals(List.of("C2"), p.inputDetails().detailsOf(first.id()).tags());
        }
    }

    @Test
    void anImportOfNothingNewIsNoCommand() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            var before = p.inputCommands().beforeImport();
            ImportReport r = p.inputImporter().importFiles(List.of(dir.resolve("missing.txt")), ImportDetails.NONE);
            assertNull(p.inputCommands().imported(r, ImportDetails.NONE, before));
        }
    }
}
