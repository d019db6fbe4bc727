package org.penholder.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.cli.Cli;
import org.penholder.project.Project;

/** A merge is one transaction: killed, failed or cancelled half-way, it leaves the project as it was. */
class MergeCrashTest {

    @TempDir
    Path dir;

    private Path[] editedCopies() throws java.io.IOException {
        Path[] c = Copies.ofSample(dir);
        Path shelf = java.nio.file.Files.createDirectories(dir.resolve("library"));
        List<Path> library = List.of(org.penholder.agreed.MadeUpLibrary.textA(shelf));
        try (Project p = Project.open(c[1], Project.Access.WRITE)) {
            p.database().run(() -> new RandomHistory(5, Copies.BEN, "Ben", library).edit(p, 60));
        }
        try (Project p = Project.open(c[0], Project.Access.WRITE)) {
            p.database().run(() -> new RandomHistory(6, Copies.ANN, "Ann", library).edit(p, 20));
        }
        return c;
    }

    private record State(List<String> draft, Set<String> amendments, Set<String> links, Set<String> proposals) {
        static State of(Path file) {
            return new State(
                    Copies.draft(file), Copies.amendmentUids(file), Copies.links(file), Copies.proposals(file));
        }
    }

    @Test
    void killingTheProcessInTheMiddleOfAMergeLeavesTheProjectAsItWas() throws Exception {
        Path[] c = editedCopies();
        State before = State.of(c[0]);
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--enable-native-access=ALL-UNNAMED",
                        "-Xshare:auto",
                        // its backup before the merge goes where the tests keep the person's data
                        "-Dpenholder.config.dir=" + System.getProperty("penholder.config.dir", dir.toString()),
                        "-cp",
                        System.getProperty("java.class.path"),
                        MergeCrashChild.class.getName(),
                        c[0].toString(),
                        c[1].toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("merging", out.readLine());
            assertTrue(
                    Files.size(c[0].resolveSibling(c[0].getFileName() + "-journal")) > 0,
                    "the merge had begun writing");
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback, no closing of the file
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));

        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        assertEquals(
                0,
                Cli.run(new String[] {"check", c[0].toString()}, new PrintWriter(out), new PrintWriter(err)),
                out + " " + err);
        assertEquals(before, State.of(c[0]), "nothing of the unfinished merge is in the project");
        assertTrue(Copies.merge(c[0], c[1]).counts().amendments() > 0, "and the merge can be done again");
    }

    @Test
    void aMergeCancelledOrFailingHalfWayLeavesTheProjectAsItWas() throws Exception {
        Path[] c = editedCopies();
        State before = State.of(c[0]);
        try (Project p = Project.open(c[0], Project.Access.WRITE)) {
            assertThrows(
                    CancellationException.class,
                    () -> p.mergeService().merge(c[1], (what, fraction) -> {
                        if (fraction >= 0.7) {
                            throw new CancellationException("cancelled");
                        }
                    }));
            assertThrows(
                    IllegalStateException.class,
                    () -> p.mergeService().merge(c[1], (what, fraction) -> {
                        if (fraction >= 0.8) {
                            throw new IllegalStateException("the disk is full");
                        }
                    }));
        }
        assertEquals(before, State.of(c[0]));
    }
}
