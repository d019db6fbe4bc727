package org.penholder.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.Footnote;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.project.Project;
import org.penholder.text.Phrase;

/** The draft's footnotes go out as real, numbered Word footnotes where their marks stand, and come back. */
class FootnotesExportTest {

    @TempDir
    Path dir;

    Project project;

    @BeforeEach
    void open() {
        project = TestFiles.openSample(dir);
    }

    @AfterEach
    void close() {
        project.close();
    }

    /** A footnote inside the italic opening of PP1, one in the middle of OP2 and one at the end of OP3. */
    static List<String> footnote(Project project) {
        List<Paragraph> ps = project.draftService().draft().paragraphsInOrder();
        Paragraph pp1 = ps.get(0);
        Paragraph op2 = ps.stream()
                .filter(p -> p.kind() == ParagraphKind.OP)
                .skip(1)
                .findFirst()
                .orElseThrow();
        Paragraph op3 = ps.stream()
                .filter(p -> p.kind() == ParagraphKind.OP)
                .skip(2)
                .findFirst()
                .orElseThrow();
        var notes = project.draftService().footnotes();
        notes.add(pp1.id(), null, pp1.text().indexOf(' '), "Resolution 70/125, annex.", TestAuthors.ME);
        notes.add(op2.id(), null, op2.text().indexOf(','), "See E/CN.16/2025/2, para. 12.", TestAuthors.ME);
        notes.add(op2.id(), null, op2.text().length(), "Second note of the same paragraph.", TestAuthors.ME);
        notes.add(op3.id(), null, op3.text().length(), "Ставка на людей; 以人为本.", TestAuthors.ME);
        return List.of(pp1.id(), op2.id(), op3.id());
    }

    static List<String> notesOf(List<ImportedDraft.Block> blocks) {
        List<String> out = new ArrayList<>();
        for (ImportedDraft.Block b : blocks) {
            for (Footnote f : b.footnotes()) {
                out.add(b.embeddedId() + "@" + f.anchor() + ":" + f.text());
            }
        }
        return out;
    }

    static List<String> notesOf(Project project) {
        List<String> out = new ArrayList<>();
        var draft = project.draftService().draft();
        for (Paragraph p : draft.paragraphsInOrder()) {
            for (Footnote f : draft.footnotesOf(p.id())) {
                out.add(p.id() + "@" + f.anchor() + ":" + f.text());
            }
        }
        return out;
    }

    @Test
    void footnotesAreWrittenWhereTheyStandAndReadBackBesideTheSources() throws Exception {
        footnote(project);
        List<String> expected = notesOf(project);
        assertEquals(4, expected.size());
        for (ExportOptions.Sources sources : ExportOptions.Sources.values()) {
            Path out = dir.resolve("clean-" + sources.code() + ".docx");
            project.docxExporter()
                    .export(new ExportOptions(ExportOptions.Kind.CLEAN, null, sources), out, false, Progress.NONE);
            DocxExporterTest.assertValid(out);
            ImportedDraft back = new DraftDocxReader().read(out, Progress.NONE);
            assertEquals(expected, notesOf(back.blocks()), "sources " + sources.code());
            assertEquals(
                    sources == ExportOptions.Sources.ANNEX
                            ? List.of("the annex after the text was left out")
                            : List.of(),
                    back.warnings().stream().map(Phrase::english).toList());
        }
        try (var poi = DocxExporterTest.poi(dir.resolve("clean-footnotes.docx"))) {
            long notes = poi.getFootnotes().stream()
                    .filter(f -> f.getParagraphs().stream()
                            .anyMatch(x -> !x.getText().isBlank()))
                    .count();
            assertTrue(notes > 4, "the draft's footnotes and the sources' share the footnotes: " + notes);
        }
    }
}
