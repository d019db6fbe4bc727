package org.penholder.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.model.AmendmentStatus;
import org.penholder.model.Input;
import org.penholder.model.Paragraph;
import org.penholder.project.Project;
import org.penholder.store.IntegrityCheck;

class ProjectGeneratorTest {

    @TempDir
    Path dir;

    private record Content(List<String> inputs, List<String> paragraphs) {}

    private Content generate(String name, long seed, double scale) {
        ProjectGenerator.Plan plan = ProjectGenerator.Plan.atScale(scale);
        try (Project p = new ProjectGenerator(plan, seed, s -> {}).generate(dir.resolve(name))) {
            return new Content(
                    p.inputs().all().stream().map(Input::sha256).toList(),
                    p.draftService().draft().paragraphsInOrder().stream()
                            .map(Paragraph::text)
                            .toList());
        }
    }

    @Test
    void aProjectHoldsWhatItsPlanPromises() {
        ProjectGenerator.Plan plan = ProjectGenerator.Plan.atScale(0.04);
        try (Project p = new ProjectGenerator(plan, 7, s -> {}).generate(dir.resolve("g.penholder"))) {
            var n = p.info().counts();
            assertEquals(plan.inputs(), n.inputs());
            assertEquals(plan.stakeholders(), n.stakeholders());
            assertEquals(plan.links(), n.links());
            assertEquals(plan.revisions(), n.revisions());
            assertTrue(n.amendments() >= plan.amendments(), "amendments: " + n.amendments());
            assertTrue(
                    Math.abs(n.paragraphs() - plan.paragraphs()) <= plan.paragraphs() / 10,
                    "paragraphs: " + n.paragraphs());
            assertEquals(15, n.sections());
            Set<String> languages =
                    p.inputs().all().stream().map(Input::language).collect(Collectors.toSet());
            assertEquals(Set.of("en", "fr", "es", "ru", "ar", "zh"), languages);
            long proposals = (long)
                            p.amendments().withStatus(AmendmentStatus.PROPOSED).size()
                    + p.amendments().withStatus(AmendmentStatus.REJECTED).size()
                    + p.amendments().withStatus(AmendmentStatus.WITHDRAWN).size();
            assertEquals(plan.proposals(), proposals);
            double words = p.inputs().all().stream()
                    .mapToLong(i -> p.inputs().text(i.id()).split("\\s+").length)
                    .average()
                    .orElse(0);
            assertTrue(words > 800 && words < 2500, "mean words per input: " + words);
            assertEquals(List.of(), IntegrityCheck.run(p.database()));
        }
    }

    @Test
    void theSameSeedGivesTheSameProject() {
        Content a = generate("a.penholder", 42, 0.01);
        Content b = generate("b.penholder", 42, 0.01);
        Content c = generate("c.penholder", 43, 0.01);
        assertEquals(a, b);
        assertNotEquals(a.inputs(), c.inputs());
    }

    @Test
    void aScaleOutOfRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProjectGenerator.Plan.atScale(0));
        assertThrows(IllegalArgumentException.class, () -> ProjectGenerator.Plan.atScale(-1));
        assertThrows(IllegalArgumentException.class, () -> ProjectGenerator.Plan.atScale(Double.NaN));
    }
}
