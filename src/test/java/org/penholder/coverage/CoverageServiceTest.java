package org.penholder.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.InputCoverage;
import org.penholder.model.Link;
import org.penholder.model.ParagraphKind;
import org.penholder.model.Uptake;
import org.penholder.project.Project;

/** Coverage on a project whose figures are known, and on the sample project. */
class CoverageServiceTest {

    @TempDir
    Path dir;

    MadeUpProject m;
    CoverageService service;

    @BeforeEach
    void create() {
        m = new MadeUpProject(dir.resolve("made-up.penholder"));
        service = m.project.coverage();
    }

    @AfterEach
    void close() {
        m.project.close();
    }

    private Coverage draft() {
        return service.compute(CoverageScope.workingDraft());
    }

    /** name -> "inputs/reflected", for the rows that have inputs. */
    private static Map<String, String> figures(List<Uptake> rows) {
        Map<String, String> out = new LinkedHashMap<>();
        rows.stream().filter(Uptake::hasInputs).forEach(u -> out.put(u.name(), u.inputs() + "/" + u.reflected()));
        return out;
    }

    private static List<String> orphans(Coverage c) {
        return c.orphans().stream().map(p -> p.paragraph().code()).toList();
    }

    private static Map<String, Map<String, Integer>> balance(Coverage c) {
        return c.paragraphs().stream()
                .collect(Collectors.toMap(
                        p -> p.paragraph().code(), ParagraphSources::inputsByGroup, (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    void countsInputsAndReflectedInputsByGroupAndCluster() {
        Coverage c = draft();
        assertEquals(
                Map.of(
                        "Member State",
                        "1/1",
                        "Private sector",
                        "1/0",
                        "Civil society",
                        "2/1",
                        "Technical community",
                        "1/1",
                        Uptake.NO_GROUP,
                        "1/1"),
                figures(c.groups()));
        assertEquals(
                List.of(
                        "Member State",
                        "Observer/IGO",
                        "UN entity",
                        "Private sector",
                        "Civil society",
                        "Technical community",
                        "Academia",
                        "Youth",
                        Uptake.NO_GROUP),
                c.groups().stream().map(Uptake::name).toList(),
                "every group of the list, in its order, then inputs without a group");
        assertEquals(0.5, c.groups().get(4).share());
        assertEquals("50%", c.groups().get(4).percent());
        assertEquals("\u2013", c.groups().get(1).percent(), "no share for a group without inputs");

        assertEquals(
                Map.of(
                        "ICT for Development",
                        "1/1",
                        "Bridging Digital Divides",
                        "1/1",
                        "Human Rights and Ethical Dimensions",
                        "1/1",
                        "Internet Governance",
                        "2/2",
                        "Data Governance",
                        "1/0",
                        Uptake.NO_CLUSTER,
                        "1/0"),
                figures(c.clusters()));
        assertEquals(16, c.clusters().size(), "the 15 clusters and the inputs without one");
        assertEquals(new Uptake("All inputs", 6, 4), c.total());
    }

    @Test
    void anInputLinkedTwiceCountsOnceAndOrphansAndBalanceAreKnown() {
        Coverage c = draft();
        assertEquals(
                List.of(m.icc, m.apcOral),
                c.unreflected().stream().map(InputCoverage::id).toList(),
                "unreflected inputs, by group order (Private sector before Civil society)");
        InputCoverage oral = c.unreflected().get(1);
        assertEquals(List.of("Data Governance"), oral.clusters());
        assertEquals("Civil society", oral.group());
        assertEquals(0, oral.paragraphs());

        assertEquals(List.of("OP3"), orphans(c));
        Map<String, Map<String, Integer>> balance = balance(c);
        assertEquals(Map.of("Member State", 1), balance.get("PP1"));
        assertEquals(
                Map.of("Civil society", 1, "Technical community", 1),
                balance.get("OP1"),
                "OP1 links APC's input twice: one input");
        assertEquals(Map.of("Civil society", 1, Uptake.NO_GROUP, 1), balance.get("OP2"));
        assertEquals(Map.of(), balance.get("OP3"));
        assertEquals(
                List.of("PP1"),
                c.oneGroupOnly().stream().map(p -> p.paragraph().code()).toList());
        assertEquals(
                List.of("Member State", "Civil society", "Technical community", Uptake.NO_GROUP), c.sourceGroups());

        Map<String, SectionSources> sections =
                c.sections().stream().collect(Collectors.toMap(SectionSources::title, s -> s));
        assertEquals(
                List.of(ScopeParagraph.PREAMBLE, "Section A", "Section B"),
                c.sections().stream().map(SectionSources::title).toList());
        assertEquals(
                Map.of("Civil society", 1, "Technical community", 1, Uptake.NO_GROUP, 1),
                sections.get("Section A").inputsByGroup(),
                "APC's input, drawn on by OP1 and OP2, counts once in the section");
        assertEquals(3, sections.get("Section A").inputs());
        assertEquals(2, sections.get("Section A").paragraphs());
        assertEquals(0, sections.get("Section B").inputs());
    }

    @Test
    void removingLinksChangesTheFigures() {
        m.project.links().remove(m.op1ToIsoc);
        Coverage c = draft();
        assertEquals("1/0", figures(c.groups()).get("Technical community"));
        assertEquals("2/1", figures(c.clusters()).get("Internet Governance"));
        assertEquals(
                List.of(m.icc, m.apcOral, m.isoc),
                c.unreflected().stream().map(InputCoverage::id).toList());
        assertEquals(Map.of("Civil society", 1), balance(c).get("OP1"));
        assertEquals(
                List.of("PP1", "OP1"),
                c.oneGroupOnly().stream().map(p -> p.paragraph().code()).toList());

        m.project.links().remove(m.op1ToApcFirst);
        assertEquals(
                "2/1",
                figures(draft().groups()).get("Civil society"),
                "APC's input is still linked by another passage");
        m.project.links().remove(m.op1ToApcSecond);
        c = draft();
        assertEquals("2/1", figures(c.groups()).get("Civil society"), "and by OP2");
        assertEquals(List.of("OP1", "OP3"), orphans(c));

        m.link(m.op3, m.apcOral, "Data governance");
        c = draft();
        assertEquals("2/2", figures(c.groups()).get("Civil society"));
        assertEquals(List.of("OP1"), orphans(c));
    }

    @Test
    void aRevisionCountsItsOwnParagraphsWithTheirLinks() {
        m.project.revisionService().freeze("Rev.1", null, MadeUpProject.AUTHOR);
        m.project.draftService().deleteParagraph(m.op2, MadeUpProject.AUTHOR);
        m.project
                .draftService()
                .insertParagraph("opnew", m.sectionB, 1, ParagraphKind.OP, "We also decide.", MadeUpProject.AUTHOR);
        m.link("opnew", m.apcOral, "Data governance");

        Coverage now = draft();
        Coverage rev1 = service.compute(service.scope("rev.1"));
        assertEquals("Rev.1", rev1.scope().name());
        assertEquals(
                "1/0",
                figures(now.groups()).get(Uptake.NO_GROUP),
                "OP2, deleted, no longer reflects the unsigned input");
        assertEquals("1/1", figures(rev1.groups()).get(Uptake.NO_GROUP), "but Rev.1 holds OP2");
        assertEquals("2/2", figures(now.groups()).get("Civil society"));
        assertEquals("2/1", figures(rev1.groups()).get("Civil society"), "the new paragraph is not in Rev.1");
        assertEquals(
                List.of("PP1", "OP1", "OP2", "OP3"),
                rev1.paragraphs().stream().map(p -> p.paragraph().code()).toList());
        assertFalse(rev1.paragraphs().get(2).paragraph().inDraft(), "OP2 of Rev.1 is gone from the draft");
        assertTrue(rev1.paragraphs().get(1).paragraph().inDraft());
        assertEquals("2.", rev1.paragraphs().get(2).paragraph().display());
        assertEquals(List.of("OP3"), orphans(rev1));

        // links are not versioned: a link made now to a paragraph of Rev.1 counts for Rev.1 (as its definition says)
        m.link(m.op3, m.icc, "legal certainty");
        assertEquals(List.of(), orphans(service.compute(service.scope("Rev.1"))));
        assertTrue(rev1.scope().definition().english().contains("a link made since to a paragraph of Rev.1 counts"));

        assertEquals(
                List.of(CoverageScope.WORKING_DRAFT, "Rev.1"),
                service.scopes().stream().map(CoverageScope::name).toList());
        org.penholder.draft.CommandRefused e =
                assertThrows(org.penholder.draft.CommandRefused.class, () -> service.scope("Rev.9"));
        assertTrue(
                e.getMessage().contains("made-up.penholder")
                        && e.getMessage().contains("no revision named \"Rev.9\"")
                        && e.getMessage().contains("Rev.1"),
                e.getMessage());
    }

    @Test
    void theReportListsSourcesAndWhereEachInputIsReflected() {
        TransparencyReport r = service.report(CoverageScope.workingDraft());
        assertEquals("Made-up outcome document", r.title());
        assertEquals("A/80/L.0", r.symbol());
        assertEquals(
                List.of(
                        "Meaningful connectivity for all.",
                        "Human rights online as offline.",
                        "multistakeholder model"),
                r.sourcesOf(m.op1).stream().map(p -> p.link().quote()).toList());
        assertEquals("Internet Society", r.sourcesOf(m.op1).get(2).stakeholder());
        assertEquals("Technical community", r.sourcesOf(m.op1).get(2).group());
        assertEquals(List.of(), r.sourcesOf(m.op3));
        assertEquals(6, r.linkCount());
        Map<Long, List<String>> where = r.reflected().stream()
                .collect(Collectors.toMap(x -> x.input().id(), TransparencyReport.ReflectedInput::paragraphs));
        assertEquals(Set.of(m.kenya, m.apcWritten, m.isoc, m.anonymous), where.keySet());
        assertEquals(List.of("OP1", "OP2"), where.get(m.apcWritten), "each paragraph once, in reading order");
        assertEquals(List.of("PP1"), where.get(m.kenya));
        assertEquals(
                2,
                r.reflected().stream()
                        .filter(x -> x.input().id() == m.apcWritten)
                        .findFirst()
                        .orElseThrow()
                        .input()
                        .paragraphs());
    }

    @Test
    void theSampleProjectsFiguresAgreeWithItsLinks() {
        m.project.close();
        try (Project p = TestFiles.openSample(dir)) {
            Coverage c = p.coverage().compute(CoverageScope.workingDraft());
            List<Link> links = p.links().all();
            Set<Long> linked = links.stream().map(Link::inputId).collect(Collectors.toSet());
            assertEquals(p.inputs().count(), c.total().inputs());
            assertEquals(linked.size(), c.total().reflected());
            Set<Long> unreflected =
                    c.unreflected().stream().map(InputCoverage::id).collect(Collectors.toSet());
            for (var input : p.inputs().all()) {
                assertEquals(!linked.contains(input.id()), unreflected.contains(input.id()), input.title());
                // each input of the sample is a cluster's summary, tagged with that cluster
                Uptake cluster = c.clusters().stream()
                        .filter(u -> u.name().equals(input.title()))
                        .findFirst()
                        .orElseThrow();
                assertEquals(1, cluster.inputs());
                assertEquals(linked.contains(input.id()) ? 1 : 0, cluster.reflected(), input.title());
            }
            Map<String, Long> linksByParagraph =
                    links.stream().collect(Collectors.groupingBy(Link::paragraphId, Collectors.counting()));
            for (ParagraphSources ps : c.paragraphs()) {
                String id = ps.paragraph().id();
                assertEquals(
                        !linksByParagraph.containsKey(id),
                        ps.isOrphan(),
                        ps.paragraph().code());
                long distinct = links.stream()
                        .filter(l -> l.paragraphId().equals(id))
                        .map(Link::inputId)
                        .distinct()
                        .count();
                assertEquals(distinct, ps.inputs(), ps.paragraph().code());
            }
            assertEquals(p.drafts().countParagraphs(), c.paragraphs().size());
            Coverage zero = p.coverage().compute(p.coverage().scope("Zero draft"));
            assertEquals(c.total(), zero.total(), "the sample's draft is still its zero draft");
            assertEquals(c.groups(), zero.groups());
        }
    }
}
