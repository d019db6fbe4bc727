package org.penholder.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.AmendmentKind;
import org.penholder.model.Ids;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.project.Project;

/**
 * Real files with tracked changes from the corpora (Open-Xml-PowerTools RP and FA, apache-poi
 * delins and change tracking) imported as proposals into a draft holding each file's text as it
 * was before the changes: every file is read or refused with a reason, none crashes; and where
 * the corpora also hold the file with every change accepted, accepting every proposal turns the
 * draft into that file's text (its paragraphs outside headings and tables, whose changes are not
 * proposals).
 */
class CorporaAmendmentsTest {

    private static List<Path> tracked;

    @BeforeAll
    static void corpora() throws IOException {
        Path root = TestFiles.corpora();
        assumeTrue(
                Files.isDirectory(root),
                "the shared corpora are not at " + root.toAbsolutePath()
                        + " (set -Dpenholder.corpora); skipping proposals read from real Word files");
        try (Stream<Path> walk = Files.walk(root)) {
            tracked = walk.filter(p -> {
                        String s = p.toString().replace('\\', '/');
                        String name = p.getFileName().toString();
                        return name.endsWith(".docx")
                                && !name.endsWith("-Accepted.docx")
                                && !name.endsWith("-Rejected.docx")
                                && (s.contains("/TestFiles/RP/")
                                        || s.contains("/TestFiles/FA/")
                                        || name.equals("delins.docx")
                                        || name.contains("changeTracking"));
                    })
                    .sorted()
                    .toList();
        }
        assumeTrue(tracked.size() >= 40, "the corpora hold few files with tracked changes: " + tracked.size());
    }

    /**
     * A project whose draft is the file's text with every change rejected: its headings as sections,
     * its other paragraphs (outside tables) as operative paragraphs, trimmed as an import trims them.
     */
    private static Project draftOf(Path file, Path projectFile) {
        TrackedEdits.Result read = WordFile.read(file, DocxLimits.DEFAULT, Progress.NONE, TrackedEdits::read);
        Project p = Project.create(projectFile, "Corpora", null);
        p.database().run(() -> fill(p, read));
        return p;
    }

    private static void fill(Project p, TrackedEdits.Result read) {
        String section = null;
        int sections = 0;
        int at = 0;
        for (TrackedEdits.Original o : read.originals()) {
            if (o.heading() && !o.inTable() && !o.text().isBlank()) {
                section = Ids.newSectionId();
                p.draftService().addSection(section, o.text().strip(), sections++, TestAuthors.ME);
                at = 0;
            } else if (o.isBody()) {
                p.draftService()
                        .insertParagraph(
                                Ids.newParagraphId(),
                                section,
                                at++,
                                ParagraphKind.OP,
                                o.text().strip(),
                                TestAuthors.ME);
            }
        }
    }

    /** The body paragraphs of a file without changes, trimmed. */
    private static List<String> bodyOf(Path file) {
        return WordFile.read(file, DocxLimits.DEFAULT, Progress.NONE, TrackedEdits::read).originals().stream()
                .filter(TrackedEdits.Original::isBody)
                .map(o -> o.text().strip())
                .toList();
    }

    @Test
    void everyFileWithTrackedChangesIsReadOrRefusedWithAReason(@TempDir Path dir) throws Exception {
        List<String> problems = new ArrayList<>();
        int proposals = 0;
        int files = 0;
        for (Path f : tracked) {
            try (Project p = draftOf(f, dir.resolve("p" + (files++) + ".penholder"))) {
                var r = p.amendmentImport()
                        .importProposals(p.amendmentImport().read(f, Progress.NONE), null, TestAuthors.ME);
                proposals += r.created().size();
                if (r.trackedChanges() > 0
                        && r.created().isEmpty()
                        && r.warnings().isEmpty()) {
                    problems.add(f + ": " + r.trackedChanges() + " changes, no proposal and no word why");
                }
            } catch (DocxException e) {
                if (!e.getMessage().startsWith(f + ": ")) {
                    problems.add(f + ": refused without naming the file: " + e.getMessage());
                }
            } catch (Exception e) {
                problems.add(f + ": " + e);
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(proposals > 100, "proposals read from the corpora: " + proposals);
    }

    private static Path named(String name) {
        return tracked.stream()
                .filter(f -> f.getFileName().toString().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in the corpora"));
    }

    @Test
    void changesBySeveralReviewersAreEachTheirs(@TempDir Path dir) throws Exception {
        Path file = named("RP042-Deleted-Para-Mark-at-End.docx");
        try (Project p = draftOf(file, dir.resolve("rp042.penholder"))) {
            var r = p.amendmentImport()
                    .importProposals(p.amendmentImport().read(file, Progress.NONE), null, TestAuthors.ME);
            assertEquals(
                    java.util.Set.of(
                            "Christe-Baldan, Susana", "Alvarez, Ignacio", "Saez Grau, Ricardo", "Hernandez, Felipe"),
                    r.created().stream()
                            .map(AmendmentImportService.Imported::proposer)
                            .collect(java.util.stream.Collectors.toSet()));
            var replaced = r.created().stream()
                    .filter(i -> i.proposer().startsWith("Alvarez"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(AmendmentKind.REPLACE_TEXT, replaced.kind());
            assertEquals("colaboren", replaced.before().strip());
            assertEquals("cooperen activamente", replaced.after().strip());
        }
        Path delins = named("delins.docx");
        try (Project p = draftOf(delins, dir.resolve("delins.penholder"))) {
            var r = p.amendmentImport()
                    .importProposals(p.amendmentImport().read(delins, Progress.NONE), null, TestAuthors.ME);
            assertTrue(r.created().size() >= 5, r.created().toString());
            assertTrue(
                    r.created().stream().allMatch(i -> i.proposer().equals("pavel")),
                    r.created().toString());
        }
    }

    @Test
    void acceptingEveryProposalGivesTheAcceptedFile(@TempDir Path dir) throws Exception {
        Map<String, String> results = new LinkedHashMap<>();
        int same = 0;
        int n = 0;
        for (Path f : tracked) {
            Path accepted = f.resolveSibling(f.getFileName().toString().replace(".docx", "-Accepted.docx"));
            if (!Files.exists(accepted)) {
                continue;
            }
            try (Project p = draftOf(f, dir.resolve("a" + (n++) + ".penholder"))) {
                var r = p.amendmentImport()
                        .importProposals(p.amendmentImport().read(f, Progress.NONE), null, TestAuthors.ME);
                // new paragraphs after the same paragraph are accepted last first, so that they keep the file's order
                List<AmendmentImportService.Imported> order = new ArrayList<>(r.created().stream()
                        .filter(i -> i.kind() != AmendmentKind.NEW_PARAGRAPH)
                        .toList());
                order.addAll(r.created().stream()
                        .filter(i -> i.kind() == AmendmentKind.NEW_PARAGRAPH)
                        .toList()
                        .reversed());
                List<Long> failed = new ArrayList<>();
                p.database().run(() -> {
                    for (var i : order) {
                        try {
                            p.proposalService().accept(i.id(), TestAuthors.ME);
                        } catch (org.penholder.store.StoreException | org.penholder.draft.CommandRefused e) {
                            failed.add(i.id());
                        }
                    }
                });
                List<String> draft = p.draftService().draft().paragraphsInOrder().stream()
                        .map(Paragraph::text)
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList();
                boolean equal = draft.equals(bodyOf(accepted));
                same += equal ? 1 : 0;
                results.put(
                        f.getFileName().toString(),
                        equal ? "same" : "differs: " + r.warnings() + " not applied " + failed);
            } catch (DocxException e) {
                results.put(f.getFileName().toString(), "refused: " + e.getMessage());
            }
        }
        for (String name : List.of(
                "RP002-Deleted-Text.docx",
                "RP003-Inserted-Text.docx",
                "RP005-Deleted-Paragraph-Mark.docx",
                "RP006-Inserted-Paragraph-Mark.docx",
                "RP007-Multiple-Deleted-Para-Mark.docx",
                "RP008-Multiple-Inserted-Para-Mark.docx",
                "RP015-MoveFrom-MoveTo.docx",
                "RP046-Consecutive-Deleted-Ranges.docx",
                "RP051-Arabic.docx")) {
            assertEquals("same", results.get(name), name + " among " + results);
        }
        // the few that differ hold changes in tables and headings, which are not proposals
        assertTrue(same >= results.size() * 9 / 10, same + " of " + results.size() + ": " + results);
    }
}
