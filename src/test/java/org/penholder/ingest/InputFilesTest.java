package org.penholder.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading files into an input's text: what is kept, and the reason given for what cannot be read. */
class InputFilesTest {

    @TempDir
    Path dir;

    private String reason(Path file) {
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> InputFiles.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), "the message names the file: " + e.getMessage());
        return e.reason();
    }

    @Test
    void aWordFileGivesItsBodyTablesAndFootnotesAsTrackedChangesWouldBeAccepted() throws Exception {
        String body = MadeFiles.p("Recalling the Geneva Plan of Action,")
                + "<w:p><w:r><w:t xml:space=\"preserve\">We ask for </w:t></w:r>"
                + "<w:ins w:id=\"1\" w:author=\"A\"><w:r><w:t>stable </w:t></w:r></w:ins>"
                + "<w:del w:id=\"2\" w:author=\"A\"><w:r><w:delText>temporary </w:delText></w:r></w:del>"
                + "<w:r><w:t xml:space=\"preserve\">funding</w:t></w:r>"
                + "<w:r><w:footnoteReference w:id=\"7\"/></w:r><w:r><w:t>.</w:t></w:r></w:p>"
                + "<w:tbl><w:tr><w:tc>" + MadeFiles.p("Cluster") + "</w:tc><w:tc>" + MadeFiles.p("Request")
                + "</w:tc></w:tr>"
                + "<w:tr><w:tc>" + MadeFiles.p("Capacity building") + "</w:tc><w:tc>" + MadeFiles.p("Train teachers")
                + MadeFiles.p("in every region") + "</w:tc></w:tr></w:tbl>"
                + "<w:p><w:moveFrom w:id=\"3\" w:author=\"A\"><w:r><w:t>moved away</w:t></w:r></w:moveFrom>"
                + "<w:r><w:t>Last words</w:t><w:tab/><w:t>here</w:t></w:r></w:p>";
        String notes =
                "<w:footnote w:id=\"7\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> See A/RES/70/125.</w:t></w:r></w:p></w:footnote>";
        Path file = MadeFiles.docx(dir.resolve("submission.docx"), body, notes);
        assertEquals("""
                Recalling the Geneva Plan of Action,
                We ask for stable funding[1].
                Cluster\tRequest
                Capacity building\tTrain teachers in every region
                Last words\there
                Footnotes
                [1] See A/RES/70/125.""", InputFiles.read(file));
    }

    @Test
    void markdownIsReadWithoutItsMarks() throws Exception {
        String text = InputFiles.read(MadeFiles.multilingual().resolve("fr-etat-membre.md"));
        assertTrue(text.startsWith("Contribution de la délégation"), text);
        assertTrue(text.contains("Nous saluons la consultation ouverte"), text);
        assertTrue(text.contains("Le Forum sur la gouvernance de l'Internet"), text);
        assertFalse(text.contains("**") || text.contains("# ") || text.contains("](http"), text);
    }

    @Test
    void textFilesAreReadInTheirEncodingAndNormalised() throws Exception {
        Path latin1 = dir.resolve("old.txt");
        Files.write(latin1, "Développement durable\r\nà Genève\r\n".getBytes(Charset.forName("windows-1252")));
        assertEquals("Développement durable\nà Genève", InputFiles.read(latin1));

        Path utf16 = dir.resolve("utf16.txt");
        byte[] body = "Цифровое сотрудничество".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(utf16, bytes);
        assertEquals("Цифровое сотрудничество", InputFiles.read(utf16));

        // "é" as e + combining accent becomes one letter, so that search finds it either way
        Path decomposed = MadeFiles.write(dir.resolve("nfd.txt"), "De\u0301veloppement\n\n\n\nFin  ");
        assertEquals("Développement\n\nFin", InputFiles.read(decomposed));
    }

    @Test
    void hostileAndForeignFilesAreRefusedWithAReason() throws Exception {
        assertTrue(reason(MadeFiles.write(dir.resolve("empty.docx"), "")).contains("empty (0 bytes)"));
        assertTrue(reason(MadeFiles.jpegNamed(dir.resolve("photo.docx"))).contains("image (JPEG)"));
        assertTrue(reason(MadeFiles.pdf(dir.resolve("locked.pdf"), "secret", "Confidential"))
                .contains("password"));
        assertTrue(reason(MadeFiles.zipBomb(dir.resolve("bomb.docx"))).contains("zip bomb"));
        assertTrue(reason(MadeFiles.write(dir.resolve("notes.docx"), "plain text named .docx"))
                .contains("not a Word document"));
        assertTrue(reason(dir.resolve("missing.txt")).contains("does not exist"));
        Path binary = dir.resolve("data.txt");
        Files.write(binary, new byte[] {1, 0, 2, 0, 3});
        assertTrue(reason(binary).contains("not a text file"));
        Path truncated = dir.resolve("truncated.docx");
        byte[] whole = Files.readAllBytes(MadeFiles.docx(dir.resolve("whole.docx"), MadeFiles.p("text"), null));
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertFalse(reason(truncated).isBlank());
    }

    @Test
    void anExternalEntityIsNeverResolved() throws Exception {
        Path secret = MadeFiles.write(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        Path file = MadeFiles.externalEntity(dir.resolve("xxe.docx"), secret);
        try {
            String text = InputFiles.read(file);
            assertFalse(text.contains("TOP-SECRET"), text);
        } catch (UnreadableFileException e) {
            assertFalse(e.getMessage().contains("TOP-SECRET"));
            assertTrue(e.reason().contains("entity") || e.reason().contains("document type"), e.reason());
        }
    }

    @Test
    void aPdfWithoutPasswordIsRead() throws Exception {
        Path file = MadeFiles.pdf(dir.resolve("open.pdf"), null, "Bridging the digital divide", "requires investment.");
        String text = InputFiles.read(file);
        assertTrue(text.contains("Bridging the digital divide"), text);
        assertTrue(text.contains("requires investment."), text);
    }
}
