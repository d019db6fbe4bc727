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
        try (WordPackage pkg = WordPackage.open(file, DocxLimits.DEFAULT);
                var in = pkg.mainDocument()) {
            paragraphs = WordBodyReader.read(in, () -> {});
        }
        WordParagraph p = paragraphs.stream()
                .filter(x -> x.acceptedText().startsWith("Decides"))
                .findFirst()
                .orElseThrow();
        assertEquals("Decides to consider\tthe fund;", p.acceptedText());
        assertEquals("Decides to establish\ta fund;", p.originalText());
        assertEquals("Kenya", p.segments().get(1).change().author());
        assertEquals(
                WordParagraph.ChangeKind.DELETED, p.segments().get(1).change().kind());
        assertEquals("Chile", p.segments().get(2).change().author());
        assertEquals("2025-10-01T10:00:00Z", p.segments().get(2).change().date());
    }

    /** Accepted and rejected, the paragraphs {@link #trackedParagraphs} reads as. */
    static final List<String> ACCEPTED =
            List.of("Recalling,", "Decides to consider a fund;", "New paragraph.", "Moved words.");

    static final List<String> REJECTED =
            List.of("Recalling,", "Old paragraph.", "Moved words.", "Decides to establish a fund;");

    @Test
    void wholeParagraphsInsertedDeletedAndMovedGiveBothTexts(@TempDir Path dir) throws Exception {
        Path file = trackedParagraphs(dir.resolve("paragraphs.docx"));
        DocxExporterTest.assertValid(file);
        assertEquals(ACCEPTED, CorporaImportTest.texts(file, false));
        assertEquals(REJECTED, CorporaImportTest.texts(file, true));
        assertEquals(
                ACCEPTED,
                new DraftDocxReader()
                        .read(file, Progress.NONE).blocks().stream()
                                .map(ImportedDraft.Block::text)
                                .toList());
    }

    /** A paragraph deleted, one moved, words replaced, a paragraph inserted: every tracked change a redline needs. */
    static Path trackedParagraphs(Path file) throws Exception {
        RunWriter.ChangeMark eu = new RunWriter.ChangeMark("European Union", Instant.parse("2025-10-03T09:30:00Z"));
        CirculatedText text = new CirculatedText("Changes", "", "Rev.1", null, List.of());
        try (UnDocument doc = UnDocument.create(text, false)) {
            RunWriter runs = new RunWriter(doc);
            runs.text(doc.paragraph(UnDocument.PREAMBULAR), "Recalling,", RunWriter.Format.PLAIN);
            CTP gone = doc.paragraph(UnDocument.OPERATIVE);
            runs.trackParagraphMark(gone, WordParagraph.ChangeKind.DELETED, eu);
            runs.deleted(gone, "Old paragraph.", RunWriter.Format.PLAIN, eu);
            CTP from = doc.paragraph(UnDocument.OPERATIVE);
            runs.trackParagraphMark(from, WordParagraph.ChangeKind.MOVED_FROM, eu);
            var fromRange = runs.startMove(from, true, "move1", eu);
            runs.tracked(from, "Moved words.", RunWriter.Format.PLAIN, WordParagraph.ChangeKind.MOVED_FROM, eu);
            runs.endMove(from, true, fromRange);
            CTP changed = doc.paragraph(UnDocument.OPERATIVE);
            runs.text(changed, "Decides to ", RunWriter.Format.PLAIN);
            runs.deleted(changed, "establish", RunWriter.Format.PLAIN, eu);
            runs.inserted(changed, "consider", RunWriter.Format.PLAIN, eu);
            runs.text(changed, " a fund;", RunWriter.Format.PLAIN);
            CTP added = doc.paragraph(UnDocument.OPERATIVE);
            runs.trackParagraphMark(added, WordParagraph.ChangeKind.INSERTED, eu);
            runs.inserted(added, "New paragraph.", RunWriter.Format.PLAIN, eu);
            CTP to = doc.paragraph(UnDocument.OPERATIVE);
            runs.trackParagraphMark(to, WordParagraph.ChangeKind.MOVED_TO, eu);
            var toRange = runs.startMove(to, false, "move1", eu);
            runs.tracked(to, "Moved words.", RunWriter.Format.PLAIN, WordParagraph.ChangeKind.MOVED_TO, eu);
            runs.endMove(to, false, toRange);
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        return file;
    }
}
