package org.penholder.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.history.Redline;
import org.penholder.model.Author;
import org.penholder.model.Ids;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.model.RevisionBlock;
import org.penholder.project.Project;
import org.penholder.project.SampleProject;
import org.penholder.store.AmendmentStore;
import org.penholder.text.DocumentWords;

/**
 * The redline between two revisions (or a revision and the current draft) as Word tracked changes:
 * schema-valid; every change accepted gives the newer text and every change rejected the older,
 * as Word resolves tracked changes; each change carries who made it and when; read back as a draft
 * it gives the newer version's paragraphs, numbers, ids and text.
 */
class RedlineExportTest {

    static final Author BEN = new Author("Ben Editor", "Co-facilitators");

    @TempDir
    Path dir;

    /** The paragraph that says {@code start}. */
    static Paragraph paragraph(Project p, String start) {
        return p.draftService().draft().paragraphsInOrder().stream()
                .filter(x -> x.text().startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starts with " + start));
    }

    /**
     * Edits the sample by two people and freezes "Rev.1": words changed, a paragraph added, one
     * deleted, one moved, one split, one made operative, a heading renamed.
     */
    static void editAndFreeze(Project p) {
        var s = p.draftService();
        List<Paragraph> ops = p.draftService().draft().paragraphsInOrder().stream()
                .filter(x -> x.kind() == ParagraphKind.OP)
                .toList();
        Paragraph first = ops.get(0);
        s.setText(first.id(), first.text().replaceFirst("support", "strongly support"), TestAuthors.ME, null);
        s.deleteParagraph(ops.get(4).id(), BEN);
        Paragraph second = ops.get(1);
        s.insertParagraph(
                Ids.newParagraphId(),
                second.sectionId(),
                second.position() + 1,
                ParagraphKind.OP,
                "Decides to convene a multistakeholder review of financing for digital development;",
                TestAuthors.ME);
        Paragraph third = ops.get(2);
        Paragraph seventh = ops.get(7);
        s.moveParagraph(third.id(), seventh.sectionId(), seventh.position() + 1, BEN);
        Paragraph ninth = ops.get(9);
        int cut = ninth.text().indexOf(' ', ninth.text().length() / 2);
        s.split(
                ninth.id(),
                Ids.newParagraphId(),
                ninth.text().substring(0, cut),
                ninth.text().substring(cut + 1),
                TestAuthors.ME,
                List.of());
        Paragraph preamble = p.draftService().draft().paragraphsInOrder().get(2);
        s.setKind(preamble.id(), ParagraphKind.OP, BEN);
        String section = p.drafts().load().sections().get(1).id();
        s.renameSection(section, p.drafts().load().sections().get(1).title() + " and cooperation", BEN);
        s.endBurst();
        p.revisionService().freeze("Rev.1", null, TestAuthors.ME);
    }

    /** The non-empty paragraph texts of a text as Word shows it: symbol, title, then the blocks. */
    static List<String> shown(CirculatedText text) {
        List<String> out = new ArrayList<>();
        for (String s : List.of(text.symbol(), text.title())) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        for (RevisionBlock b : text.blocks()) {
            if (!b.text().isBlank()) {
                out.add(b.text().strip());
            }
        }
        return out;
    }

    /**
     * The non-empty paragraph texts of a redline once its changes are accepted (or rejected): as
     * {@link #shown}, each operative paragraph's number typed before it ("12.", tab), as the redline
     * types them (docs/adr/0131).
     */
    static List<String> shownInRedline(CirculatedText text) {
        List<String> out = new ArrayList<>();
        for (String s : List.of(text.symbol(), text.title())) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        for (RevisionBlock b : text.blocks()) {
            String number = b.kind() == org.penholder.model.BlockKind.OP
                    ? CirculatedText.label(b).map(l -> l.numberText() + ".\t").orElse("")
                    : "";
            if (!(number + b.text()).isBlank()) {
                out.add((number + b.text()).strip());
            }
        }
        return out;
    }

    static List<WordParagraph> paragraphs(Path file) throws Exception {
        try (WordPackage pkg = WordPackage.open(file, DocxLimits.DEFAULT);
                var in = pkg.mainDocument()) {
            return WordBodyReader.read(in, () -> {});
        }
    }

    @Test
    void acceptAllGivesTheNewerRevisionAndRejectAllTheOlder() throws Exception {
        Path out = dir.resolve("redline.docx");
        CirculatedText older;
        CirculatedText newer;
        DocxExporter.ExportResult result;
        try (Project p = TestFiles.openSample(dir)) {
            editAndFreeze(p);
            older = p.docxExporter().text(SampleProject.FIRST_REVISION);
            newer = p.docxExporter().text("Rev.1");
            result = p.docxExporter()
                    .export(ExportOptions.redline(SampleProject.FIRST_REVISION, "Rev.1"), out, false, Progress.NONE);
        }
        DocxExporterTest.assertValid(out);
        assertEquals(shownInRedline(newer), CorporaImportTest.texts(out, false));
        assertEquals(shownInRedline(older), CorporaImportTest.texts(out, true));
        assertEquals(
                8,
                result.changes(),
                "lines holding a change: 1 changed, 1 added, 1 deleted, 2 moved, 1 split, "
                        + "1 made operative, 1 heading");

        ImportedDraft back = new DraftDocxReader().read(out, Progress.NONE);
        assertEquals(
                DocxExporterTest.blocksOf(newer),
                DocxExporterTest.blocksOf(back),
                "read back, the redline is the newer revision: paragraphs, numbers, ids and text");
    }

    @Test
    void everyChangeCarriesWhoMadeItAndWhen() throws Exception {
        Path out = dir.resolve("authors.docx");
        Map<String, AmendmentStore.LastChange> last;
        try (Project p = TestFiles.openSample(dir)) {
            Instant zero = p.revisions()
                    .byName(SampleProject.FIRST_REVISION)
                    .orElseThrow()
                    .createdAt();
            editAndFreeze(p);
            last = p.amendments().lastChanges(zero, Instant.now());
            p.docxExporter()
                    .export(ExportOptions.redline(SampleProject.FIRST_REVISION, "Rev.1"), out, false, Progress.NONE);
        }
        List<WordParagraph> paragraphs = paragraphs(out);
        WordParagraph strengthened = paragraphs.stream()
                .filter(x -> x.acceptedText().contains("strongly support"))
                .findFirst()
                .orElseThrow();
        WordParagraph.Change inserted = strengthened.segments().stream()
                .filter(s -> s.change() != null && s.text().contains("strongly"))
                .findFirst()
                .orElseThrow()
                .change();
        assertEquals(WordParagraph.ChangeKind.INSERTED, inserted.kind());
        assertEquals("Ana Drafter", inserted.author());
        String id = ParagraphBookmarks.id(strengthened.bookmarks().get(0)).orElseThrow();
        assertEquals(
                last.get(id)
                        .at()
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                        .toString(),
                inserted.date(),
                "the date of the amendment that made it");

        WordParagraph deleted = paragraphs.stream()
                .filter(x -> !x.markKeptWhenAccepted()
                        && x.acceptedText().isEmpty()
                        && x.markChanges().get(0).kind() == WordParagraph.ChangeKind.DELETED)
                .findFirst()
                .orElseThrow();
        assertEquals("Ben Editor", deleted.markChanges().get(0).author());
        assertTrue(
                deleted.bookmarks().stream().noneMatch(b -> b.startsWith(ParagraphBookmarks.PREFIX)),
                "a paragraph that goes away on Accept carries no id that would land on its neighbour");

        List<WordParagraph> moved = paragraphs.stream()
                .filter(x -> x.markChanges().stream()
                        .anyMatch(c -> c.kind() == WordParagraph.ChangeKind.MOVED_FROM
                                || c.kind() == WordParagraph.ChangeKind.MOVED_TO))
                .toList();
        assertEquals(2, moved.size(), "the moved paragraph leaves and arrives");
        assertEquals(
                moved.get(0).originalText().replaceFirst("^[^\t]*\t", ""),
                moved.get(1).acceptedText().replaceFirst("^[^\t]*\t", ""),
                "the same words leave and arrive, each under its own number");
        assertEquals(
                Set.of("Ben Editor"),
                moved.stream().map(m -> m.markChanges().get(0).author()).collect(Collectors.toSet()));
        assertTrue(Files.size(out) > 0);
    }

    @Test
    void aParagraphThatChangedKindKeepsItsFormerStyleAsATrackedChange() throws Exception {
        Path out = dir.resolve("kind.docx");
        try (Project p = TestFiles.openSample(dir)) {
            editAndFreeze(p);
            p.docxExporter()
                    .export(ExportOptions.redline(SampleProject.FIRST_REVISION, "Rev.1"), out, false, Progress.NONE);
        }
        try (var doc = DocxExporterTest.poi(out)) {
            var changed = doc.getParagraphs().stream()
                    .filter(x ->
                            x.getCTP().getPPr() != null && x.getCTP().getPPr().isSetPPrChange())
                    .toList();
            assertEquals(1, changed.size());
            var former = changed.get(0).getCTP().getPPr().getPPrChange();
            assertEquals(UnDocument.PREAMBULAR, former.getPPr().getPStyle().getVal());
            assertFalse(former.getPPr().isSetNumPr(), "as a preambular paragraph it had no number");
            assertEquals(UnDocument.OPERATIVE, changed.get(0).getStyleID());
            assertEquals("Ben Editor", former.getAuthor());
        }
    }

    @Test
    void theCurrentDraftAgainstARevisionIncludesTheChangesNotYetFrozen() throws Exception {
        Path out = dir.resolve("current.docx");
        CirculatedText older;
        CirculatedText newer;
        try (Project p = TestFiles.openSample(dir)) {
            editAndFreeze(p);
            Paragraph first = paragraph(p, "We commit");
            p.draftService().setText(first.id(), first.text() + " We note the progress made.", BEN, null);
            older = p.docxExporter().text("Rev.1");
            newer = p.docxExporter().text(null);
            p.docxExporter().export(ExportOptions.redline("Rev.1", null), out, false, Progress.NONE);
        }
        DocxExporterTest.assertValid(out);
        assertEquals(shownInRedline(newer), CorporaImportTest.texts(out, false));
        assertEquals(shownInRedline(older), CorporaImportTest.texts(out, true));
        WordParagraph changed = paragraphs(out).stream()
                .filter(x -> x.changeCount() > 0)
                .findFirst()
                .orElseThrow();
        assertEquals(
                " We note the progress made.",
                changed.segments().get(changed.segments().size() - 1).text());
        assertEquals(
                "Ben Editor",
                changed.segments().get(changed.segments().size() - 1).change().author());
    }

    @Test
    void frozenNumbersComeBackAndTypedNumbersGoAwayOnRejectAll() throws Exception {
        Path out = dir.resolve("frozen-redline.docx");
        CirculatedText older;
        CirculatedText newer;
        try (Project p = TestFiles.openSample(dir)) {
            FrozenNumberingExportTest.freezeAndEdit(p);
            older = p.docxExporter().text(SampleProject.FIRST_REVISION);
            newer = p.docxExporter().text(null);
            p.docxExporter()
                    .export(ExportOptions.redline(SampleProject.FIRST_REVISION, null), out, false, Progress.NONE);
        }
        DocxExporterTest.assertValid(out);
        assertEquals(shownInRedline(older), CorporaImportTest.texts(out, true), "the older numbers come back");
        ImportedDraft back = new DraftDocxReader().read(out, Progress.NONE);
        assertEquals(
                DocxExporterTest.blocksOf(newer),
                DocxExporterTest.blocksOf(back),
                "2 bis, 2 ter, the gap after 4, 7 decies");
    }

    @Test
    void arabicChineseAndRussianChangesSurviveBothWays() throws Exception {
        Path out = dir.resolve("scripts-redline.docx");
        CirculatedText older;
        CirculatedText newer;
        try (Project p = multilingualRevisions(dir.resolve("m.penholder"))) {
            older = p.docxExporter().text("Zero draft");
            newer = p.docxExporter().text("Rev.1");
            p.docxExporter().export(ExportOptions.redline("Zero draft", "Rev.1"), out, false, Progress.NONE);
        }
        DocxExporterTest.assertValid(out);
        assertEquals(shownInRedline(newer), CorporaImportTest.texts(out, false));
        assertEquals(shownInRedline(older), CorporaImportTest.texts(out, true));
        List<String> inserted = paragraphs(out).stream()
                .flatMap(x -> x.segments().stream())
                .filter(x -> x.change() != null && x.change().kind() == WordParagraph.ChangeKind.INSERTED)
                .map(WordParagraph.Segment::text)
                .toList();
        assertEquals(
                List.of("قراراتها", "全体", "активизировать"), inserted, "whole words, and single Chinese characters");
    }

    /** The multilingual draft frozen as "Zero draft", then words changed in Arabic, Chinese and Russian, frozen as "Rev.1". */
    static Project multilingualRevisions(Path file) {
        Project p = ScriptsRoundTripTest.multilingual(file);
        p.revisionService().freeze("Zero draft", null, TestAuthors.ME);
        var s = p.draftService();
        Paragraph arabic = paragraph(p, ScriptsRoundTripTest.ARABIC.substring(0, 8));
        s.setText(arabic.id(), arabic.text().replace("قرارها", "قراراتها"), BEN, null);
        Paragraph chinese = paragraph(p, "决定");
        s.setText(chinese.id(), chinese.text().replace("高级别会议", "高级别全体会议"), BEN, null);
        Paragraph russian = paragraph(p, "Призывает");
        s.setText(russian.id(), russian.text().replace("продолжать", "активизировать"), TestAuthors.ME, null);
        p.revisionService().freeze("Rev.1", null, TestAuthors.ME);
        return p;
    }

    @Test
    void aRedlineNeedsARevisionToStartFromAndTakesNoSources() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ExportOptions(ExportOptions.Kind.REDLINE, null, ExportOptions.Sources.NONE));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ExportOptions(ExportOptions.Kind.REDLINE, null, ExportOptions.Sources.ANNEX, "Zero draft"));
        try (Project p = TestFiles.openSample(dir)) {
            org.penholder.draft.CommandRefused e = assertThrows(
                    org.penholder.draft.CommandRefused.class,
                    () -> p.docxExporter()
                            .export(ExportOptions.redline("Rev.7", null), dir.resolve("x.docx"), false, Progress.NONE));
            assertTrue(e.getMessage().contains("no revision named \"Rev.7\""), e.getMessage());
        }
        assertFalse(Files.exists(dir.resolve("x.docx")));
    }

    @Test
    void aRedlineStartsByDefaultFromTheRevisionBefore() {
        List<String> revisions = List.of("Zero draft", "Rev.1", "Rev.2");
        assertEquals("Rev.1", ExportOptions.redlineBase(revisions, "Rev.2"));
        assertEquals(
                "Rev.2", ExportOptions.redlineBase(revisions, null), "the current draft: from the latest revision");
        assertEquals(null, ExportOptions.redlineBase(revisions, "Zero draft"));
        assertEquals(null, ExportOptions.redlineBase(List.of(), null));
    }

    @Test
    void withoutAnAmendmentInBetweenTheChangeIsTheNewerVersionsMakers() {
        Redline nothing = new Redline("a", "b", List.of());
        RedlineContent content = new RedlineContent(
                new CirculatedText("", "", "a", null, List.of()),
                nothing,
                Map.of(
                        "p1",
                        new AmendmentStore.LastChange("p1", "Ana Drafter", Instant.parse("2025-10-02T09:00:00Z")),
                        "p2",
                        new AmendmentStore.LastChange("p2", "Ben Editor", Instant.parse("2025-10-03T09:00:00Z"))),
                "Secretariat",
                Instant.parse("2025-10-05T12:00:00Z"));
        assertEquals(
                new RunWriter.ChangeMark("Ben Editor", Instant.parse("2025-10-03T09:00:00Z")),
                content.markOf(List.of("p1", "p2"), DocumentWords.english()),
                "the latest amendment of the paragraphs of the change");
        assertEquals(
                new RunWriter.ChangeMark("Secretariat", Instant.parse("2025-10-05T12:00:00Z")),
                content.markOf(List.of("p9"), DocumentWords.english()));
    }
}
