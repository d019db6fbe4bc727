package org.penholder.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.penholder.history.CompareService;
import org.penholder.history.Comparison;
import org.penholder.history.DocumentVersion;
import org.penholder.history.ParagraphChange;
import org.penholder.history.UnreadableDocumentException;
import org.penholder.model.BlockKind;

/** Word files as delegations send them: numbered by Word, or with numbers typed by hand. */
public class DocxParagraphReaderTest {

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
    void readsHeadingsPreambleAndNumbersBothWays() throws IOException {
        for (boolean automatic : new boolean[] {true, false}) {
            DocumentVersion v =
                    DocxParagraphReader.read(write(dir.resolve("z" + automatic + ".docx"), OPERATIVE, automatic));
            assertEquals(BlockKind.HEADING, v.blocks().get(0).kind());
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
            Comparison c = CompareService.compare(DocxParagraphReader.read(older), DocxParagraphReader.read(newer));
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
        UnreadableDocumentException e =
                assertThrows(UnreadableDocumentException.class, () -> DocxParagraphReader.read(text));
        assertTrue(
                e.getMessage().startsWith(text.toString()) && e.getMessage().contains("not a readable Word"),
                e.getMessage());
        Path missing = dir.resolve("missing.docx");
        assertTrue(assertThrows(UnreadableDocumentException.class, () -> DocxParagraphReader.read(missing))
                .getMessage()
                .contains("does not exist"));
    }

    @Test
    void realNumberedWordFilesAreReadOrRefusedWithAReason() throws IOException {
        Path corpora = TestFiles.corpora();
        Assumptions.assumeTrue(Files.isDirectory(corpora), "the shared corpora are not at " + corpora + "; skipping");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpora)) {
            files = walk.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".docx"))
                    .filter(p -> p.toString()
                            .toLowerCase(Locale.ROOT)
                            .matches(".*(numbering|list).*")) // the files about numbers
                    .sorted()
                    .toList();
        }
        assertTrue(files.size() > 10, "numbered files in the corpora: " + files.size());
        int read = 0;
        for (Path f : files) {
            try {
                DocxParagraphReader.read(f);
                read++;
            } catch (UnreadableDocumentException e) {
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
        List<String> texts = DocxParagraphReader.read(file).paragraphs().stream()
                .map(DocumentVersion.Block::text)
                .toList();
        assertTrue(
                texts.stream().anyMatch(t -> t.contains("Saturn's satellite Rhea")), "inserted words are in: " + texts);
        assertTrue(
                texts.stream().noneMatch(t -> t.contains("A pendant worn in place of the red spot")),
                "deleted words are out");
    }
}
