package org.penholder.docx;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless LibreOffice for the tests: converts several files in one run (its start is slow), with a
 * time limit, in a profile of its own so that it never meets another LibreOffice. {@code .ci/run}
 * installs it; tests are skipped only where it is truly absent.
 */
final class LibreOffice {

    private LibreOffice() {}

    static Optional<Path> soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        Path debian = Path.of("/usr/lib/libreoffice/program/soffice");
        return Files.isExecutable(debian) ? Optional.of(debian) : Optional.empty();
    }

    static Path require() {
        Optional<Path> soffice = soffice();
        assumeTrue(
                soffice.isPresent(),
                "LibreOffice (soffice) is not installed; .ci/run installs it "
                        + "(apt-get install libreoffice-writer-nogui)");
        return soffice.get();
    }

    /**
     * A Basic macro: for each line "command, file URL, result URL" of a list, loads the file hidden,
     * runs the command (accept or reject all changes) and saves the result as .docx. An error is
     * written beside the list, and LibreOffice stops either way.
     */
    private static final String RESOLVE_MACRO = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
            <script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
            Sub ResolveAll(listPath As String)
              On Error Goto Failed
              Dim hidden(0) As New com.sun.star.beans.PropertyValue
              hidden(0).Name = &quot;Hidden&quot;
              hidden(0).Value = True
              Dim filter(0) As New com.sun.star.beans.PropertyValue
              filter(0).Name = &quot;FilterName&quot;
              filter(0).Value = &quot;MS Word 2007 XML&quot;
              dispatcher = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
              n = FreeFile
              Open listPath For Input As #n
              Do While Not EOF(n)
                Line Input #n, job
                parts = Split(job, Chr(9))
                doc = StarDesktop.loadComponentFromURL(parts(1), &quot;_blank&quot;, 0, hidden())
                dispatcher.executeDispatch(doc.getCurrentController().getFrame(), parts(0), &quot;&quot;, 0, Array())
                doc.storeToURL(parts(2), filter())
                doc.close(True)
              Loop
              Close #n
              StarDesktop.terminate()
              Exit Sub
            Failed:
              m = FreeFile
              Open listPath &amp; &quot;.error&quot; For Output As #m
              Print #m, &quot;error &quot; &amp; Err &amp; &quot; at line &quot; &amp; Erl &amp; &quot;: &quot; &amp; Error$
              Close #m
              StarDesktop.terminate()
            End Sub
            </script:module>
            """;

    /**
     * Accepts and rejects every tracked change of each file as LibreOffice does it (Edit > Track
     * Changes > Accept All and Reject All, run by a macro) and saves the results as .docx under the
     * same names in {@code acceptedDir} and {@code rejectedDir}; one LibreOffice run for all.
     */
    static void resolveChanges(List<Path> files, Path acceptedDir, Path rejectedDir, Duration limit)
            throws IOException, InterruptedException {
        Path soffice = require();
        Files.createDirectories(acceptedDir);
        Files.createDirectories(rejectedDir);
        Path profile = Files.createTempDirectory("penholder-lo-macro");
        Path work = Files.createTempDirectory("penholder-lo-jobs");
        // a first start writes the profile; the macro then replaces the empty module it holds
        run(
                List.of(
                        soffice.toString(),
                        "--headless",
                        "--norestore",
                        "--nolockcheck",
                        "--terminate_after_init",
                        "-env:UserInstallation=" + profile.toUri()),
                work.resolve("init.log"),
                limit);
        Files.writeString(profile.resolve("user/basic/Standard/Module1.xba"), RESOLVE_MACRO);
        StringBuilder jobs = new StringBuilder();
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            for (boolean accept : new boolean[] {true, false}) {
                Path resolved = (accept ? acceptedDir : rejectedDir)
                        .resolve(f.getFileName())
                        .toAbsolutePath();
                Files.deleteIfExists(resolved);
                jobs.append(accept ? ".uno:AcceptAllTrackedChanges" : ".uno:RejectAllTrackedChanges")
                        .append('\t')
                        .append(f.toAbsolutePath().toUri())
                        .append('\t')
                        .append(resolved.toUri())
                        .append('\n');
                out.add(resolved);
            }
        }
        Path list = work.resolve("jobs.txt");
        Files.writeString(list, jobs);
        Path log = work.resolve("soffice.log");
        run(
                List.of(
                        soffice.toString(),
                        "--headless",
                        "--norestore",
                        "--nolockcheck",
                        "-env:UserInstallation=" + profile.toUri(),
                        "macro:///Standard.Module1.ResolveAll(\"" + list + "\")"),
                log,
                limit);
        Path error = work.resolve("jobs.txt.error");
        assertTrue(
                !Files.exists(error),
                "LibreOffice's macro failed: " + (Files.exists(error) ? Files.readString(error) : ""));
        for (Path f : out) {
            assertTrue(
                    Files.isRegularFile(f) && Files.size(f) > 0,
                    "LibreOffice resolved the changes into " + f + ": " + Files.readString(log));
        }
    }

    private static void run(List<String> command, Path log, Duration limit) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("LibreOffice did not finish in " + limit.toSeconds() + " s: " + Files.readString(log));
        }
    }

    /**
     * Converts {@code files} to {@code format} ("pdf", "docx:MS Word 2007 XML") into {@code outDir};
     * returns the converted files, in the order given.
     */
    static List<Path> convert(List<Path> files, String format, Path outDir, Duration limit)
            throws IOException, InterruptedException {
        Path soffice = require();
        Files.createDirectories(outDir);
        Path profile = Files.createTempDirectory("penholder-lo-profile");
        List<String> command = new ArrayList<>(List.of(
                soffice.toString(),
                "--headless",
                "--norestore",
                "--nolockcheck",
                "-env:UserInstallation=" + profile.toUri(),
                "--convert-to",
                format,
                "--outdir",
                outDir.toString()));
        files.forEach(f -> command.add(f.toString()));
        Path log = outDir.resolve("soffice.log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("LibreOffice did not finish converting in " + limit.toSeconds() + " s: " + Files.readString(log));
        }
        String extension = format.contains(":") ? format.substring(0, format.indexOf(':')) : format;
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path converted = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
            assertTrue(
                    Files.isRegularFile(converted) && Files.size(converted) > 0,
                    "LibreOffice opened and converted " + f + ": " + Files.readString(log));
            out.add(converted);
        }
        return out;
    }
}
