package org.penholder.agreed;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Headless LibreOffice makes the Word and PDF files of the tests, as other hands would. */
final class Soffice {

    private Soffice() {}

    /** Converts {@code file} to {@code format} ("docx:MS Word 2007 XML", "pdf") beside it; HTML opens in Writer. */
    static Path convert(Path file, String format, String extension) throws IOException, InterruptedException {
        Path soffice = Path.of("/usr/lib/libreoffice/program/soffice");
        if (!Files.isExecutable(soffice)) {
            soffice = Path.of("/usr/bin/soffice");
        }
        assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed; .ci/run installs it");
        Path dir = file.getParent();
        Path profile = Files.createTempDirectory("penholder-lo-agreed");
        List<String> command = new java.util.ArrayList<>(
                List.of(soffice.toString(), "--headless", "--norestore", "-env:UserInstallation=" + profile.toUri()));
        if (file.toString().endsWith(".html")) {
            command.add("--infilter=HTML (StarWriter)");
        }
        command.addAll(List.of("--convert-to", format, "--outdir", dir.toString(), file.toString()));
        Path log = dir.resolve("soffice-" + extension + ".log");
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("LibreOffice did not finish in 120 s: " + Files.readString(log));
        }
        String name = file.getFileName().toString();
        Path out = dir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
        assertTrue(Files.isRegularFile(out), "LibreOffice converted " + file + ": " + Files.readString(log));
        return out;
    }
}
