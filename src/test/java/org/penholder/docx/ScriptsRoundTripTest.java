package org.penholder.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.model.Ids;
import org.penholder.model.ParagraphKind;
import org.penholder.project.Project;

/** Arabic, Chinese and Russian text go out and come back unchanged; Arabic paragraphs read right to left. */
class ScriptsRoundTripTest {

    static final String ARABIC = "إذ تشير إلى قرارها 70/125 المؤرخ 16 كانون الأول/ديسمبر 2015، بشأن الوثيقة الختامية،";
    static final String CHINESE = "决定于2025年举行高级别会议，全面审查信息社会世界峰会成果的落实情况。";
    static final String RUSSIAN =
            "Призывает все заинтересованные стороны продолжать сотрудничество в целях преодоления цифрового разрыва;";
    static final String HEADING = "Последующая деятельность и обзор";

    /** A project whose draft is written in three scripts besides Latin. */
    static Project multilingual(Path file) {
        Project p = Project.create(file, "Проект итогового документа", "A/80/L.99");
        var s = p.draftService();
        s.insertParagraph(Ids.newParagraphId(), null, 0, ParagraphKind.PP, ARABIC, TestAuthors.ME);
        s.insertParagraph(
                Ids.newParagraphId(), null, 1, ParagraphKind.PP, "Recalling its resolution 70/125,", TestAuthors.ME);
        String section = Ids.newSectionId();
        s.addSection(section, HEADING, 0, TestAuthors.ME);
        s.insertParagraph(Ids.newParagraphId(), section, 0, ParagraphKind.OP, CHINESE, TestAuthors.ME);
        s.insertParagraph(Ids.newParagraphId(), section, 1, ParagraphKind.OP, RUSSIAN, TestAuthors.ME);
        s.insertParagraph(
                Ids.newParagraphId(), section, 2, ParagraphKind.OP, "يقرر أن يبقي المسألة قيد نظره.", TestAuthors.ME);
        return p;
    }

    @Test
    void threeScriptsComeBackUnchanged(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("scripts.docx");
        CirculatedText text;
        try (Project p = multilingual(dir.resolve("m.penholder"))) {
            text = p.docxExporter().text(null);
            p.docxExporter().export(ExportOptions.clean(), out, false, Progress.NONE);
        }
        DocxExporterTest.assertValid(out);
        ImportedDraft back = new DraftDocxReader().read(out, Progress.NONE);
        assertEquals(DocxExporterTest.blocksOf(text), DocxExporterTest.blocksOf(back));
        assertEquals("Проект итогового документа", back.title());

        try (XWPFDocument doc = DocxExporterTest.poi(out)) {
            for (XWPFParagraph p : doc.getParagraphs()) {
                boolean arabic = p.getText().contains("قرار") || p.getText().contains("يقرر");
                boolean bidi =
                        p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetBidi();
                assertEquals(arabic, bidi, "right to left exactly where the text is Arabic: " + p.getText());
                if (arabic) {
                    assertTrue(p.getRuns().stream()
                            .allMatch(r -> r.getCTR().getRPr() != null
                                    && r.getCTR().getRPr().sizeOfRtlArray() > 0));
                    assertFalse(p.getRuns().stream().anyMatch(r -> r.isItalic()), "no italics in Arabic");
                }
            }
            var fonts = doc.getStyles()
                    .getCtStyles()
                    .getDocDefaults()
                    .getRPrDefault()
                    .getRPr()
                    .getRFontsArray(0);
            assertEquals("Noto Naskh Arabic", fonts.getCs());
            assertEquals("Noto Serif CJK SC", fonts.getEastAsia());
            assertEquals("Noto Serif", fonts.getAscii());
        }
    }
}
