package org.penholder.bench;

import java.nio.file.Path;
import org.penholder.project.Project;

/**
 * Run in a fresh JVM by the benchmark: opens a project as the window does (the draft, the source
 * counts, the list of inputs without their texts) and prints the heap in use, in MB, after a GC.
 */
public final class OpenProbe {

    private OpenProbe() {}

    public static void main(String[] args) {
        try (Project p = Project.open(Path.of(args[0]), Project.Access.READ)) {
            var draft = p.drafts().load();
            var counts = p.links().countsByParagraph();
            var inputs = p.inputs().all();
            System.gc();
            Runtime rt = Runtime.getRuntime();
            double mb = (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
            System.out.println(String.format(java.util.Locale.ROOT, "%.1f", mb));
            // keep what was loaded alive until the figure is taken
            if (draft.paragraphs().size() + counts.size() + inputs.size() < 0) {
                System.out.println();
            }
        }
    }
}
