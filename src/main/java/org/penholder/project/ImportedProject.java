package org.penholder.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.penholder.docx.ImportedDraft;
import org.penholder.model.Author;
import org.penholder.store.ProjectFileException;

/** A new project whose draft comes from a Word file. */
public final class ImportedProject {

    private ImportedProject() {}

    /**
     * Creates {@code file} (which must not exist) holding the imported draft, written through the
     * draft service and kept as the revision {@code revisionName}. On any failure no file is left.
     */
    public static Project create(Path file, ImportedDraft draft, String revisionName, Author author) {
        if (Files.exists(file)) {
            throw ProjectFileException.exists(file);
        }
        String title = draft.title().isBlank() ? stem(draft.file()) : draft.title();
        Project project = Project.create(file, title, draft.symbol());
        try {
            project.draftImport().fillNewProject(draft, revisionName, author);
            return project;
        } catch (RuntimeException e) {
            project.close();
            try {
                Files.deleteIfExists(file);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private static String stem(Path docx) {
        String name = docx.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
