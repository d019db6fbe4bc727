package org.penholder.merge;

import java.nio.file.Path;
import org.penholder.project.Project;

/**
 * Run in a child JVM by {@link MergeCrashTest}: merges a copy into a project and, in the middle of
 * writing it, says "merging" and waits to be killed.
 */
public final class MergeCrashChild {

    private MergeCrashChild() {}

    public static void main(String[] args) throws Exception {
        try (Project p = Project.open(Path.of(args[0]), Project.Access.WRITE)) {
            boolean[] said = {false};
            p.mergeService().merge(Path.of(args[1]), (what, fraction) -> {
                if (fraction >= 0.7 && !said[0]) {
                    said[0] = true;
                    System.out.println("merging");
                    System.out.flush();
                    try {
                        System.in.read(); // until killed
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
            System.out.println("finished");
        }
    }
}
