package org.penholder.ui.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.adopted.AgreedLibrary;
import org.penholder.coverage.CoverageScope;
import org.penholder.docx.DocumentFiles;
import org.penholder.docx.DocxException;
import org.penholder.docx.DraftDocxReader;
import org.penholder.docx.ExportOptions;
import org.penholder.docx.Progress;
import org.penholder.docx.TransparencyReportWriter;
import org.penholder.history.ProposalService;
import org.penholder.ingest.ImportDetails;
import org.penholder.ingest.ImportReport;
import org.penholder.model.Author;
import org.penholder.project.Project;
import org.penholder.store.DiskFullTestFiles;
import org.penholder.store.WriteFailedException;
import org.penholder.ui.EnglishAfterwards;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.Synchronous;
import org.penholder.ui.common.Errors;
import org.penholder.ui.common.Messages;

/**
 * Word files Penholder refuses, and a full disk, said in the window's language with the file's
 * name: a draft, a delegation's proposals, inputs and adopted texts read from damaged, empty,
 * password-protected files and folders; an export into a folder that is gone. The command line's
 * English is unchanged (its own tests, and the messages checked here).
 */
@ExtendWith(EnglishAfterwards.class)
class WordRefusalsInTheWindowLanguageTest {

    private static final Author ME = new Author("T", "Secretariat");

    @TempDir
    Path dir;

    /** A real Word file cut off halfway, as a download that stopped. */
    private Path truncated(Project p, String name) throws Exception {
        Path whole = dir.resolve("whole-" + name);
        p.docxExporter().export(ExportOptions.clean(), whole, false, Progress.NONE);
        byte[] bytes = Files.readAllBytes(whole);
        return Files.write(dir.resolve(name), Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** A Word file protected by a password, as Word writes one (an encrypted OLE2 package). */
    private Path encrypted(Project p, String name) throws Exception {
        Path whole = dir.resolve("whole-" + name);
        p.docxExporter().export(ExportOptions.clean(), whole, false, Progress.NONE);
        Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        enc.confirmPassword("secret");
        Path out = dir.resolve(name);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(Files.readAllBytes(whole));
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                fs.writeFilesystem(os);
            }
        }
        return out;
    }

    @Test
    void aDraftFromADamagedEmptyOrFolderFileIsRefusedInFrenchNamingTheFile() throws Exception {
        Project p = TestFiles.openSample(dir);
        ProjectSession session = Synchronous.session(p, ME);
        FakeDialogs dialogs = new FakeDialogs();
        WordFileActions actions = new WordFileActions(session, dialogs, () -> {}, () -> {});
        Path damaged = truncated(p, "abîmé.docx");
        Path empty = Files.createFile(dir.resolve("vide.docx"));
        Path folder = Files.createDirectory(dir.resolve("dossier.docx"));
        List<String> revisions = p.revisionNames();

        DocxException e = assertThrows(DocxException.class, () -> new DraftDocxReader().read(empty, Progress.NONE));
        assertEquals(empty + ": is empty", e.getMessage(), "the command line's words");
        assertEquals(
                folder + ": is a folder, not a Word file",
                assertThrows(DocxException.class, () -> new DraftDocxReader().read(folder, Progress.NONE))
                        .getMessage());

        Messages.use(Locale.FRENCH);
        for (Path f : List.of(damaged, empty, folder)) {
            dialogs.toRead = f;
            dialogs.text = "Rev.1";
            actions.importDraft();
        }
        String title = "L’import du projet de texte a échoué: ";
        assertEquals(3, dialogs.errors.size(), dialogs.errors.toString());
        assertTrue(
                dialogs.errors
                        .get(0)
                        .startsWith(
                                title + "abîmé.docx\u00a0: est endommagé\u00a0: ce n’est pas un paquet zip lisible ("),
                dialogs.errors.get(0));
        assertEquals(title + "vide.docx\u00a0: est vide", dialogs.errors.get(1));
        assertEquals(title + "dossier.docx\u00a0: est un dossier, pas un fichier Word", dialogs.errors.get(2));
        assertEquals(revisions, p.revisionNames(), "nothing imported");
        session.close();
    }

    @Test
    void aDelegationsDamagedFileAndAnExportIntoAFolderThatIsGoneAreSaidInRussianAndFrench() throws Exception {
        Project p = TestFiles.openSample(dir);
        ProjectSession session = Synchronous.session(p, ME);
        FakeDialogs dialogs = new FakeDialogs();
        WordFileActions actions = new WordFileActions(session, dialogs, () -> {}, () -> {});
        Path damaged = truncated(p, "delegation.docx");
        long proposals = p.proposalService().list(ProposalService.Filter.ALL).size();

        Messages.use(Locale.forLanguageTag("ru"));
        dialogs.toRead = damaged;
        actions.importProposals(() -> {});
        assertEquals(1, dialogs.errors.size(), dialogs.errors.toString());
        assertTrue(
                dialogs.errors.getFirst().contains("delegation.docx: поврежден: это не читаемый zip-пакет ("),
                dialogs.errors.getFirst());
        assertEquals(
                proposals, p.proposalService().list(ProposalService.Filter.ALL).size());

        Messages.use(Locale.FRENCH);
        Path gone = dir.resolve("parti");
        dialogs.exportChoice = new ExportOptions(ExportOptions.Kind.CLEAN, null, ExportOptions.Sources.NONE);
        dialogs.toWrite = gone.resolve("texte.docx");
        actions.export();
        assertEquals(
                "L’export vers Word a échoué: texte.docx\u00a0: le dossier " + gone + " n’existe pas",
                dialogs.errors.getLast());
        assertFalse(Files.exists(gone));
        DocxException report = assertThrows(
                DocxException.class,
                () -> new TransparencyReportWriter(
                                ZoneId.systemDefault(), p.docxExporter().words())
                        .write(
                                p.coverage().report(CoverageScope.workingDraft()),
                                gone.resolve("rapport.docx"),
                                TransparencyReportWriter.Progress.NONE));
        assertTrue(
                Errors.message(report).startsWith("rapport.docx\u00a0: le rapport n’a pas pu être écrit ("),
                Errors.message(report));

        Path there = Files.writeString(dir.resolve("là.docx"), "kept");
        DocxException exists = assertThrows(
                DocxException.class, () -> p.docxExporter().export(ExportOptions.clean(), there, false, Progress.NONE));
        assertEquals(there + ": already exists; choose another name", exists.getMessage(), "the command line's words");
        assertEquals("là.docx\u00a0: existe déjà\u00a0; choisissez un autre nom", Errors.message(exists));
        assertEquals("kept", Files.readString(there));
        session.close();
    }

    @Test
    void inputsAndAdoptedTextsFromRefusedWordFilesSayWhyInFrench() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            Path locked = encrypted(p, "protégé.docx");
            Path damaged = truncated(p, "abîmé.docx");
            ImportReport r = p.inputImporter().importFiles(List.of(locked, damaged), ImportDetails.NONE);
            assertEquals(2, r.skipped().size(), r.summary());
            ImportReport.Skipped password = r.skipped().stream()
                    .filter(s -> s.file().equals(locked))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    "is protected by a password; remove the password in Word (File > Info > Protect Document) and try again",
                    password.reason(),
                    "the command line's words");

            AgreedLibrary.Report agreed = p.agreedLibrary().importFiles(List.of(damaged), AgreedLibrary.Details.NONE);
            assertEquals(1, agreed.skipped().size());

            Messages.use(Locale.FRENCH);
            assertEquals(
                    "protégé.docx\u00a0: est protégé par un mot de passe\u00a0; supprimez le mot de passe dans Word "
                            + "(Fichier > Informations > Protéger le document) et réessayez",
                    Messages.get("unreadable.file", locked.getFileName(), password.why()));
            String adopted = Messages.get(
                    "unreadable.file",
                    agreed.skipped().getFirst().file().getFileName(),
                    agreed.skipped().getFirst().why());
            assertTrue(
                    adopted.startsWith("abîmé.docx\u00a0: est endommagé\u00a0: ce n’est pas un paquet zip lisible ("),
                    adopted);
        }
    }

    @Test
    void proposalsForAnEmptyWorkingDraftNameTheMenuInTheWindowAndTheCommandOnTheCommandLine() throws Exception {
        Path delegation = dir.resolve("kenya.docx");
        try (Project sample = TestFiles.openSample(Files.createDirectories(dir.resolve("s")))) {
            var op1 = sample.draftService().draft().paragraphsInOrder().stream()
                    .filter(x -> x.kind() == org.penholder.model.ParagraphKind.OP)
                    .findFirst()
                    .orElseThrow();
            sample.draftService().setText(op1.id(), "Firmly " + op1.text(), new Author("Kenya", null), null);
            sample.docxExporter().export(ExportOptions.redline("Zero draft", null), delegation, false, Progress.NONE);
        }
        Project p = Project.create(dir.resolve("nouveau.penholder"), "Nouveau", null);
        DocxException e = assertThrows(
                DocxException.class,
                () -> p.amendmentImport()
                        .importProposals(p.amendmentImport().read(delegation, Progress.NONE), null, ME));
        assertTrue(
                e.getMessage().endsWith("(import-draft --as-draft), or use import-draft --new"),
                "the command line's words: " + e.getMessage());
        ProjectSession session = Synchronous.session(p, ME);
        FakeDialogs dialogs = new FakeDialogs();
        WordFileActions actions = new WordFileActions(session, dialogs, () -> {}, () -> {});
        Messages.use(Locale.FRENCH);
        dialogs.toRead = delegation;
        actions.importProposals(() -> {});
        assertEquals(
                List.of(
                        "L’import des propositions a échoué: kenya.docx\u00a0: contient des modifications de paragraphes, "
                                + "mais la version de travail de nouveau.penholder est vide\u00a0: importez d’abord le projet "
                                + "de texte (Fichier > Importer un projet de texte…)"),
                dialogs.errors);
        session.close();
    }

    @Test
    void aTextFileThatCannotBeComparedIsSaidInFrench() throws Exception {
        Path text = Files.writeString(dir.resolve("texte.md"), "We commit to act.");
        Path binary = Files.write(dir.resolve("données.md"), new byte[] {'P', 'K', 0, 1, 2});
        RuntimeException e = assertThrows(RuntimeException.class, () -> DocumentFiles.compare(text, binary));
        assertEquals(binary + ": is not a text file", e.getMessage(), "the command line's words");
        Messages.use(Locale.FRENCH);
        assertEquals("données.md\u00a0: n’est pas un fichier texte", Errors.message(e));
    }

    @Test
    void aFullDiskIsSaidInFrenchAloneAndInAnImportsSummary() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            List<Path> texts = DiskFullTestFiles.texts(dir.resolve("inputs"), 6, 6000);
            String id = p.draftService().draft().paragraphsInOrder().get(0).id();
            String longer = p.drafts().paragraph(id).orElseThrow().text() + " more".repeat(2000);
            DiskFullTestFiles.room(p, 0);
            WriteFailedException e = assertThrows(
                    WriteFailedException.class, () -> p.draftService().typeText(id, longer, ME));
            assertTrue(e.getMessage().matches(".* is full.* free.*\\); nothing was changed"), e.getMessage());
            DiskFullTestFiles.room(p, 60);
            ImportReport r = p.inputImporter().importFiles(texts, ImportDetails.NONE);
            assertTrue(r.stoppedBy() != null, r.summary());
            assertTrue(r.summary().contains("; stopped: " + (e.getMessage().startsWith("A") ? "a disk" : "the disk")));

            Messages.use(Locale.FRENCH);
            String alone = Errors.message(e);
            assertTrue(
                    alone.matches("(Un disque sur lequel Penholder écrit|Le disque contenant .+) est plein.*")
                            && alone.matches(".* libres.*\\)\\u00a0; rien n’a été modifié")
                            && alone.matches(".*[0-9] (Ko|Mo|Go).*"),
                    alone);
            String summary = Messages.get(r.said());
            assertTrue(summary.matches(".*\u00a0; arrêté\u00a0: (un|le) disque .*"), summary);
            assertFalse(summary.contains("nothing") || summary.contains(" free"), summary);
            assertTrue(
                    r.skipped().stream().map(s -> Messages.get(s.why())).allMatch(w -> w.contains("est plein")),
                    "each file left out says why in French");
        }
    }
}
