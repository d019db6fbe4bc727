package org.penholder.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.Stakeholder;
import org.penholder.project.Project;

class StakeholderImporterTest {

    @TempDir
    Path dir;

    @Test
    void aSpreadsheetCsvAddsAndUpdatesStakeholders() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            Stakeholder known = p.stakeholders().all().getFirst();
            Path csv = dir.resolve("list.csv");
            // as Excel writes it in much of Europe: a byte order mark and semicolons
            Files.writeString(
                    csv,
                    "\uFEFFName;Stakeholder group;Country or region\n"
                            + "Brazil;Member State;Brazil\n"
                            + "\"Internet Society; Geneva chapter\";Technical community;Switzerland\n"
                            + known.name().toLowerCase(Locale.ROOT) + ";" + known.group() + ";Kenya\n"
                            + ";Academia;\n"
                            + "Université de Genève;Academia;\n");
            StakeholderImporter.Report r = p.stakeholderImporter().importCsv(csv);
            assertEquals(3, r.added(), r.summary());
            assertEquals(1, r.updated());
            assertEquals(1, r.skipped().size());
            assertTrue(
                    r.skipped().getFirst().english().contains("line 5"),
                    r.skipped().toString());
            assertEquals(
                    "Member State",
                    p.stakeholders().byName("brazil").orElseThrow().group());
            assertEquals(
                    "Technical community",
                    p.stakeholders()
                            .byName("Internet Society; Geneva chapter")
                            .orElseThrow()
                            .group());
            assertEquals(
                    "Kenya", p.stakeholders().byId(known.id()).orElseThrow().country());
            assertEquals(
                    known.name(),
                    p.stakeholders().byId(known.id()).orElseThrow().name(),
                    "the name keeps its spelling");

            StakeholderImporter.Report again = p.stakeholderImporter().importCsv(csv);
            assertEquals(0, again.added());
            assertEquals(4, again.unchanged());
        }
    }

    @Test
    void aFileWithoutANameColumnChangesNothing() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            long before = p.stakeholders().count();
            Path csv = Files.writeString(dir.resolve("bad.csv"), "who,what\nx,y\n");
            var e = assertThrows(
                    UnreadableFileException.class, () -> p.stakeholderImporter().importCsv(csv));
            assertTrue(e.getMessage().contains("bad.csv") && e.reason().contains("name"), e.getMessage());
            assertEquals(before, p.stakeholders().count());
            Path empty = Files.writeString(dir.resolve("empty.csv"), "");
            assertTrue(assertThrows(
                            UnreadableFileException.class,
                            () -> p.stakeholderImporter().importCsv(empty))
                    .reason()
                    .contains("empty"));
        }
    }
}
