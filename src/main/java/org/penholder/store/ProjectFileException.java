package org.penholder.store;

import java.nio.file.Path;
import org.penholder.text.Phrase;
import org.penholder.text.PhrasedFailure;

/**
 * A file that cannot be opened as a Penholder project: not one, from a newer Penholder, locked,
 * unreadable. Nothing has been written to it.
 */
public class ProjectFileException extends StoreException implements PhrasedFailure {

    private final transient Path file;

    @SuppressWarnings("serial") // a phrase holds plain words and numbers; never serialised
    private final Phrase phrase;

    public ProjectFileException(Path file, String reason) {
        this(file, reason, (Phrase) null);
    }

    /** As {@link #ProjectFileException(Path, String)}, with the reason for the window ({@code projectFile.*}). */
    public ProjectFileException(Path file, String reason, Phrase said) {
        super(file + ": " + reason);
        this.file = file;
        this.phrase = said;
    }

    public ProjectFileException(Path file, String reason, Throwable cause) {
        this(file, reason, null, cause);
    }

    /** As {@link #ProjectFileException(Path, String, Phrase)}, with the failure that caused it. */
    public ProjectFileException(Path file, String reason, Phrase said, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.phrase = said;
    }

    /** A phrase of the window's ({@code projectFile.*}) naming the file by its name, then {@code args}. */
    public static Phrase said(String key, Path file, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = nameOf(file);
        System.arraycopy(args, 0, all, 1, args.length);
        return Phrase.of(key, all);
    }

    /** A new project, copy or file cannot take the name of one that exists. */
    public static ProjectFileException exists(Path file) {
        return new ProjectFileException(
                file, "already exists; choose another name", Phrase.of("projectFile.exists", nameOf(file)));
    }

    /** A file that is not a Penholder project; {@code detail} says what it is, or is null. */
    public static ProjectFileException notAProject(Path file, String detail) {
        return new ProjectFileException(
                file,
                "is not a Penholder project" + (detail == null ? "" : " (" + detail + ")"),
                Phrase.of("projectFile.notAProject", nameOf(file)));
    }

    public Path file() {
        return file;
    }

    /** The reason in the window's words; where none was given, the English message as it is. */
    @Override
    public Phrase phrase() {
        return phrase != null ? phrase : Phrase.verbatim(getMessage());
    }

    /** The file's name, as the window names it (its folder is where the person just looked). */
    public static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
