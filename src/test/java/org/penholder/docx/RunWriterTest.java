package org.penholder.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * The run writer's tracked changes (the redline's building block): schema-valid, and read back with
 * their authors, accepted and rejected, by the reader that will read delegations' files.
 */
class RunWriterTest {

    @Test
    void trackedInsertionsAndDeletionsCarryTheirAuthorAndReadBothWays(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("changes.docx");
        CirculatedText text = new CirculatedText("Changes", "A/1/L.1", "Rev.1", LocalDate.of(2025, 10, 1), List.of());
        try (UnDocument doc = UnDocument.create(text, false)) {
            RunWriter runs = new RunWriter(doc);
            CTP p = doc.paragraph(UnDocument.OPERATIVE);
            RunWriter.ChangeMark chile = new RunWriter.ChangeMark("Chile", Instant.parse("2025-10-01T10:00:00Z"));
            RunWriter.ChangeMark kenya = new RunWriter.ChangeMark("Kenya", Instant.parse("2025-10-02T10:00:00Z"));
            runs.text(p, "Decides to ", RunWriter.Format.PLAIN);
            runs.deleted(p, "establish\ta", RunWriter.Format.PLAIN, kenya);
            runs.inserted(p, "consider\tthe", RunWriter.Format.PLAIN, chile);
            runs.text(p, " fund;", RunWriter.Format.PLAIN);
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        DocxExporterTest.assertValid(file);
        List<WordParagraph> paragraphs;
        try (WordPackage pkg = WordPackage.open(file, DocxLimits.DEFAULT); var in = pkg.mainDocument()) {
            paragraphs = WordBodyReader.read(in, () -> { });
        }
        WordParagraph p = paragraphs.stream().filter(x -> x.acceptedText().startsWith("Decides")).findFirst().orElseThrow();
        assertEquals("Decides to consider\tthe fund;", p.acceptedText());
        assertEquals("Decides to establish\ta fund;", p.originalText());
        assertEquals("Kenya", p.segments().get(1).change().author());
        assertEquals(WordParagraph.ChangeKind.DELETED, p.segments().get(1).change().kind());
        assertEquals("Chile", p.segments().get(2).change().author());
        assertEquals("2025-10-01T10:00:00Z", p.segments().get(2).change().date());
    }
}
