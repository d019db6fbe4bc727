package org.penholder.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.history.ParagraphHistory;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.model.Revision;
import org.penholder.project.Project;

/**
 * Notes services keep in the project, read by every teammate whatever their window's language,
 * are written in the project's document language: an imported draft's and a continue-from's.
 */
class StoredNotesInTheDocumentLanguageTest {

    @TempDir
    Path dir;

    @Test
    void anImportedDraftsAndAContinueFromsNotesAreInFrench() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            Path clean = dir.resolve("zero.docx");
            p.docxExporter().export(ExportOptions.clean(), clean, false, Progress.NONE);
            p.documentLanguage().set("fr");

            ImportedDraft read = new DraftDocxReader().read(clean, Progress.NONE);
            Revision imported = p.draftImport().importAsRevision(read, "Reçu", TestAuthors.ME);
            assertTrue(
                    imported.note().startsWith("Importé de zero.docx (écrit par Penholder à partir de "),
                    imported.note());

            Paragraph op1 = p.draftService().draft().paragraphsInOrder().stream()
                    .filter(x -> x.kind() == ParagraphKind.OP)
                    .findFirst()
                    .orElseThrow();
            p.draftService().setText(op1.id(), "Something else entirely.", TestAuthors.ME, null);
            p.continueFrom().continueFrom("Reçu", TestAuthors.ME);
            assertEquals(op1.text(), p.draftService().paragraph(op1.id()).text());
            List<ParagraphHistory.Step> steps = p.paragraphHistory().of(op1.id());
            assertEquals("Repris d’une révision", steps.getLast().amendment().rationale());
        }
    }
}
