package org.penholder.store;

import java.nio.file.Path;
import java.util.List;
import org.penholder.model.Author;
import org.penholder.model.Ids;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.project.Project;

/**
 * Run in a child JVM by {@link CrashSafetyTest}: edits a project as fast as it can and prints
 * "committed N" after each change has been committed, until it is killed.
 */
public final class CrashChild {

    private CrashChild() {}

    public static void main(String[] args) {
        Author author = new Author("Crash tester", "QA");
        try (Project p = Project.open(Path.of(args[0]), Project.Access.WRITE)) {
            List<Paragraph> paragraphs = p.draftService().draft().paragraphsInOrder();
            for (int i = 1; ; i++) {
                Paragraph target = paragraphs.get(i % paragraphs.size());
                if (i % 7 == 0) {
                    p.draftService()
                            .insertParagraph(
                                    Ids.newParagraphId(),
                                    target.sectionId(),
                                    0,
                                    ParagraphKind.OP,
                                    "crash insert " + i,
                                    author);
                } else {
                    p.draftService()
                            .setText(target.id(), "crash edit " + i + " " + "x".repeat(i % 300), author, "edit " + i);
                }
                System.out.println("committed " + i);
                System.out.flush();
            }
        }
    }
}
