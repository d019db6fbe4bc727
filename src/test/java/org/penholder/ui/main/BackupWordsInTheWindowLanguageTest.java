package org.penholder.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.backup.Backup;
import org.penholder.backup.Backups;
import org.penholder.model.Author;
import org.penholder.project.Project;
import org.penholder.store.ProjectFileException;
import org.penholder.text.MessageBundle;
import org.penholder.text.Phrase;
import org.penholder.ui.EnglishAfterwards;
import org.penholder.ui.FakeDialogs;
import org.penholder.ui.Synchronous;
import org.penholder.ui.common.Errors;
import org.penholder.ui.common.Messages;

/** File > Restore from Backup… lists its backups in the window's language; the command line's English stays. */
@ExtendWith(EnglishAfterwards.class)
class BackupWordsInTheWindowLanguageTest {

    private static final Author ME = new Author("Tester", "");

    @TempDir
    Path dir;

    @Test
    void theBackupsOfferedAreSaidInFrenchAndStayEnglishForTheCommandLine() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            p.revisionService().freeze("Rev.1", null, ME);
            assertEquals(
                    Backup.Kind.BEFORE,
                    p.backups()
                            .backupBefore(Phrase.of("backup.reason.merging", "laptop-2.penholder"))
                            .orElseThrow()
                            .kind());
            List<Backup> listed = p.backups().list();
            assertTrue(
                    listed.stream()
                            .map(Backup::reason)
                            .toList()
                            .containsAll(List.of("Rev.1 frozen", "before merging laptop-2.penholder")),
                    "read back from disk in the command line's English: " + listed);
            assertTrue(
                    listed.getFirst().sizeText().matches("\\d+ KB|\\d+\\.\\d MB"),
                    listed.getFirst().sizeText());

            Messages.use(Locale.FRENCH);
            FakeDialogs dialogs = new FakeDialogs();
            RestoreFromBackup.start(Synchronous.session(p, ME), dialogs, restored -> {});
            String offered = dialogs.questions.getFirst();
            assertTrue(offered.contains("Rev.1 figée"), offered);
            assertTrue(offered.contains("avant la fusion de laptop-2.penholder"), offered);
            assertTrue(offered.contains("modifications depuis\u00a0: rien"), offered);
            assertTrue(offered.matches("(?s).*· \\d+ Ko ·.*|(?s).*· \\d+,\\d Mo ·.*"), offered);
            assertTrue(!offered.contains("frozen") && !offered.contains("nothing"), offered);
        }
    }

    @Test
    void aBackupFromAnEarlierVersionKeepsItsWords() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            Backup b = p.backups().backupBefore("the bench").orElseThrow();
            Path details = b.file().resolveSibling(b.id() + ".properties");
            List<String> old = Files.readAllLines(details).stream()
                    .filter(l -> !l.startsWith("reasonKey") && !l.startsWith("reasonArg"))
                    .map(l -> l.startsWith("reason=") ? "reason=before importing rev2.docx" : l)
                    .toList();
            Files.write(details, old);
            Backup read = p.backups().list().stream()
                    .filter(x -> x.id().equals(b.id()))
                    .findFirst()
                    .orElseThrow();
            assertEquals("before importing rev2.docx", read.reason());
            Messages.use(Locale.FRENCH);
            assertEquals("before importing rev2.docx", Messages.get(read.said()), "a person's words as they were kept");
        }
    }

    @Test
    void aBackupRestoredOverAFileThatExistsIsRefusedInTheWindowsLanguage() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            Backup b = p.backups().backupBefore("the bench").orElseThrow();
            Path taken = Files.writeString(dir.resolve("taken.penholder"), "a file of someone's");
            ProjectFileException refused = assertThrows(
                    ProjectFileException.class, () -> Backups.restore(Backups.defaultRoot(), p.file(), b.id(), taken));
            assertEquals(
                    taken + ": already exists; a backup is restored into a new file",
                    refused.getMessage(),
                    "the command line's English");
            Messages.use(Locale.FRENCH);
            assertEquals(
                    "taken.penholder existe déjà\u00a0; une sauvegarde est restaurée dans un nouveau fichier.",
                    Errors.message(refused));
            assertEquals("a file of someone's", Files.readString(taken), "left as it was");
        }
    }

    @Test
    void whatChangedSinceIsCountedInEachLanguage() {
        Backup.Counts then = new Backup.Counts(10, 6, 3, 40, 1);
        Backup.Counts now = new Backup.Counts(130, 8, 2, 40, 1);
        assertEquals("+120 amendments, +2 links, \u22121 input", now.changesSince(then));
        assertEquals("nothing", now.changesSince(now));
        MessageBundle fr = MessageBundle.load(
                MessageBundle.INTERFACE, Locale.FRENCH, getClass().getClassLoader());
        assertEquals("+120 amendements, +2 liens, \u22121 contribution", fr.format(now.changesSaid(then)));
        MessageBundle ru = MessageBundle.load(
                MessageBundle.INTERFACE, Locale.of("ru"), getClass().getClassLoader());
        assertEquals("+120 поправок, +2 связи, \u22121 материал", ru.format(now.changesSaid(then)));
        assertEquals("+21 поправка", ru.format(new Backup.Counts(31, 6, 3, 40, 1).changesSaid(then)));
    }
}
