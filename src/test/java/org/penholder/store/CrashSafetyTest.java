package org.penholder.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.penholder.TestFiles;
import org.penholder.cli.Cli;
import org.penholder.project.Project;

/**
 * Kills a child JVM with SIGKILL in the middle of a stream of edits: the file must pass
 * {@code penholder check} and hold every edit the child reported as committed.
 */
class CrashSafetyTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "killed after {0} committed edits")
    @ValueSource(ints = {25, 80, 150})
    void killingTheProcessLosesNoCommittedEdit(int killAfter) throws Exception {
        Path file = TestFiles.sampleCopy(dir);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "--enable-native-access=ALL-UNNAMED",
                        "-Xshare:auto",
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashChild.class.getName(),
                        file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int lastCommitted = 0;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lastCommitted = Integer.parseInt(line.substring("committed ".length()));
                if (lastCommitted >= killAfter) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no closing of the file
                    break;
                }
            }
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertTrue(lastCommitted >= killAfter, "the child got to " + lastCommitted + " edits");

        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        int exit = Cli.run(new String[] {"check", file.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, exit, "check after the kill: " + out + err);

        try (Project p = Project.open(file, Project.Access.READ)) {
            for (int i = 1; i <= lastCommitted; i++) {
                final int n = i;
                long found = p.database()
                        .read(c -> Sql.count(
                                c,
                                "SELECT COUNT(*) FROM amendment WHERE after_text LIKE ?",
                                (n % 7 == 0 ? "crash insert " : "crash edit ") + n + (n % 7 == 0 ? "" : " %")));
                assertEquals(1, found, "committed edit " + i + " is in the file");
            }
        }
    }
}
