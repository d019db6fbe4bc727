package org.penholder.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.model.Amendment;
import org.penholder.model.AmendmentKind;
import org.penholder.model.AmendmentStatus;
import org.penholder.model.BlockKind;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.model.ParagraphStatus;
import org.penholder.model.RevisionBlock;
import org.penholder.model.Section;
import org.penholder.model.Stakeholder;
import org.penholder.model.Tag;
import org.penholder.model.TagKind;
import org.penholder.project.Project;

/** Every table of the project file: written, closed, opened again, read back the same. */
class SchemaRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void everyTableRoundTrips() {
        Path file = dir.resolve("roundtrip.penholder");
        long inputId;
        long linkId;
        long amendmentId;
        long revisionId;
        Tag tag;
        String arabic = "نؤكد من جديد التزامنا ببناء مجتمع معلومات جامع";
        try (Project p = Project.create(file, "Round trip", "A/80/L.9")) {
            p.meta().put("custom", "value é");
            long groupId = p.stakeholders().ensureGroup("Parliamentarians");
            assertTrue(groupId > 0);
            Stakeholder s = p.stakeholders().findOrCreate("Group of 77 and China", "Member State", "—");
            p.stakeholders().update(new Stakeholder(s.id(), "Group of 77 and China", "Member State", "Global South"));
            inputId = p.inputs()
                    .add(new InputStore.NewInput(
                            s.id(),
                            org.penholder.model.InputKind.WRITTEN,
                            "بيان",
                            "Virtual consultation, 29 July 2025",
                            LocalDate.of(2025, 7, 29),
                            "ar",
                            "g77-ar.docx",
                            arabic))
                    .id();
            tag = p.tags().ensure(TagKind.ACTION_LINE, "C12", "A line of our own");
            p.tags().tagInput(inputId, tag.id());
            p.drafts().insertSection(new Section("s1", "Financing", 0));
            p.drafts()
                    .insertParagraph(
                            new Paragraph("p1", null, ParagraphKind.PP, 0, ParagraphStatus.AGREED, "Recalling,"));
            p.drafts()
                    .insertParagraph(new Paragraph(
                            "p2", "s1", ParagraphKind.OP, 0, ParagraphStatus.BRACKETED, "[shall][should]"));
            linkId =
                    p.links().add("p2", inputId, 5, 12, arabic.substring(5, 12), "a note", "Tester", "[shall][should]");
            revisionId = p.revisions()
                    .create(
                            "Zero draft",
                            "first",
                            "Tester",
                            "Round trip",
                            "A/80/L.9",
                            true,
                            List.of(
                                    new RevisionBlock(0, BlockKind.HEADING, "s1", null, null, "Financing"),
                                    new RevisionBlock(
                                            1,
                                            BlockKind.OP,
                                            "p2",
                                            "OP1",
                                            ParagraphStatus.BRACKETED,
                                            "[shall][should]")))
                    .id();
            amendmentId = p.amendments()
                    .append(new Amendment(
                            0,
                            "p2",
                            null,
                            AmendmentKind.REPLACE_TEXT,
                            "shall",
                            "should",
                            "Tester",
                            "Team",
                            null,
                            s.id(),
                            AmendmentStatus.PROPOSED,
                            "softer",
                            null,
                            null,
                            "{\"k\":1}"))
                    .id();
        }
        try (Project p = Project.open(file, Project.Access.READ)) {
            assertEquals("value é", p.meta().get("custom").orElseThrow());
            assertEquals("A/80/L.9", p.meta().get(MetaStore.SYMBOL).orElseThrow());
            assertTrue(p.stakeholders().groups().contains("Parliamentarians"));
            assertEquals(
                    new Stakeholder(1, "Group of 77 and China", "Member State", "Global South"),
                    p.stakeholders().byName("group of 77 and china").orElseThrow());
            var input = p.inputs().byId(inputId).orElseThrow();
            assertEquals("بيان", input.title());
            assertEquals("Group of 77 and China", input.stakeholder());
            assertEquals("Member State", input.group());
            assertEquals(LocalDate.of(2025, 7, 29), input.date());
            assertEquals("ar", input.language());
            assertEquals(org.penholder.model.InputKind.WRITTEN, input.kind());
            assertEquals("g77-ar.docx", input.originalFile());
            assertEquals(InputStore.sha256(arabic), input.sha256());
            assertEquals(arabic, p.inputs().text(inputId));
            assertEquals(List.of(tag), p.tags().ofInput(inputId));
            assertEquals(
                    1L,
                    (long) p.database()
                            .<Long>read(c ->
                                    Sql.count(c, "SELECT COUNT(*) FROM input_fts WHERE input_fts MATCH 'معلومات'")),
                    "the full-text index holds the input");
            var draft = p.drafts().load();
            assertEquals(List.of(new Section("s1", "Financing", 0)), draft.sections());
            assertEquals(
                    List.of("p1", "p2"),
                    draft.paragraphsInOrder().stream().map(Paragraph::id).toList());
            assertEquals(
                    ParagraphStatus.BRACKETED,
                    p.drafts().paragraph("p2").orElseThrow().status());
            var link = p.links().byId(linkId).orElseThrow();
            assertEquals(arabic.substring(5, 12), link.quote());
            assertEquals("a note", link.note());
            assertEquals(5, link.start());
            assertEquals(12, link.end());
            assertFalse(link.suspect());
            var rev = p.revisions().byId(revisionId).orElseThrow();
            assertTrue(rev.numberingFrozen());
            assertEquals("Round trip", p.revisions().title(revisionId));
            assertEquals(2, p.revisions().blocks(revisionId).size());
            assertEquals("OP1", p.revisions().blocks(revisionId).get(1).label());
            Amendment a = p.amendments().byId(amendmentId).orElseThrow();
            assertEquals(AmendmentStatus.PROPOSED, a.status());
            assertEquals("should", a.after());
            assertEquals("softer", a.rationale());
            assertEquals(1L, a.proposerId());
            assertEquals("{\"k\":1}", a.detail());
            assertNull(a.proposalId());
            assertEquals(List.of(), IntegrityCheck.run(p.database()));
        }
    }

    @Test
    void inputTextAndRevisionsCannotBeRewritten() {
        try (Project p = Project.create(dir.resolve("immutable.penholder"), "Immutable", null)) {
            long id = p.inputs()
                    .add(new InputStore.NewInput(null, null, "Input", null, null, "en", null, "Original words"))
                    .id();
            StoreException e = assertThrows(
                    StoreException.class,
                    () -> p.database()
                            .run(c -> Sql.update(c, "UPDATE input SET text = 'Other words' WHERE id = ?", id)));
            assertTrue(e.getMessage().contains("never changes"), e.getMessage());
            assertEquals("Original words", p.inputs().text(id));
            long rev = p.revisions()
                    .create(
                            "Zero draft",
                            null,
                            "T",
                            "Immutable",
                            null,
                            false,
                            List.of(new RevisionBlock(0, BlockKind.HEADING, "s", null, null, "Heading")))
                    .id();
            assertThrows(
                    StoreException.class,
                    () -> p.database()
                            .run(c -> Sql.update(
                                    c, "UPDATE revision_block SET text = 'changed' WHERE revision_id = ?", rev)));
            assertThrows(
                    StoreException.class,
                    () -> p.revisions().create("zero DRAFT", null, "T", "x", null, false, List.of()),
                    "revision names are unique, whatever their case");
        }
    }

    @Test
    void anExactDuplicateInputIsStoredOnce() {
        try (Project p = Project.create(dir.resolve("dup.penholder"), "Dup", null)) {
            var first =
                    p.inputs().add(new InputStore.NewInput(null, null, "A", null, null, "en", "a.txt", "Same words."));
            var second =
                    p.inputs().add(new InputStore.NewInput(null, null, "B", null, null, "en", "b.txt", "Same words."));
            assertFalse(first.duplicate());
            assertTrue(second.duplicate());
            assertEquals(first.id(), second.id());
            assertEquals(1, p.inputs().count());
        }
    }

    @Test
    void aFailedWriteKeepsNothingOfItself() {
        try (Project p = Project.create(dir.resolve("atomic.penholder"), "Atomic", null)) {
            assertThrows(
                    StoreException.class,
                    () -> p.database().run(c -> {
                        p.drafts()
                                .insertParagraph(new Paragraph(
                                        "ok", null, ParagraphKind.OP, 0, ParagraphStatus.DRAFTING, "kept?"));
                        Sql.update(
                                c,
                                "INSERT INTO paragraph(id, kind, position, created_at) VALUES ('bad', 'XX', 0, 'now')");
                    }));
            assertTrue(p.drafts().paragraph("ok").isEmpty(), "the whole transaction was rolled back");
        }
    }
}
