package org.penholder.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.penholder.text.Phrase;

/**
 * The text of a PDF (Apache PDFBox): lines of a paragraph joined with spaces, a line per paragraph.
 * A PDF that needs a password to open is refused with that reason; a scanned PDF has no text.
 */
final class PdfText {

    private PdfText() {}

    static String extract(Path file) throws UnreadableFileException {
        // a scratch file, not the heap, holds what PDFBox buffers, so a huge PDF cannot exhaust memory
        try (PDDocument doc = Loader.loadPDF(
                new RandomAccessReadBufferedFile(file), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator(" ");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd("\n");
            stripper.setAddMoreFormatting(false);
            String text = stripper.getText(doc);
            if (text.isBlank() && doc.getNumberOfPages() > 0) {
                throw new UnreadableFileException(file, Phrase.of("unreadable.scannedPdf"));
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new UnreadableFileException(file, Phrase.of("unreadable.password"), e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(file, Phrase.of("unreadable.damagedPdf", Texts.reason(e)), e);
        }
    }
}
