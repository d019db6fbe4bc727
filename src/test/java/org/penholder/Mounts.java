package org.penholder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Real file systems for tests of full disks and read-only media: a small tmpfs, or a folder bound
 * read-only. Mounting needs root (CI runs as root); elsewhere the test is skipped with a message.
 * Closing unmounts.
 */
public final class Mounts implements AutoCloseable {

    private final Path at;

    private Mounts(Path at) {
        this.at = at;
    }

    public Path path() {
        return at;
    }

    /** A tmpfs of {@code bytes} at {@code at} (created), or the test is skipped. */
    public static Mounts tmpfs(Path at, long bytes) {
        return mount(at, "tmpfs of " + bytes + " bytes", List.of("-t", "tmpfs", "-o", "size=" + bytes, "tmpfs"));
    }

    /** {@code source} seen read-only at {@code at} (created), or the test is skipped. */
    public static Mounts readOnly(Path source, Path at) {
        Mounts m = mount(at, "bind mount", List.of("--bind", source.toString()));
        String failure = run(List.of("mount", "-o", "remount,bind,ro", at.toString()));
        if (failure != null) {
            m.close();
            Assumptions.abort("cannot remount " + at + " read-only here (" + failure + "): skipped");
        }
        return m;
    }

    private static Mounts mount(Path at, String what, List<String> args) {
        try {
            Files.createDirectories(at);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> command = new ArrayList<>();
        command.add("mount");
        command.addAll(args);
        command.add(at.toString());
        String failure = run(command);
        if (failure != null) {
            Assumptions.abort("cannot mount a " + what + " here (" + failure + "; it needs root): skipped");
        }
        return new Mounts(at);
    }

    /** Runs a command; null when it succeeded, else what it said. */
    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "timed out";
            }
            return p.exitValue() == 0 ? null : out.isEmpty() ? "exit " + p.exitValue() : out;
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    @Override
    public void close() {
        if (run(List.of("umount", at.toString())) != null) {
            run(List.of("umount", "-l", at.toString()));
        }
    }
}
