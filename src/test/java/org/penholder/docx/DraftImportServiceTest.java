package org.penholder.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.draft.CommandRefused;
import org.penholder.model.AmendmentKind;
import org.penholder.model.BlockKind;
import org.penholder.model.ParagraphStatus;
import org.penholder.model.Revision;
import org.penholder.model.RevisionBlock;
import org.penholder.project.ImportedProject;
import org.penholder.project.Project;
import org.penholder.project.SampleProject;
import org.penholder.store.MetaStore;
import org.penholder.store.StoreException;

/** A Word draft stored as a revision beside the working draft, or as a new project. */
class DraftImportServiceTest {

    @TempDir
    Path dir;

    private static List<String> strip(List<RevisionBlock> blocks) {
        return blocks.stream()
                .map(b -> b.kind() + "|" + b.id() + "|" + b.label() + "|" + b.status() + "|" + b.text())
                .toList();
    }

    @Test
    void aReturnedFileBecomesARevisionEqualToTheOneSentAndTheDraftStaysAsItIs() throws Exception {
        Path file = dir.resolve("zero.docx");
        try (Project p = TestFiles.openSample(dir)) {
            Revision zero = p.revisions().byName(SampleProject.FIRST_REVISION).orElseThrow();
            p.docxExporter()
                    .export(
                            new ExportOptions(ExportOptions.Kind.CLEAN, zero.name(), ExportOptions.Sources.NONE),
                            file,
                            false,
                            Progress.NONE);
            var draftBefore = p.drafts().load();
            long amendments = p.amendments().count();

            Revision back = p.draftImport()
                    .importAsRevision(new DraftDocxReader().read(file, Progress.NONE), "As returned", TestAuthors.ME);
            assertEquals(
                    strip(p.revisions().blocks(zero.id())), strip(p.revisions().blocks(back.id())));
            assertEquals(p.revisions().title(zero.id()), p.revisions().title(back.id()));
            assertEquals("A/80/L.xx", p.revisions().symbol(back.id()));
            assertTrue(back.note().contains("zero.docx") && back.note().contains("Zero draft"), back.note());
            assertEquals("Ana Drafter (Co-facilitators)", back.createdBy());
            assertEquals(draftBefore, p.drafts().load(), "the working draft is not touched");
            assertEquals(amendments, p.amendments().count());

            CommandRefused taken =
                    assertThrows(CommandRefused.class, () -> p.draftImport().checkRevisionName("as RETURNED"));
            assertTrue(taken.getMessage().contains("already a revision named"));
            assertThrows(
                    StoreException.class,
                    () -> p.draftImport()
                            .importAsRevision(
                                    new DraftDocxReader().read(file, Progress.NONE), "As returned", TestAuthors.ME));
            assertThrows(CommandRefused.class, () -> p.draftImport().checkRevisionName("  "));
        }
    }

    @Test
    void aForeignDraftGetsNewIdsAndItsOwnTitle() throws Exception {
        Path file = DocxFixture.body(DocxFixture.p("TitleStyle", "A foreign draft")
                        + DocxFixture.p(null, "Recalling,")
                        + DocxFixture.numbered(1, 0, "Decides;"))
                .write(dir.resolve("f.docx"));
        try (Project p = TestFiles.openSample(dir)) {
            Revision r = p.draftImport()
                    .importAsRevision(new DraftDocxReader().read(file, Progress.NONE), "Foreign", TestAuthors.ME);
            List<RevisionBlock> blocks = p.revisions().blocks(r.id());
            assertEquals(
                    List.of("PP1", "OP1"),
                    blocks.stream().map(RevisionBlock::label).toList());
            assertTrue(blocks.stream()
                    .allMatch(b -> b.id().startsWith("p")
                            && p.drafts().paragraphEvenDeleted(b.id()).isEmpty()));
            assertTrue(blocks.stream().allMatch(b -> b.status() == ParagraphStatus.DRAFTING));
            assertEquals("A foreign draft", p.revisions().title(r.id()));
            assertEquals("A/80/L.xx", p.revisions().symbol(r.id()), "without a symbol of its own, the project's");
        }
    }

    @Test
    void aNewProjectStartsItsHistoryWithTheCreationOfItsParagraphs() throws Exception {
        Path file = dir.resolve("sample.docx");
        CirculatedText sent;
        try (Project p = TestFiles.openSample(dir)) {
            sent = p.docxExporter().text(null);
            p.docxExporter().export(ExportOptions.clean(), file, false, Progress.NONE);
        }
        Path created = dir.resolve("from-word.penholder");
        ImportedDraft draft = new DraftDocxReader().read(file, Progress.NONE);
        try (Project p = ImportedProject.create(created, draft, "Zero draft", TestAuthors.ME)) {
            assertEquals(sent.title(), p.meta().title());
            assertEquals("A/80/L.xx", p.meta().get(MetaStore.SYMBOL).orElseThrow());
            assertEquals(
                    DocxExporterTest.blocksOf(sent),
                    DocxExporterTest.blocksOf(p.docxExporter().text(null)));
            var first = p.amendments().latest(1000).reversed();
            assertEquals(
                    AmendmentKind.NEW_PARAGRAPH, first.get(0).kind(), "the first paragraph's creation comes first");
            assertTrue(first.stream()
                    .allMatch(a -> a.kind() == AmendmentKind.NEW_PARAGRAPH || a.kind() == AmendmentKind.NEW_SECTION));
            assertEquals(
                    28,
                    first.stream()
                            .filter(a -> a.kind() == AmendmentKind.NEW_PARAGRAPH)
                            .count());
            assertEquals(List.of("Zero draft"), p.revisionNames());
            assertTrue(
                    p.meta().get(MetaStore.FROZEN_NUMBERING_REVISION).isEmpty(),
                    "consecutive numbers need no freezing");
        }
        assertThrows(
                org.penholder.store.ProjectFileException.class,
                () -> ImportedProject.create(created, draft, "Zero draft", TestAuthors.ME));
        Path failed = dir.resolve("failed.penholder");
        assertThrows(StoreException.class, () -> ImportedProject.create(failed, draft, " ", TestAuthors.ME));
        assertFalse(Files.exists(failed), "a failed import leaves no project file");
    }

    @Test
    void aFileWithFrozenNumbersMakesAProjectWithFrozenNumbering() throws Exception {
        Path file = dir.resolve("frozen.docx");
        CirculatedText sent;
        try (Project p = TestFiles.openSample(dir)) {
            FrozenNumberingExportTest.freezeAndEdit(p);
            sent = p.docxExporter().text(null);
            p.docxExporter().export(ExportOptions.clean(), file, false, Progress.NONE);
        }
        try (Project p = ImportedProject.create(
                dir.resolve("frozen.penholder"),
                new DraftDocxReader().read(file, Progress.NONE),
                "Rev.1",
                TestAuthors.ME)) {
            Revision rev1 = p.revisions().byName("Rev.1").orElseThrow();
            assertTrue(rev1.numberingFrozen());
            assertEquals(
                    Long.toString(rev1.id()),
                    p.meta().get(MetaStore.FROZEN_NUMBERING_REVISION).orElseThrow());
            assertEquals(
                    DocxExporterTest.blocksOf(sent),
                    DocxExporterTest.blocksOf(p.docxExporter().text(null)),
                    "the new project prints the same numbers, 2 bis and the gap after 4 included");
            assertNotEquals(
                    p.drafts().load().labels().values().stream()
                            .map(Object::toString)
                            .toList(),
                    sent.paragraphs().stream().map(RevisionBlock::label).toList());
            assertEquals(
                    BlockKind.HEADING, p.revisions().blocks(rev1.id()).get(5).kind());
        }
    }
}
