package org.penholder.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.BlockKind;
import org.penholder.model.Input;
import org.penholder.model.Link;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.model.RevisionBlock;
import org.penholder.model.TagKind;
import org.penholder.store.IntegrityCheck;
import org.penholder.store.MetaStore;

/** The sample project a newcomer first sees, built from the consultation summary. */
class SampleProjectTest {

    @TempDir
    Path dir;

    @Test
    void oneInputPerClusterOfTheSummaryTaggedWithIt() {
        try (Project p = TestFiles.openSample(dir)) {
            assertEquals(DefaultLists.ENGLISH.clusters().size(), p.inputs().count());
            for (Input in : p.inputs().all()) {
                assertTrue(DefaultLists.ENGLISH.clusters().contains(in.title()), in.title());
                var tags = p.tags().ofInput(in.id());
                assertEquals(1, tags.size());
                assertEquals(TagKind.CLUSTER, tags.get(0).kind());
                assertEquals(in.title(), tags.get(0).name());
                assertEquals("Virtual consultation, 29 July 2025", in.occasion());
                assertEquals(org.penholder.model.InputKind.ORAL, in.kind(), "the consultation's inputs were spoken");
                assertEquals(SampleProject.SOURCE_FILE, in.originalFile());
                assertTrue(in.stakeholder() != null && in.group() != null, "every input has a stakeholder and a group");
            }
            String digital = p.inputs().text(p.inputs().all().get(1).id());
            assertTrue(digital.startsWith("Speakers noted that the digital economy is expanding rapidly"), digital);
            assertTrue(digital.endsWith("anchored in inclusion, fair competition, human rights and accountability."));
            assertEquals(SampleProject.CREDIT, p.meta().get(MetaStore.CREDIT).orElseThrow());
        }
    }

    @Test
    void stakeholdersSitInTheGroupsTheSummaryNames() {
        try (Project p = TestFiles.openSample(dir)) {
            var groupOf = p.stakeholders().all().stream().collect(Collectors.toMap(s -> s.name(), s -> s.group()));
            assertEquals("Private sector", groupOf.get("Business associations"));
            assertEquals("Civil society", groupOf.get("Civil-society organisations"));
            assertEquals("Youth", groupOf.get("Youth networks"));
            assertEquals("Member State", groupOf.get("Member-State representatives"));
            assertEquals("Technical community", groupOf.get("Technical community"));
            assertEquals("Academia", groupOf.get("Human rights experts"));
        }
    }

    @Test
    void everyParagraphDrawsOnPassagesThatAreReallyInItsInputs() {
        try (Project p = TestFiles.openSample(dir)) {
            var draft = p.draftService().draft();
            long pp = draft.paragraphs().stream()
                    .filter(x -> x.kind() == ParagraphKind.PP)
                    .count();
            assertTrue(pp >= 3, "a few preambular paragraphs");
            Set<String> sections = new HashSet<>();
            draft.sections().forEach(s -> sections.add(s.title()));
            assertEquals(new HashSet<>(DefaultLists.ENGLISH.clusters()), sections, "a section per cluster");
            for (Paragraph para : draft.paragraphs()) {
                var links = p.links().ofParagraph(para.id());
                assertTrue(!links.isEmpty(), "paragraph has sources: " + para.text());
                for (Link l : links) {
                    assertEquals(p.inputs().text(l.inputId()).substring(l.start(), l.end()), l.quote());
                }
            }
            assertTrue(p.info().counts().links() >= draft.paragraphs().size());
            assertEquals(java.util.List.of(), IntegrityCheck.run(p.database()));
        }
    }

    @Test
    void theZeroDraftIsFrozenAndTheDraftHasAHistory() {
        try (Project p = TestFiles.openSample(dir)) {
            var rev = p.revisions().byName(SampleProject.FIRST_REVISION).orElseThrow();
            var blocks = p.revisions().blocks(rev.id());
            var draft = p.draftService().draft();
            assertEquals(
                    draft.paragraphs().size(),
                    blocks.stream().filter(b -> b.kind().isParagraph()).count());
            assertEquals(
                    draft.sections().size(),
                    blocks.stream().filter(b -> b.kind() == BlockKind.HEADING).count());
            RevisionBlock first = blocks.get(0);
            assertEquals("PP1", first.label());
            assertEquals(draft.paragraphsInOrder().get(0).text(), first.text());
            for (Paragraph para : draft.paragraphs()) {
                assertTrue(
                        !p.amendments().ofParagraph(para.id()).isEmpty(),
                        "every paragraph's history starts with its creation");
            }
        }
    }
}
