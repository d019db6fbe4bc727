package org.penholder.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.penholder.project.Project;

/** Inputs for the full-disk tests, and a project whose disk is full. */
public final class DiskFullTestFiles {

    private DiskFullTestFiles() {}

    /** Lets the project's file grow by at most {@code pages} more pages (or any number, for null). */
    public static void room(Project p, Integer pages) {
        p.database().read(c -> {
            try (Statement st = c.createStatement()) {
                long now = Sql.count(c, "PRAGMA page_count");
                st.execute("PRAGMA max_page_count = " + (pages == null ? 1_073_741_823L : now + pages));
            }
            return null;
        });
    }

    /** Texts that share few words, so each takes room of its own in the search index. */
    public static List<Path> texts(Path folder, int count, int words) throws Exception {
        Files.createDirectories(folder);
        Random r = new Random(count * 31L + words);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder b = new StringBuilder("Submission " + i + ".\n");
            for (int w = 0; w < words; w++) {
                for (int k = 0, n = 3 + r.nextInt(8); k < n; k++) {
                    b.append((char) ('a' + r.nextInt(26)));
                }
                b.append(w % 17 == 16 ? ".\n" : " ");
            }
            out.add(Files.writeString(folder.resolve(String.format("input-%02d.txt", i)), b));
        }
        return out;
    }
}
