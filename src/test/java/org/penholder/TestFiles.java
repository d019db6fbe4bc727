package org.penholder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.penholder.project.Project;
import org.penholder.project.SampleProject;

/** Shared helpers of the tests: the sample project, file fingerprints, the corpora folder. */
public final class TestFiles {

    private static Path sampleTemplate;

    private TestFiles() {}

    /** A fresh copy of the sample project in {@code dir} (written once per test run, then copied). */
    public static synchronized Path sampleCopy(Path dir) {
        try {
            if (sampleTemplate == null) {
                Path tdir = Files.createTempDirectory("penholder-sample");
                Path t = tdir.resolve("template.penholder");
                SampleProject.create(t).close();
                sampleTemplate = t;
            }
            Path copy = dir.resolve("sample.penholder");
            Files.copy(sampleTemplate, copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a fresh copy of the sample for writing. */
    public static Project openSample(Path dir) {
        return Project.open(sampleCopy(dir), Project.Access.WRITE);
    }

    /** SHA-256 of a file's bytes. */
    public static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shared corpora of real Word files (read, never copied into the project). */
    public static Path corpora() {
        String p = System.getProperty("penholder.corpora", "../shared/corpora");
        return Path.of(p);
    }
}
