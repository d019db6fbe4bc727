package org.penholder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.ui.EnglishAfterwards;
import org.penholder.ui.common.Messages;

/**
 * Word files the command line refuses, said in the same English as ever (one line: the file's
 * path, then why), whatever language a window in the same process speaks.
 */
@ExtendWith(EnglishAfterwards.class)
class RefusedWordFilesCliTest {

    @TempDir
    Path dir;

    @Test
    void damagedEmptyAndFolderFilesAndAFolderThatIsGoneAreRefusedInEnglish() throws Exception {
        Path project = TestFiles.sampleCopy(dir);
        Path whole = dir.resolve("whole.docx");
        assertEquals(
                0,
                CliTest.run("export", project.toString(), "--out", whole.toString())
                        .exit());
        byte[] bytes = Files.readAllBytes(whole);
        Path damaged = Files.write(dir.resolve("damaged.docx"), Arrays.copyOf(bytes, bytes.length / 2));
        Path empty = Files.createFile(dir.resolve("empty.docx"));
        Path folder = Files.createDirectory(dir.resolve("folder.docx"));
        Messages.use(Locale.FRENCH); // the window's language: the command line does not follow it

        assertEquals("penholder: " + empty + ": is empty", refused("import-draft", project, empty));
        assertEquals(
                "penholder: " + folder + ": is a folder, not a Word file", refused("import-draft", project, folder));
        String zip = refused("import-draft", project, damaged);
        assertTrue(
                zip.startsWith("penholder: " + damaged + ": is damaged: it is not a readable zip package (")
                        && !zip.contains("\n"),
                zip);

        Path gone = dir.resolve("gone").resolve("out.docx");
        CliTest.Run export = CliTest.run("export", project.toString(), "--out", gone.toString());
        assertEquals(1, export.exit(), export.err());
        assertEquals(
                "penholder: " + gone + ": the folder " + gone.getParent() + " does not exist",
                export.err().strip());

        CliTest.Run inputs = CliTest.run("import-inputs", project.toString(), damaged.toString());
        assertTrue(inputs.err().contains(damaged + ": is damaged: it is not a readable zip package ("), inputs.err());
    }

    private static String refused(String command, Path project, Path file) {
        CliTest.Run run = CliTest.run(command, project.toString(), file.toString(), "--revision", "X");
        assertEquals(1, run.exit(), run.err());
        return run.err().strip();
    }
}
