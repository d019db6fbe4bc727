package org.penholder.about;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The libraries bundled with Penholder and their licences. The list is written at build time from
 * the dependency tree (license-maven-plugin, template {@code src/license/third-party.ftl}), so it is
 * never typed by hand and never out of date.
 */
public final class BundledLibraries {

    /** Where the build puts the list, on the class path. */
    public static final String RESOURCE = "/org/penholder/about/third-party.tsv";

    private BundledLibraries() {}

    /** The bundled libraries, by name; empty when run from classes that were never built by Maven. */
    public static List<BundledLibrary> read() {
        try (InputStream in = BundledLibraries.class.getResourceAsStream(RESOURCE)) {
            return in == null ? List.of() : parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the tab-separated list: name, groupId:artifactId, version, licences joined by " | ", home page. */
    static List<BundledLibrary> parse(Reader reader) throws IOException {
        List<BundledLibrary> out = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                throw new IOException("bundled libraries: a line has " + f.length + " fields, not 5: " + line);
            }
            List<String> licences = Arrays.stream(f[3].split("\\|"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            out.add(new BundledLibrary(
                    f[0].strip(), f[1].strip(), f[2].strip(), licences, f.length > 4 ? f[4].strip() : ""));
        }
        return List.copyOf(out);
    }
}
