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

    private LibreOffice() {
    }

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
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not installed; .ci/run installs it "
                + "(apt-get install libreoffice-writer-nogui)");
        return soffice.get();
    }

    /**
     * Converts {@code files} to {@code format} ("pdf", "docx:MS Word 2007 XML") into {@code outDir};
     * returns the converted files, in the order given.
     */
    static List<Path> convert(List<Path> files, String format, Path outDir, Duration limit) throws IOException, InterruptedException {
        Path soffice = require();
        Files.createDirectories(outDir);
        Path profile = Files.createTempDirectory("penholder-lo-profile");
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "--headless", "--norestore", "--nolockcheck",
                "-env:UserInstallation=" + profile.toUri(), "--convert-to", format, "--outdir", outDir.toString()));
        files.forEach(f -> command.add(f.toString()));
        Path log = outDir.resolve("soffice.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("LibreOffice did not finish converting in " + limit.toSeconds() + " s: " + Files.readString(log));
        }
        String extension = format.contains(":") ? format.substring(0, format.indexOf(':')) : format;
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path converted = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
            assertTrue(Files.isRegularFile(converted) && Files.size(converted) > 0,
                    "LibreOffice opened and converted " + f + ": " + Files.readString(log));
            out.add(converted);
        }
        return out;
    }
}
