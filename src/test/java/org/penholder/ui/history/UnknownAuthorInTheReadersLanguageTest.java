package org.penholder.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.cli.Cli;
import org.penholder.docx.ExportOptions;
import org.penholder.docx.Progress;
import org.penholder.history.Proposal;
import org.penholder.history.ProposalService;
import org.penholder.model.Author;
import org.penholder.model.ParagraphKind;
import org.penholder.project.Project;
import org.penholder.ui.EnglishAfterwards;
import org.penholder.ui.ProjectSession;
import org.penholder.ui.Synchronous;
import org.penholder.ui.common.Messages;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A tracked change nobody signed becomes a proposal of the unknown author: named in the window's
 * language in the Amendments view, in the document's language in a compilation of proposals, and
 * in English by the command line, the project keeping the words older versions kept.
 */
@ExtendWith({ApplicationExtension.class, EnglishAfterwards.class})
class UnknownAuthorInTheReadersLanguageTest {

    private static final Author ME = new Author("Tester", "Co-facilitators");

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // the toolkit only: the view is made on the FX thread by the test
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, exit, err.toString());
        return out.toString();
    }

    /** The words of a Word file's body, its XML tags left out. */
    private static String words(Path docx) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            String xml = new String(
                    zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
            return xml.replaceAll("<[^>]+>", "");
        }
    }

    /**
     * The clean text with "Firmly " inserted as a tracked change without an author before the
     * first words of {@code paragraph}, as a tool that keeps no names writes it.
     */
    private static Path unsigned(Path clean, String paragraph, Path out) throws IOException {
        try (ZipFile zip = new ZipFile(clean.toFile());
                ZipOutputStream to = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(e).readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int text = xml.indexOf(paragraph.substring(0, 20));
                    assertTrue(text > 0, "the paragraph is in the file");
                    int run = xml.lastIndexOf("<w:r>", text);
                    int runWithProperties = xml.lastIndexOf("<w:r ", text);
                    int at = Math.max(run, runWithProperties);
                    xml = xml.substring(0, at)
                            + "<w:ins w:id=\"9001\" w:date=\"2026-11-30T10:00:00Z\"><w:r><w:t xml:space=\"preserve\">"
                            + "Firmly </w:t></w:r></w:ins>" + xml.substring(at);
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                to.putNextEntry(new ZipEntry(e.getName()));
                to.write(bytes);
                to.closeEntry();
            }
        }
        return out;
    }

    @Test
    void anUnsignedTrackedChangeIsTheUnknownAuthorsInEachReadersLanguage() throws Exception {
        Path file = TestFiles.sampleCopy(dir);
        Path clean = dir.resolve("clean.docx");
        String op1;
        try (Project p = Project.open(file, Project.Access.WRITE)) {
            op1 = p.draftService().draft().paragraphsInOrder().stream()
                    .filter(x -> x.kind() == ParagraphKind.OP)
                    .findFirst()
                    .orElseThrow()
                    .text();
            p.docxExporter().export(ExportOptions.clean(), clean, false, Progress.NONE);
        }
        Path delegation = unsigned(clean, op1, dir.resolve("delegation.docx"));

        cli("import-amendments", file.toString(), delegation.toString());
        String listed = cli("proposals", file.toString());
        assertTrue(listed.contains("Unknown author"), "the command line's English: " + listed);

        try (Project p = Project.open(file, Project.Access.WRITE)) {
            Proposal imported = p.proposalService().list(ProposalService.Filter.ALL).stream()
                    .filter(x -> x.text().contains("Firmly"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(Author.UNKNOWN_NAME, imported.proposer(), "kept in the words older versions kept");

            p.documentLanguage().set("fr");
            Path compilation = dir.resolve("compilation.docx");
            p.docxExporter()
                    .export(
                            new ExportOptions(ExportOptions.Kind.COMPILATION, null, ExportOptions.Sources.NONE),
                            compilation,
                            false,
                            Progress.NONE);
            String printed = words(compilation);
            assertTrue(printed.contains("Auteur inconnu"), printed);
            assertFalse(printed.contains("Unknown author"), printed);

            Messages.use(Locale.forLanguageTag("es"));
            ProjectSession session = Synchronous.session(p, ME);
            String shown = WaitForAsyncUtils.asyncFx(() -> {
                        AmendmentsView view = new AmendmentsView(session, () -> "", id -> {});
                        view.viewModel().setShowing(true);
                        view.refresh().join();
                        new javafx.scene.Scene(view, 800, 600);
                        view.applyCss();
                        view.layout();
                        @SuppressWarnings("unchecked")
                        TableView<Proposal> table = (TableView<Proposal>) view.lookup("#proposal-table");
                        int row = table.getItems().indexOf(imported);
                        return row + ":" + table.getColumns().get(1).getCellData(row);
                    })
                    .get(10, TimeUnit.SECONDS);
            assertTrue(shown.endsWith(":Autor desconocido"), "the proposer column, in Spanish: " + shown);
        }
    }
}
