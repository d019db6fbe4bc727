package org.penholder.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Inputs for the full-disk tests. */
public final class DiskFullTestFiles {

    private DiskFullTestFiles() {}

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
