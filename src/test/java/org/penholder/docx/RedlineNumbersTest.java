package org.penholder.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.project.Project;

/**
 * A redline from a Zero draft numbered by Word to a Rev.1 with typed numbers, both made by
 * LibreOffice, rendered by LibreOffice with its changes shown: every paragraph shows its Rev.1
 * number; a deleted one its old number, struck; a renumbered one its old number struck and its new
 * number inserted, once. Moves, a split and a merge included; footnotes changed inside the redline.
 * The rendered pages are kept in {@code target/redline-numbers/} to be looked at.
 */
class RedlineNumbersTest {

    @TempDir
    static Path dir;

    static Path redline;
    static String printed;

    static final String A = "Decides to hold a high-level meeting on the overall review in 2035;";
    static final String B = "Calls upon all stakeholders to bridge digital divides;{fn:See A/RES/70/125, para. 4.}";
    static final String B1 =
            "Calls upon all stakeholders to bridge digital divides and data divides;{fn:See A/RES/70/125, paras. 4 and 5.}";
    static final String C = "Requests the Secretary-General to report annually on progress;";
    static final String D = "Encourages Member States to develop national digital strategies;";
    static final String E = "Invites the Internet Governance Forum to continue its work as a multistakeholder platform."
            + " Decides to renew the mandate of the Forum for a further ten years.";
    static final String E1 =
            "Invites the Internet Governance Forum to continue its work as a multistakeholder platform;";
    static final String E2 = "Decides to renew the mandate of the Forum for a further ten years;";
    static final String F = "Recognizes the role of youth in shaping an inclusive digital future,";
    static final String G = "and stresses the need for their meaningful participation of youth in the review;";
    static final String FG =
            "Recognizes the role of youth in shaping an inclusive digital future, and stresses the need"
                    + " for their meaningful participation of youth in the review;";
    static final String H = "Decides to remain seized of the matter.{fn:Adopted without a vote.}";
    static final String NEW = "Welcomes the contributions of all stakeholders to the review;";

    @BeforeAll
    static void render() throws Exception {
        LibreOffice.require();
        FodtDraft zero = new FodtDraft()
                .title("Outcome document of the overall review")
                .line("Zero draft")
                .paragraph("Recalling its resolution 70/125,")
                .heading("Follow-up");
        for (String op : List.of(A, B, C, D, E, F, G, H)) {
            zero.numbered(op);
        }
        FodtDraft rev1 = new FodtDraft()
                .title("Outcome document of the overall review")
                .line("Rev.1")
                .paragraph("Recalling its resolution 70/125,")
                .heading("Follow-up");
        List<String> ops = List.of(A, NEW, B1, D, E1, E2, C, FG);
        for (int k = 0; k < ops.size(); k++) {
            rev1.typed((k + 1) + ".", ops.get(k));
        }
        List<Path> files = FodtDraft.toDocx(dir, List.of("zero", "rev1"), List.of(zero, rev1));
        redline = dir.resolve("redline.docx");
        try (Project p = Project.create(dir.resolve("review.penholder"), "Review", "")) {
            DraftDocxReader reader = new DraftDocxReader();
            p.draftImport().importAsRevision(reader.read(files.get(0), Progress.NONE), "Zero draft", TestAuthors.ME);
            p.draftImport().importAsRevision(reader.read(files.get(1), Progress.NONE), "Rev.1", TestAuthors.ME);
            p.docxExporter().export(ExportOptions.redline("Zero draft", "Rev.1"), redline, false, Progress.NONE);
        }
        Path out = Path.of("target", "redline-numbers");
        Path pdf = LibreOffice.convert(List.of(redline), "pdf", out, Duration.ofSeconds(120))
                .get(0);
        printed = pdftotext(pdf);
        run(List.of(
                "pdftoppm",
                "-png",
                "-r",
                "80",
                pdf.toString(),
                out.resolve("redline").toString()));
    }

    private static String pdftotext(Path pdf) throws Exception {
        Path txt = pdf.resolveSibling("redline.txt");
        run(List.of("pdftotext", "-layout", pdf.toString(), txt.toString()));
        return Files.readString(txt);
    }

    private static void run(List<String> command) throws Exception {
        assumeTrue(
                Files.isExecutable(Path.of("/usr/bin/" + command.get(0))) || which(command.get(0)),
                command.get(0) + " (poppler) is not installed");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), command.toString());
        assertEquals(
                0,
                p.exitValue(),
                new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static boolean which(String name) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, name))) {
                return true;
            }
        }
        return false;
    }

    /** What stands before each paragraph's first words on its printed line, in reading order. */
    static List<String> numbersBefore(String text, List<String> firstWords) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (String words : firstWords) {
            int at = text.indexOf(words, from);
            assertTrue(at >= 0, "\"" + words + "\" is printed after " + from + ": " + text);
            int lineStart = text.lastIndexOf('\n', at) + 1;
            out.add(text.substring(lineStart, at).replaceAll("\\s+", ""));
            from = at + words.length();
        }
        return out;
    }

    @Test
    void everyParagraphShowsItsNewNumberAndItsOldOneStruckWhenItChanged() {
        assertEquals(
                List.of("1.", "2.", "2.3.", "3.", "4.", "5.", "6.", "7.", "6.8.", "7.", "8."),
                numbersBefore(
                        printed,
                        List.of(
                                "Decides to hold", // kept: 1
                                "Welcomes", // new: 2
                                "Calls upon", // renumbered: 2 struck, 3
                                "Requests", // moved away: 3 struck
                                "Encourages", // 4 in both
                                "Invites the Internet", // split: 5 in both
                                "Decides to renew", // its second part: 6
                                "Requests", // moved here: 7
                                "Recognizes the role", // merged: 6 struck, 8
                                "and stresses", // its second part: 7 struck
                                "Decides to remain")), // deleted: 8 struck
                printed);
        assertFalse(printed.matches("(?s).*\\[\\d+\\.\\].*"), "no bracketed numbers: " + printed);
    }

    @Test
    void numbersAreTypedAsChangesSoThatAcceptAndRejectGiveEachVersionsNumbers() throws Exception {
        List<String> deleted = new ArrayList<>();
        List<String> inserted = new ArrayList<>();
        for (WordParagraph p : RedlineExportTest.paragraphs(redline)) {
            for (WordParagraph.Segment s : p.segments()) {
                if (s.text().matches("\\d+\\.\\t?") && s.change() != null) {
                    (s.change().kind().adds() ? inserted : deleted).add(s.text().strip());
                }
            }
        }
        assertEquals(List.of("2.", "3.", "6.", "7.", "8."), deleted);
        assertEquals(List.of("2.", "3.", "6.", "7.", "8."), inserted);
        ImportedDraft accepted = new DraftDocxReader().read(redline, Progress.NONE);
        assertEquals(
                List.of("OP1", "OP2", "OP3", "OP4", "OP5", "OP6", "OP7", "OP8"),
                accepted.blocks().stream()
                        .filter(b -> b.label() != null && b.kind() == org.penholder.model.BlockKind.OP)
                        .map(b -> b.label().code())
                        .toList());
    }

    @Test
    void aChangedFootnoteIsTrackedInsideItAndADeletedOneGoesWithItsParagraph() {
        WordFile w = WordFile.read(redline, DocxLimits.DEFAULT, Progress.NONE, f -> f);
        List<String> accepted = new ArrayList<>();
        List<String> original = new ArrayList<>();
        for (String note : w.notes().keySet()) {
            if (note.startsWith("footnote:")) {
                accepted.add(w.noteText(note, true));
                original.add(w.noteText(note, false));
            }
        }
        assertTrue(accepted.contains("See A/RES/70/125, paras. 4 and 5."), accepted.toString());
        assertTrue(original.contains("See A/RES/70/125, para. 4."), original.toString());
        ImportedDraft back = new DraftDocxReader().read(redline, Progress.NONE);
        assertEquals(
                List.of("See A/RES/70/125, paras. 4 and 5."),
                back.blocks().stream()
                        .flatMap(b -> b.footnotes().stream())
                        .map(f -> f.text())
                        .toList(),
                "accepted, the redline holds Rev.1's one footnote; H's went with it");
        assertTrue(printed.contains("Adopted without a vote."), "the deleted footnote still prints, struck");
    }
}
