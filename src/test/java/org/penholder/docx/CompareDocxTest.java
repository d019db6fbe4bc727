package org.penholder.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.penholder.TestFiles;
import org.penholder.history.ChangeKind;
import org.penholder.history.Comparison;
import org.penholder.history.DocumentVersion;
import org.penholder.history.ParagraphChange;
import org.penholder.project.Project;
import org.penholder.text.MessageBundle;
import org.penholder.text.Phrase;

/** Word files as delegations send them: numbered by Word, or with numbers typed by hand. */
public class CompareDocxTest {

    @TempDir
    Path dir;

    static final List<String> PREAMBLE = List.of(
            "Recalling the outcomes of the World Summit on the Information Society,",
            "Recognizing that the digital divide persists between and within countries,");
    public static final List<String> OPERATIVE = List.of(
            "Decides to hold a high-level meeting on the overall review in 2035;",
            "Calls upon all stakeholders to bridge digital divides, including the gender digital divide;",
            "Requests the Secretary-General to report on progress annually through the Commission on Science and Technology;",
            "Encourages Member States to develop national digital strategies that include the protection of human rights online;",
            "Invites the Internet Governance Forum to continue its work as a multistakeholder platform. Decides to renew the mandate of the Forum for a further ten years.");

    /** Rev.1: a new paragraph after OP1, and the last one split in two. */
    public static List<String> revised() {
        return List.of(
                OPERATIVE.get(0),
                "Stresses the role of youth in shaping an inclusive digital future;",
                OPERATIVE.get(1),
                OPERATIVE.get(2),
                OPERATIVE.get(3),
                "Invites the Internet Governance Forum to continue its work as a multistakeholder platform;",
                "Decides to renew the mandate of the Forum for a further ten years;");
    }

    /** Writes a draft: a heading, unnumbered preamble, and operative paragraphs numbered by Word or typed. */
    public static Path write(Path file, List<String> operative, boolean automatic) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                OutputStream out = Files.newOutputStream(file)) {
            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Heading1");
            title.createRun().setText("Outcome document of the high-level meeting");
            for (String pp : PREAMBLE) {
                doc.createParagraph().createRun().setText(pp);
            }
            doc.createParagraph(); // an empty paragraph, as in real files
            BigInteger numId = automatic ? decimalList(doc) : null;
            int n = 0;
            for (String op : operative) {
                XWPFParagraph p = doc.createParagraph();
                n++;
                if (automatic) {
                    p.setNumID(numId);
                    p.createRun().setText(op);
                } else {
                    p.createRun().setText(n + ".\t" + op);
                }
            }
            doc.write(out);
        }
        return file;
    }

    private static BigInteger decimalList(XWPFDocument doc) {
        XWPFNumbering numbering = doc.createNumbering();
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ONE);
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        lvl.addNewLvlText().setVal("%1.");
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
        return numbering.addNum(abstractId);
    }

    @Test
    void readsPreambleAndNumbersBothWaysWithTheTitleApart() throws IOException {
        for (boolean automatic : new boolean[] {true, false}) {
            DocumentVersion v = DocumentFiles.read(write(dir.resolve("z" + automatic + ".docx"), OPERATIVE, automatic));
            assertTrue(
                    v.blocks().stream().noneMatch(b -> b.text().startsWith("Outcome document")),
                    "the title is not a paragraph");
            List<DocumentVersion.Block> paragraphs = v.paragraphs();
            assertEquals(
                    List.of("PP1", "PP2", "OP1", "OP2", "OP3", "OP4", "OP5"),
                    paragraphs.stream().map(DocumentVersion.Block::label).toList(),
                    "automatic " + automatic);
            assertEquals(OPERATIVE.get(2), paragraphs.get(4).text(), "the typed number is not part of the text");
        }
    }

    @Test
    void comparesTwoWordFilesRecognisingRenumberingAndASplit() throws IOException {
        for (boolean automatic : new boolean[] {true, false}) {
            Path older = write(dir.resolve("zero-" + automatic + ".docx"), OPERATIVE, automatic);
            Path newer = write(dir.resolve("rev1-" + automatic + ".docx"), revised(), automatic);
            Comparison c = DocumentFiles.compare(older, newer).comparison();
            assertEquals(new Comparison.Summary(6, 0, 1, 0, 1, 0, 0), c.summary(), "automatic " + automatic);
            List<ParagraphChange> differences = c.differences();
            assertEquals(ChangeKind.ADDED, differences.get(0).kind());
            assertEquals(List.of("OP2"), differences.get(0).toLabels());
            assertEquals(ChangeKind.SPLIT, differences.get(1).kind());
            assertEquals(List.of("OP5"), differences.get(1).fromLabels());
            assertEquals(List.of("OP6", "OP7"), differences.get(1).toLabels());
            ParagraphChange renumbered = c.changes().stream()
                    .filter(x -> x.fromLabels().equals(List.of("OP4")))
                    .findFirst()
                    .orElseThrow();
            assertEquals(ChangeKind.UNCHANGED, renumbered.kind());
            assertEquals(List.of("OP5"), renumbered.toLabels());
        }
    }

    @Test
    void refusesWhatIsNotAWordFileNamingIt() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.docx"), "not a Word file at all");
        DocxException e = assertThrows(DocxException.class, () -> DocumentFiles.read(text));
        assertTrue(
                e.getMessage().startsWith(text.toString()) && e.getMessage().contains("not a Word file"),
                e.getMessage());
        Path missing = dir.resolve("missing.docx");
        assertTrue(assertThrows(DocxException.class, () -> DocumentFiles.read(missing))
                .getMessage()
                .contains("does not exist"));
    }

    @Test
    void realNumberedWordFilesAreReadOrRefusedWithAReason() throws IOException {
        Path corpora = TestFiles.corpora();
        Assumptions.assumeTrue(Files.isDirectory(corpora), "the shared corpora are not at " + corpora + "; skipping");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpora)) {
            files = walk.filter(
                            p -> p.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx"))
                    .filter(p -> p.toString()
                            .toLowerCase(java.util.Locale.ROOT)
                            .matches(".*(numbering|list).*")) // the files about numbers
                    .sorted()
                    .toList();
        }
        assertTrue(files.size() > 10, "numbered files in the corpora: " + files.size());
        int read = 0;
        for (Path f : files) {
            try {
                DocumentFiles.read(f);
                read++;
            } catch (DocxException e) {
                assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
            }
        }
        assertTrue(read > files.size() / 2, read + " of " + files.size() + " read");
    }

    @Test
    void trackedChangesReadAsAccepted() {
        Path file = TestFiles.corpora().resolve("apache-poi/test-data/document/delins.docx");
        Assumptions.assumeTrue(
                Files.isRegularFile(file), "the shared corpora are not at " + TestFiles.corpora() + "; skipping");
        List<String> texts = DocumentFiles.read(file).paragraphs().stream()
                .map(DocumentVersion.Block::text)
                .toList();
        assertTrue(
                texts.stream().anyMatch(t -> t.contains("Saturn's satellite Rhea")), "inserted words are in: " + texts);
        assertTrue(
                texts.stream().noneMatch(t -> t.contains("A pendant worn in place of the red spot")),
                "deleted words are out");
    }

    /** The zero draft as a Secretariat might send it: title, status and date lines, numbered by LibreOffice, notes. */
    public static FodtDraft zeroDraft(boolean automatic) {
        FodtDraft d = new FodtDraft()
                .title("Outcome document of the high-level meeting of the General Assembly on the overall review")
                .line("Zero draft")
                .line("Draft of 4 December 2026")
                .paragraph("Recalling its resolution 70/125 of 16 December 2015,{fn:A/RES/70/125.} and the outcomes"
                        + " of the World Summit on the Information Society,")
                .paragraph("Recognizing that the digital divide persists between and within countries,")
                .heading("Follow-up and review");
        List<String> ops = List.of(
                "Decides to hold a high-level meeting on the overall review in 2035;",
                "Calls upon all stakeholders to bridge digital divides;{fn:See E/CN.16/2025/2, para. 12.}",
                "Requests the Secretary-General to report annually;",
                "Invites the Internet Governance Forum to continue its work.{en:The Forum met in Riyadh in 2024.}");
        for (int k = 0; k < ops.size(); k++) {
            if (automatic) {
                d.numbered(ops.get(k));
            } else {
                d.typed((k + 1) + ".", ops.get(k));
            }
        }
        return d;
    }

    /** Rev.1: a new OP2, a footnote changed, a table after the last paragraph. */
    public static FodtDraft rev1(boolean automatic, String tableCell) {
        FodtDraft d = new FodtDraft()
                .title("Outcome document of the high-level meeting of the General Assembly on the overall review")
                .line("Rev.1")
                .line("Draft of 18 January 2027")
                .paragraph("Recalling its resolution 70/125 of 16 December 2015,{fn:A/RES/70/125, annex.} and the"
                        + " outcomes of the World Summit on the Information Society,")
                .paragraph("Recognizing that the digital divide persists between and within countries,")
                .heading("Follow-up and review");
        List<String> ops = List.of(
                "Decides to hold a high-level meeting on the overall review in 2035;",
                "Stresses the role of youth in shaping an inclusive digital future;",
                "Calls upon all stakeholders to bridge digital divides;{fn:See E/CN.16/2025/2, para. 12.}",
                "Requests the Secretary-General to report annually;",
                "Invites the Internet Governance Forum to continue its work.{en:The Forum met in Riyadh in 2024.}");
        for (int k = 0; k < ops.size(); k++) {
            if (automatic) {
                d.numbered(ops.get(k));
            } else {
                d.typed((k + 1) + ".", ops.get(k));
            }
        }
        return d.table(List.of(List.of("Milestone", "Year"), List.of(tableCell, "2030")));
    }

    @Test
    void draftsMadeByLibreOfficeReadTheirMastheadNumbersAndFootnotes() throws Exception {
        List<Path> files = FodtDraft.toDocx(
                dir,
                List.of("zero-auto", "rev1-typed", "rev1-typed-b"),
                List.of(zeroDraft(true), rev1(false, "Review"), rev1(false, "Overall review")));
        ImportedDraft zero = new DraftDocxReader().read(files.get(0), Progress.NONE);
        assertEquals("Zero draft", zero.status());
        assertTrue(zero.title().startsWith("Outcome document"), zero.title());
        assertEquals(
                List.of("PP1", "PP2", "OP1", "OP2", "OP3", "OP4"),
                zero.version("z").paragraphs().stream()
                        .map(DocumentVersion.Block::label)
                        .toList(),
                "the title, status and date lines are not paragraphs");
        ImportedDraft.Block pp1 = zero.blocks().get(0);
        assertEquals(1, pp1.footnotes().size());
        assertEquals("A/RES/70/125.", pp1.footnotes().get(0).text());
        assertEquals(
                "Recalling its resolution 70/125 of 16 December 2015,",
                pp1.text().substring(0, pp1.footnotes().get(0).anchor()));
        ImportedDraft.Block op4 = zero.blocks().get(zero.blocks().size() - 1);
        assertEquals(
                "The Forum met in Riyadh in 2024.", op4.footnotes().get(0).text(), "an endnote is read as a footnote");
        assertEquals(op4.text().length(), op4.footnotes().get(0).anchor());

        DocumentFiles.FileComparison c = DocumentFiles.compare(files.get(0), files.get(1));
        assertEquals(
                new Comparison.Summary(5, 1, 1, 0, 0, 0, 0),
                c.comparison().summary(),
                c.comparison().toString());
        ParagraphChange footnoted = c.comparison().differences().get(0);
        assertEquals(List.of("PP1"), footnoted.toLabels(), "a changed footnote is a change of its paragraph");
        assertEquals(1, footnoted.footnoteChanges().size());
        assertEquals(
                "A/RES/70/125{+, annex+}.",
                footnoted.footnoteChanges().get(0).diff().stream()
                        .map(s -> switch (s.op()) {
                            case EQUAL -> s.text();
                            case DELETE -> "[-" + s.text() + "-]";
                            case INSERT -> "{+" + s.text() + "+}";
                        })
                        .collect(java.util.stream.Collectors.joining()));
        assertEquals(List.of("table after OP5 added"), english(c.otherChanges()));
        assertEquals(
                List.of("table after OP5 changed"),
                english(DocumentFiles.compare(files.get(1), files.get(2)).otherChanges()),
                "a change in a table is never \"unchanged\"");
        assertTrue(
                DocumentFiles.compare(files.get(1), files.get(1)).otherChanges().isEmpty());
    }

    @Test
    void tablesImagesTextBoxesAndFootnotesThatChangedAreNeverUnchanged() throws Exception {
        List<Path> boxes = FodtDraft.toDocx(
                dir,
                List.of("box-a", "box-b"),
                List.of(
                        zeroDraft(true).textBox("Timeline: review in 2035", "Figure 1."),
                        zeroDraft(true).textBox("Timeline: review in 2030", "Figure 1.")));
        assertEquals(
                List.of("text box in OP4 changed"),
                english(DocumentFiles.compare(boxes.get(0), boxes.get(1)).otherChanges()));
        // a French window says it in French, the noun's gender agreed
        MessageBundle french = MessageBundle.load(
                MessageBundle.INTERFACE, Locale.FRENCH, getClass().getClassLoader());
        assertEquals(
                List.of("zone de texte dans OP4 modifiée"),
                DocumentFiles.compare(boxes.get(0), boxes.get(1)).otherChanges().stream()
                        .map(french::format)
                        .toList());
        ImportedDraft box = new DraftDocxReader().read(boxes.get(0), Progress.NONE);
        assertTrue(
                english(box.warnings()).contains("1 text box in OP4 was not imported"),
                english(box.warnings()).toString());

        Path corpora = TestFiles.corpora().resolve("Open-Xml-PowerTools/TestFiles");
        Assumptions.assumeTrue(Files.isDirectory(corpora), "the shared corpora are not at " + corpora);
        DocumentFiles.FileComparison image = DocumentFiles.compare(
                corpora.resolve("RC/RC002-Image.docx"), corpora.resolve("RC/RC002-Image-After1.docx"));
        assertTrue(
                english(image.otherChanges()).stream().anyMatch(c -> c.startsWith("image ") && c.endsWith(" added")),
                english(image.otherChanges()).toString());
        DocumentFiles.FileComparison table = DocumentFiles.compare(
                corpora.resolve("RP/RP009-Deleted-Table-Row-Rejected.docx"),
                corpora.resolve("RP/RP009-Deleted-Table-Row-Accepted.docx"));
        assertTrue(
                english(table.otherChanges()).stream().anyMatch(c -> c.startsWith("table ") && c.endsWith(" changed")),
                english(table.otherChanges()).toString());
        Comparison footnote = DocumentFiles.compare(
                        corpora.resolve("RP/RP050-Deleted-Footnote-Rejected.docx"),
                        corpora.resolve("RP/RP050-Deleted-Footnote-Accepted.docx"))
                .comparison();
        assertTrue(
                footnote.differences().stream()
                        .flatMap(c -> c.footnoteChanges().stream())
                        .anyMatch(f -> f.kind() == ChangeKind.DELETED),
                footnote.toString());
    }

    @Test
    void compareDocxGivesWhatImportingBothAndComparingTheRevisionsGives() throws Exception {
        List<Path[]> pairs = new ArrayList<>();
        pairs.add(new Path[] {
            write(dir.resolve("zero-auto.docx"), OPERATIVE, true),
            write(dir.resolve("rev1-typed.docx"), revised(), false)
        });
        List<Path> made =
                FodtDraft.toDocx(dir, List.of("lo-zero", "lo-rev1"), List.of(zeroDraft(true), rev1(false, "Review")));
        pairs.add(new Path[] {made.get(0), made.get(1)});
        Path corpora = TestFiles.corpora().resolve("Open-Xml-PowerTools/TestFiles");
        if (Files.isDirectory(corpora)) {
            for (String[] names : List.of(
                    new String[] {"RC/RC001-Before.docx", "RC/RC001-After1.docx"},
                    new String[] {"RC/RC003-Multi-Paras.docx", "RC/RC003-Multi-Paras-After.docx"},
                    new String[] {"RC/RC007-Endnotes-Before.docx", "RC/RC007-Endnotes-After.docx"},
                    new String[] {"CA/CA001-Plain.docx", "CA/CA001-Plain-Mod.docx"})) {
                pairs.add(new Path[] {corpora.resolve(names[0]), corpora.resolve(names[1])});
            }
        }
        for (Path[] pair : pairs) {
            Comparison direct = DocumentFiles.compare(pair[0], pair[1]).comparison();
            Path project = dir.resolve("p" + pairs.indexOf(pair) + ".penholder");
            Comparison imported;
            try (Project p = Project.create(project, "Comparing", "")) {
                DraftDocxReader reader = new DraftDocxReader();
                p.draftImport().importAsRevision(reader.read(pair[0], Progress.NONE), "older", TestAuthors.ME);
                p.draftImport().importAsRevision(reader.read(pair[1], Progress.NONE), "newer", TestAuthors.ME);
                imported = p.revisionService().compare("older", "newer");
            }
            assertEquals(seen(imported), seen(direct), pair[0] + " -> " + pair[1]);
            assertEquals(imported.summary(), direct.summary());
        }
    }

    /** What a reader of a comparison sees: everything but the ids, which an import makes up. */
    private static List<String> seen(Comparison c) {
        return c.changes().stream()
                .map(x -> String.join(
                        " | ",
                        x.kind().code(),
                        String.valueOf(x.moved()),
                        String.valueOf(x.paragraphKind()),
                        String.valueOf(x.fromLabels()),
                        String.valueOf(x.toLabels()),
                        String.valueOf(x.fromTexts()),
                        String.valueOf(x.toTexts()),
                        String.valueOf(x.diff()),
                        x.section()))
                .toList();
    }

    /** The reader's warnings as the command line prints them. */
    private static List<String> english(List<Phrase> warnings) {
        return warnings.stream().map(Phrase::english).toList();
    }
}
