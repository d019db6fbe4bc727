package org.penholder.ui.agreed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.adopted.AgreedLibrary;
import org.penholder.cli.Cli;
import org.penholder.project.Project;
import org.penholder.ui.EnglishAfterwards;
import org.penholder.ui.common.Messages;

/**
 * What the adopted-texts reader had to guess in a file (lines joined, operative numbers starting
 * again) is told after an import from the window in its language; the command line keeps English.
 */
@ExtendWith(EnglishAfterwards.class)
class AdoptedWarningsInTheWindowLanguageTest {

    @TempDir
    Path dir;

    private Path resolution() throws Exception {
        return Files.writeString(dir.resolve("res.txt"), """
                The General Assembly,
                Recognizing that the information society offers new ways
                3/15
                to report storms across remote archipelagos,
                1. Adopts the following outcome document:
                Annex
                1. We reaffirm our common vision.
                """);
    }

    @Test
    void theReadersGuessesAreSaidInFrenchAfterAnImport() throws Exception {
        Path text = resolution();
        try (Project p = TestFiles.openSample(dir)) {
            AgreedLibrary.Report r = p.agreedLibrary().importFiles(List.of(text), AgreedLibrary.Details.NONE);
            Messages.use(Locale.FRENCH);
            String detail = AgreedTextsView.detail(r).replace('\u00a0', ' ').replace('\u202f', ' ');
            assertEquals(
                    "res.txt : 1 ligne a été rattachée au paragraphe qui la précède (un paragraphe coupé par un saut"
                            + " de page, ou du texte après un paragraphe du dispositif sans numéro propre)\n"
                            + "res.txt : la numérotation du dispositif recommence (« 1 » apparaît deux fois, par"
                            + " exemple dans une annexe) ; les deux sont cités tels qu’imprimés",
                    detail);
        }
    }

    @Test
    void theCommandLineKeepsItsEnglish() throws Exception {
        Path text = resolution();
        Path file = TestFiles.sampleCopy(dir);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(
                new String[] {"import-agreed", file.toString(), text.toString()},
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(0, exit, err.toString());
        assertTrue(
                err.toString()
                        .contains(text + ": operative numbers start again (\"1\" appears twice, e.g. in an annex);"
                                + " both are cited as printed"),
                err.toString());
        assertTrue(err.toString().contains(text + ": 1 line was joined to the paragraph before it"), err.toString());
    }
}
