package org.penholder.ui.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.adopted.AgreedLibrary;
import org.penholder.ingest.ImportDetails;
import org.penholder.ingest.ImportReport;
import org.penholder.ingest.StakeholderImporter;
import org.penholder.ingest.UnreadableFileException;
import org.penholder.project.Project;
import org.penholder.ui.EnglishAfterwards;
import org.penholder.ui.common.Errors;
import org.penholder.ui.common.Messages;

/**
 * What an import says it did, and why a file was left out, in the window's language (the import
 * dialogs format these phrases); the command line keeps its English.
 */
@ExtendWith(EnglishAfterwards.class)
class ImportWordsInTheWindowLanguageTest {

    @TempDir
    Path dir;

    @Test
    void anInputsImportIsSummedUpInFrenchAndRussian() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            Path good = Files.writeString(dir.resolve("a.txt"), "We call for universal connectivity by 2030.");
            Path empty = Files.writeString(dir.resolve("b.txt"), "");
            Path image = Files.write(dir.resolve("c.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
            ImportReport r = p.inputImporter()
                    .importFiles(
                            List.of(good, empty, image),
                            new ImportDetails(null, null, null, null, null, null, List.of()));
            assertEquals("1 input imported, 2 skipped", r.summary(), "the command line's words");
            ImportReport.Skipped skipped = r.skipped().stream()
                    .filter(s -> s.file().equals(empty))
                    .findFirst()
                    .orElseThrow();
            assertEquals("is empty (0 bytes)", skipped.reason());

            Messages.use(Locale.FRENCH);
            assertEquals("1 contribution importée, 2 ignorées", Messages.get(r.said()));
            assertEquals(
                    "b.txt\u00a0: est vide (0 octet)",
                    Messages.get("unreadable.file", skipped.file().getFileName(), skipped.why()));
            Messages.use(Locale.forLanguageTag("ru"));
            assertEquals("импортирован 1 материал, пропущено: 2", Messages.get(r.said()));
            assertEquals(
                    "импортировано 22 материала",
                    Messages.get("import.summary.imported", 22),
                    "Russian counts 22 with its few form");
        }
    }

    @Test
    void aStakeholderListIsSummedUpInFrench() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            Path csv = Files.writeString(dir.resolve("s.csv"), "name,group\nA new org,Academia\n,Academia\n");
            StakeholderImporter.Report r = p.stakeholderImporter().importCsv(csv);
            assertEquals("1 added, 0 updated, 0 unchanged, 1 row skipped", r.summary());
            assertEquals("line 3: no name", r.skipped().getFirst().english());
            Messages.use(Locale.FRENCH);
            assertEquals(
                    "Depuis s.csv\u00a0: 1 ajoutée, 0 mise à jour, 0 inchangée, 1 ligne ignorée.",
                    Messages.get("stakeholders.importedFrom", "s.csv", r.said()));
            assertEquals("ligne 3\u00a0: aucun nom", Messages.get(r.skipped().getFirst()));

            Path binary = Files.write(dir.resolve("t.csv"), new byte[] {'a', 0, 'b', 0, 1, 2, 3});
            UnreadableFileException e = assertThrows(
                    UnreadableFileException.class, () -> p.stakeholderImporter().importCsv(binary));
            assertEquals(binary + ": is not a CSV file (it holds binary data)", e.getMessage());
            assertEquals("t.csv\u00a0: n’est pas un fichier CSV (il contient des données binaires)", Errors.message(e));
        }
    }

    @Test
    void theAdoptedTextsLibrarySaysItsImportInFrench() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            Path text = Files.writeString(
                    dir.resolve("a.md"), "1. We reaffirm our commitment.\n\n2. We decide to meet again.\n");
            AgreedLibrary.Report r = p.agreedLibrary().importFiles(List.of(text, text), AgreedLibrary.Details.NONE);
            Messages.use(Locale.FRENCH);
            String said = Messages.get(r.said());
            assertEquals(true, said.startsWith("1 texte adopté importé ("), said);
            Messages.use(Locale.ENGLISH);
            assertEquals(true, r.summary().startsWith("1 adopted text imported ("), r.summary());
            AgreedLibrary.Report none =
                    p.agreedLibrary().importFiles(List.of(dir.resolve("gone.md")), AgreedLibrary.Details.NONE);
            assertEquals("does not exist", none.skipped().getFirst().reason());
            Messages.use(Locale.FRENCH);
            assertEquals("n’existe pas", Messages.get(none.skipped().getFirst().why()));
        }
    }
}
