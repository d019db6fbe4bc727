package org.penholder.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.model.Input;
import org.penholder.model.InputFilter;
import org.penholder.model.InputKind;
import org.penholder.model.InputRow;
import org.penholder.project.Project;
import org.penholder.project.ProjectInfo;
import org.penholder.store.IntegrityCheck;

/** Importing files and folders into a project: each file on its own, nothing already there lost. */
class InputImporterTest {

    @TempDir
    Path dir;

    private static final String LETTER =
            "Dear co-facilitators, we write on behalf of %s to ask that the outcome document "
                    + "of the WSIS+20 review recognise community networks as a way to connect the unconnected, that spectrum "
                    + "be made available to them on fair terms, that universal service funds support them, and that the "
                    + "Internet Governance Forum be given a permanent mandate with stable and predictable funding from the "
                    + "regular budget. We thank you for the open and inclusive consultations. Signed, %s.";

    @Test
    void aFolderOfGoodAndHostileFilesImportsTheGoodOnesAndSaysWhyNotTheOthers() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            ProjectInfo.Counts before = p.info().counts();
            var linksBefore = p.links().all();
            Path in = Files.createDirectories(dir.resolve("submissions/nested"));
            MadeFiles.docx(
                    in.resolve("good.docx"),
                    MadeFiles.p(
                            "Community networks connect the unconnected in the villages and towns of the region, and they are owned by the people who use them."),
                    null);
            MadeFiles.pdf(in.resolve("open.pdf"), null, "Open data for development");
            MadeFiles.write(in.resolve("note.txt"), "Affordable access for rural schools.");
            MadeFiles.zipBomb(in.resolve("bomb.docx"));
            MadeFiles.externalEntity(in.resolve("xxe.docx"), MadeFiles.write(dir.resolve("secret.txt"), "SECRET"));
            MadeFiles.pdf(in.resolve("locked.pdf"), "pw", "Hidden");
            MadeFiles.write(in.resolve("empty.md"), "");
            MadeFiles.jpegNamed(in.resolve("scan.docx"));
            MadeFiles.write(in.resolve("picture.png"), "not imported");
            MadeFiles.write(in.resolve(".hidden.txt"), "never looked at");

            ImportReport r = p.inputImporter()
                    .importFiles(
                            List.of(dir.resolve("submissions")),
                            new ImportDetails(
                                    "Association for Progressive Communications",
                                    "Civil society",
                                    InputKind.WRITTEN,
                                    "Written submissions, 2025",
                                    LocalDate.of(2025, 8, 15),
                                    null,
                                    List.of("C2", "Bridging Digital Divides")));

            assertEquals(
                    List.of("good", "note", "open"),
                    r.imported().stream()
                            .map(ImportReport.Imported::title)
                            .sorted()
                            .toList());
            Map<String, String> skipped = r.skipped().stream()
                    .collect(Collectors.toMap(s -> s.file().getFileName().toString(), ImportReport.Skipped::reason));
            assertEquals(
                    java.util.Set.of("bomb.docx", "xxe.docx", "locked.pdf", "empty.md", "scan.docx", "picture.png"),
                    skipped.keySet());
            assertTrue(skipped.get("bomb.docx").contains("zip bomb"), skipped.toString());
            assertTrue(skipped.get("locked.pdf").contains("password"), skipped.toString());
            assertTrue(skipped.get("empty.md").contains("empty"), skipped.toString());
            assertTrue(skipped.get("scan.docx").contains("JPEG"), skipped.toString());
            assertTrue(r.anythingRead());

            ProjectInfo.Counts after = p.info().counts();
            assertEquals(before.inputs() + 3, after.inputs());
            assertEquals(before.paragraphs(), after.paragraphs());
            assertEquals(linksBefore, p.links().all(), "nothing that was in the project is lost");
            assertEquals(List.of(), IntegrityCheck.run(p.database()));

            Input good = p.inputs()
                    .byId(r.imported().stream()
                            .filter(i -> i.title().equals("good"))
                            .findFirst()
                            .orElseThrow()
                            .inputId())
                    .orElseThrow();
            assertEquals("Association for Progressive Communications", good.stakeholder());
            assertEquals("Civil society", good.group());
            assertEquals("Written submissions, 2025", good.occasion());
            assertEquals(LocalDate.of(2025, 8, 15), good.date());
            assertEquals("en", good.language());
            assertEquals(
                    List.of("C2", ""),
                    p.tags().ofInput(good.id()).stream()
                            .map(t -> t.code())
                            .sorted()
                            .toList()
                            .reversed());
        }
    }

    @Test
    void theSameTextIsNotImportedTwiceAndFormLettersAreGrouped() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            Path in = Files.createDirectories(dir.resolve("campaign"));
            String[] names = {
                "Alpha Network", "Beta Foundation", "Gamma Institute", "Delta Youth Council", "Epsilon Lab"
            };
            for (int i = 0; i < names.length; i++) {
                MadeFiles.write(
                        in.resolve("letter-" + i + ".txt"), LETTER.formatted(names[i], "the board of " + names[i]));
            }
            MadeFiles.write(in.resolve("zz-copy.txt"), LETTER.formatted(names[0], "the board of " + names[0]));
            MadeFiles.write(
                    in.resolve("different.txt"),
                    "Artificial intelligence governance needs a scientific panel "
                            + "and a global dialogue, with developing countries at the table from the start and with open data.");

            ImportReport r = p.inputImporter().importFiles(List.of(in), ImportDetails.NONE);
            assertEquals(6, r.imported().size(), r.toString());
            assertEquals(1, r.duplicates().size());
            assertEquals(
                    "zz-copy.txt",
                    r.duplicates().getFirst().file().getFileName().toString());

            long first = r.imported().stream()
                    .filter(i -> i.title().equals("letter-0"))
                    .findFirst()
                    .orElseThrow()
                    .inputId();
            for (ImportReport.Imported i : r.imported()) {
                if (i.title().startsWith("letter-") && !i.title().equals("letter-0")) {
                    assertEquals(first, i.alikeOf(), i.title() + " is grouped under the first letter");
                } else {
                    assertNull(i.alikeOf(), i.title());
                }
            }
            // the library lists the group once, with its count, and can show its members
            List<InputRow> rows = p.inputIndex().rows(InputFilter.ALL);
            InputRow group =
                    rows.stream().filter(row -> row.id() == first).findFirst().orElseThrow();
            assertEquals(4, group.alike());
            assertTrue(rows.stream().noneMatch(row -> row.nearDuplicateOf() != null));
            assertEquals(
                    5, p.inputIndex().rows(InputFilter.ALL.withAlikeOf(first)).size());

            ImportReport again = p.inputImporter().importFiles(List.of(in), ImportDetails.NONE);
            assertEquals(0, again.imported().size());
            assertEquals(7, again.duplicates().size());
            assertTrue(again.anythingRead(), "already there still counts as read");
        }
    }

    @Test
    void aFileThatTakesTooLongIsGivenUpAndTheRestGoIn() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            Path slow = MadeFiles.write(dir.resolve("slow.txt"), "slow");
            Path fast = MadeFiles.write(dir.resolve("fast.txt"), "Fast and readable text about digital public goods.");
            InputImporter importer = new InputImporter(
                    p.database(),
                    p.inputs(),
                    p.inputIndex(),
                    p.stakeholders(),
                    p.tags(),
                    f -> {
                        if (f.equals(slow)) {
                            try {
                                Thread.sleep(60_000);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                        return InputFiles.read(f);
                    },
                    Duration.ofMillis(300));
            ImportReport r = importer.importFiles(List.of(slow, fast), ImportDetails.NONE);
            assertEquals(
                    List.of("fast"),
                    r.imported().stream().map(ImportReport.Imported::title).toList());
            assertTrue(
                    r.skipped().getFirst().reason().contains("longer than"),
                    r.skipped().toString());
        }
    }

    @Test
    void cancellingKeepsWhatWasImportedAndReportsProgress() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                files.add(MadeFiles.write(
                        dir.resolve("f" + i + ".txt"), "Input number " + i + " on open source software."));
            }
            AtomicInteger seen = new AtomicInteger();
            List<Integer> progress = new ArrayList<>();
            ImportReport r = p.inputImporter()
                    .importFiles(
                            files,
                            ImportDetails.NONE,
                            (done, total, f) -> {
                                progress.add(done);
                                assertEquals(5, total);
                            },
                            () -> seen.getAndIncrement() >= 2,
                            Runnable::run);
            assertTrue(r.cancelled());
            assertEquals(2, r.imported().size());
            assertEquals(List.of(1, 2), progress);
            assertEquals(17, p.inputs().count());
            assertTrue(r.summary().contains("cancelled"), r.summary());
        }
    }

    @Test
    void aFileThatCannotBeWrittenLeavesNothingAndTheOthersOfItsBatchGoIn() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            // the project refuses one input (as a full disk or a broken page would), in the middle of a batch
            org.penholder.store.TestSql.execute(
                    p.database(),
                    "CREATE TEMP TRIGGER refuse BEFORE INSERT ON input WHEN new.title = 'refused' "
                            + "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END");
            long before = p.inputs().count();
            List<Path> files = List.of(
                    MadeFiles.write(dir.resolve("first.txt"), "A first input on meaningful connectivity."),
                    MadeFiles.write(dir.resolve("refused.txt"), "An input the project refuses."),
                    MadeFiles.write(dir.resolve("third.txt"), "A third input on digital public goods."));
            ImportReport r = p.inputImporter()
                    .importFiles(
                            files,
                            new ImportDetails(
                                    null, null, InputKind.WRITTEN, null, null, null, List.of("Digital Economy")));
            assertEquals(
                    List.of("first", "third"),
                    r.imported().stream().map(ImportReport.Imported::title).toList());
            assertEquals(1, r.skipped().size());
            assertTrue(
                    r.skipped().getFirst().reason().contains("the disk is full"),
                    r.skipped().toString());
            assertEquals(before + 2, p.inputs().count());
            assertEquals(
                    0L,
                    org.penholder.store.TestSql.count(
                            p.database(),
                            "SELECT COUNT(*) FROM input_tag WHERE input_id NOT IN (SELECT id FROM input)"),
                    "nothing half-written");
            assertEquals(List.of(), org.penholder.store.IntegrityCheck.run(p.database()));
        }
    }

    @Test
    void manyFilesGoInFewCommitsEachFileWholeOrNotAtAll() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < 70; i++) {
                files.add(MadeFiles.write(
                        dir.resolve("many-" + i + ".txt"),
                        "Submission " + i + " asks for " + "meaningful connectivity, digital skills number "
                                + (i * 7919) + " and local content."));
            }
            long commits = p.database().commits();
            ImportReport r = p.inputImporter().importFiles(files, ImportDetails.NONE);
            assertEquals(70, r.imported().size());
            long used = p.database().commits() - commits;
            assertTrue(used >= 3 && used <= 10, "grouped commits, not one per file: " + used);
        }
    }

    @Test
    void anUnknownTagStopsTheImportBeforeAnything() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            Path f = MadeFiles.write(dir.resolve("a.txt"), "Some text");
            var e = assertThrows(
                    IllegalArgumentException.class,
                    () -> p.inputImporter()
                            .importFiles(
                                    List.of(f), new ImportDetails(null, null, null, null, null, null, List.of("C42"))));
            assertTrue(e.getMessage().contains("C42"));
            assertEquals(15, p.inputs().count());
        }
    }

    @Test
    void anExistingStakeholderKeepsItsGroupAndTheReportSaysSo() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            var existing = p.stakeholders().all().stream()
                    .filter(s -> s.group() != null)
                    .findFirst()
                    .orElseThrow();
            String other = existing.group().equals("Academia") ? "Youth" : "Academia";
            Path f = MadeFiles.write(dir.resolve("a.txt"), "A statement on media freedom and access to information.");
            ImportReport r = p.inputImporter()
                    .importFiles(
                            List.of(f),
                            new ImportDetails(
                                    existing.name().toUpperCase(Locale.ROOT),
                                    other,
                                    null,
                                    null,
                                    null,
                                    "fr",
                                    List.of()));
            assertEquals(1, r.notes().size(), r.notes().toString());
            Input in = p.inputs().byId(r.imported().getFirst().inputId()).orElseThrow();
            assertEquals(existing.name(), in.stakeholder());
            assertEquals(existing.group(), in.group());
            assertEquals("fr", in.language(), "a language set by hand wins over detection");
            assertNotNull(in.originalFile());
        }
    }

    @Test
    void detailsCanBeChangedAfterImportButNeverTheText() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            Path a = MadeFiles.write(dir.resolve("a.txt"), "A statement on open standards and interoperability.");
            Path b = MadeFiles.write(dir.resolve("b.txt"), "A statement on cybersecurity capacity in small states.");
            ImportReport r = p.inputImporter().importFiles(List.of(a, b), ImportDetails.NONE);
            List<Long> ids =
                    r.imported().stream().map(ImportReport.Imported::inputId).toList();
            String textBefore = p.inputs().text(ids.getFirst());
            p.inputDetails()
                    .update(
                            ids,
                            new ImportDetails(
                                    "Small Island States Forum",
                                    "Observer/IGO",
                                    null,
                                    "Second consultation",
                                    LocalDate.of(2025, 9, 2),
                                    "en",
                                    List.of("C5")));
            for (long id : ids) {
                Input in = p.inputs().byId(id).orElseThrow();
                assertEquals("Small Island States Forum", in.stakeholder());
                assertEquals("Observer/IGO", in.group());
                assertEquals("Second consultation", in.occasion());
                assertEquals(LocalDate.of(2025, 9, 2), in.date());
                assertEquals(
                        List.of("C5"),
                        p.tags().ofInput(id).stream().map(t -> t.code()).toList());
            }
            assertEquals(textBefore, p.inputs().text(ids.getFirst()));
            assertEquals(
                    List.of("C5"), p.inputDetails().detailsOf(ids.getFirst()).tags());
            assertThrows(
                    IllegalArgumentException.class,
                    () -> p.inputDetails()
                            .update(ids, new ImportDetails(null, null, null, "x", null, null, List.of("no such tag"))));
            assertEquals(
                    "Second consultation",
                    p.inputs().byId(ids.getFirst()).orElseThrow().occasion(),
                    "nothing changed");
        }
    }
}
