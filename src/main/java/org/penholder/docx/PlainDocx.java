package org.penholder.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Writes a plain Word document of paragraphs: a submission as a stakeholder would send it. */
public final class PlainDocx {

    private PlainDocx() {}

    /** Writes {@code paragraphs}, one Word paragraph each, to a new .docx file. */
    public static void write(Path file, List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                OutputStream out = Files.newOutputStream(file)) {
            for (String text : paragraphs) {
                doc.createParagraph().createRun().setText(text);
            }
            doc.write(out);
        }
    }
}
