package org.penholder.ui.merge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.penholder.TestFiles;
import org.penholder.model.Author;
import org.penholder.model.Ids;
import org.penholder.model.Paragraph;
import org.penholder.project.Project;

/**
 * Two copies of the sample in {@code dir}, a.penholder (Ann's) and b.penholder (Ben's): Ben adds a
 * paragraph after the sixth and rewrites the third, which Ann rewrote too.
 */
public final class TwoCopies {

    private TwoCopies() {}

    public static Path[] in(Path dir, String ann, String ben) throws Exception {
        Path sample = TestFiles.sampleCopy(dir);
        Path a = Files.copy(sample, dir.resolve("a.penholder"));
        Path b = Files.copy(sample, dir.resolve("b.penholder"));
        try (Project p = Project.open(b, Project.Access.WRITE)) {
            List<Paragraph> live = p.draftService().draft().paragraphsInOrder();
            Author who = new Author("Ben", "");
            p.draftService().setText(live.get(2).id(), ben, who, null);
            p.draftService()
                    .split(
                            live.get(5).id(),
                            Ids.newParagraphId(),
                            live.get(5).text(),
                            "Ben adds this.",
                            who,
                            List.of());
        }
        try (Project p = Project.open(a, Project.Access.WRITE)) {
            List<Paragraph> live = p.draftService().draft().paragraphsInOrder();
            p.draftService().setText(live.get(2).id(), ann, new Author("Ann", ""), null);
        }
        return new Path[] {a, b};
    }
}
