package org.penholder.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.draft.TextEdit;
import org.penholder.ingest.ImportDetails;
import org.penholder.ingest.ImportReport;
import org.penholder.model.Author;
import org.penholder.project.Project;

/**
 * A full disk, injected: SQLite's page limit makes the project's file "full" at a chosen size. The
 * change that does not fit is not made, whole; what fitted before it is kept; once there is room
 * again the same change goes in. (The real full disk is {@code cli.DiskFullCliTest}.)
 */
class DiskFullTest {

    @TempDir
    Path dir;

    private static final Author ME = new Author("Tester", "");

    @Test
    void typingThatDoesNotFitChangesNothingAndGoesInOnceThereIsRoom() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            String id = p.draftService().draft().paragraphsInOrder().get(0).id();
            String before = p.drafts().paragraph(id).orElseThrow().text();
            long amendments = p.amendments().count();
            String longer = before + " " + "and more words that need a new page ".repeat(400);
            DiskFullTestFiles.room(p, 0);
            WriteFailedException e = assertThrows(
                    WriteFailedException.class, () -> p.draftService().typeText(id, longer, ME));
            assertEquals(WriteFailedException.Cause.DISK_FULL, e.kind());
            assertTrue(e.getMessage().endsWith("nothing was changed"), e.getMessage());
            assertEquals(before, p.drafts().paragraph(id).orElseThrow().text(), "not half written");
            assertEquals(amendments, p.amendments().count());

            DiskFullTestFiles.room(p, null);
            TextEdit edit = p.draftService().typeText(id, longer, ME);
            assertEquals(longer, p.drafts().paragraph(id).orElseThrow().text());
            assertEquals(amendments + 1, p.amendments().count());
            assertTrue(
                    p.amendments().byId(edit.amendmentId()).isPresent(),
                    "the retried typing has an amendment of its own, not the one rolled back");
            assertEquals(List.of(), IntegrityCheck.run(p.database()));
        }
    }

    @Test
    void anImportKeepsWhatFitsAndSaysTheDiskIsFull() throws Exception {
        List<Path> files = DiskFullTestFiles.texts(dir.resolve("inputs"), 12, 6000);
        try (Project p = TestFiles.openSample(dir)) {
            long inputs = p.inputs().count();
            DiskFullTestFiles.room(p, 180); // room for a few of the twelve, not for all
            ImportReport report = p.inputImporter().importFiles(files, ImportDetails.NONE);
            int imported = report.imported().size();
            assertTrue(imported > 0 && imported < files.size(), report.summary());
            assertEquals(inputs + imported, p.inputs().count(), "every input reported imported is there");
            assertEquals(files.size() - imported, report.skipped().size());
            assertTrue(
                    report.skipped().stream().allMatch(s -> s.reason().contains("is full")),
                    report.skipped().toString());
            assertFalse(report.skipped().stream().anyMatch(s -> s.reason().contains("no transaction")));
            assertTrue(report.stoppedBy() != null && report.summary().contains("import the same files again"));
            assertEquals(List.of(), IntegrityCheck.run(p.database()));

            DiskFullTestFiles.room(p, null);
            ImportReport again = p.inputImporter().importFiles(files, ImportDetails.NONE);
            assertEquals(files.size() - imported, again.imported().size());
            assertEquals(imported, again.duplicates().size());
            assertEquals(inputs + files.size(), p.inputs().count());
        }
    }
}
