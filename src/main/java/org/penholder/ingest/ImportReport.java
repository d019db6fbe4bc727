package org.penholder.ingest;

import java.nio.file.Path;
import java.util.List;
import org.penholder.text.Phrase;

/**
 * What an import did, file by file: imported, already in the project (same text), or skipped with
 * the reason. {@code notes} are things a person should know (a stakeholder kept in its group);
 * {@code stoppedBy} says why the import stopped before the end (a full disk), as a clause, or is null.
 */
public record ImportReport(
        List<Imported> imported,
        List<Duplicate> duplicates,
        List<Skipped> skipped,
        List<Phrase> notes,
        boolean cancelled,
        Phrase stoppedBy) {

    public ImportReport {
        imported = List.copyOf(imported);
        duplicates = List.copyOf(duplicates);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    /** A report of an import that ran to its end or was cancelled. */
    public ImportReport(
            List<Imported> imported,
            List<Duplicate> duplicates,
            List<Skipped> skipped,
            List<Phrase> notes,
            boolean cancelled) {
        this(imported, duplicates, skipped, notes, cancelled, null);
    }

    /** A file that became an input; {@code alikeOf} is the first of its near-identical group, or null. */
    public record Imported(Path file, long inputId, String title, String language, Long alikeOf) {}

    /** A file whose text is exactly that of an input already in the project. */
    public record Duplicate(Path file, long existingInputId) {}

    /** A file that was not imported, and why (to be said in the reader's language). */
    public record Skipped(Path file, Phrase why) {

        /** Why, in English (the command line). */
        public String reason() {
            return why.english();
        }
    }

    /** True when at least one file could be read (imported, or recognised as already there). */
    public boolean anythingRead() {
        return !imported.isEmpty() || !duplicates.isEmpty();
    }

    /** "12 inputs imported, 1 already in the project, 2 skipped", in English (the command line). */
    public String summary() {
        return said().english();
    }

    /** What the import did, in one line, to be said in the reader's language. */
    public Phrase said() {
        Phrase b = Phrase.of("import.summary.imported", imported.size());
        long alike = imported.stream().filter(i -> i.alikeOf() != null).count();
        if (alike > 0) {
            b = Phrase.of("import.summary.alike", b, alike);
        }
        if (!duplicates.isEmpty()) {
            b = Phrase.of("import.summary.already", b, duplicates.size());
        }
        if (!skipped.isEmpty()) {
            b = Phrase.of("import.summary.skipped", b, skipped.size());
        }
        if (cancelled) {
            b = Phrase.of("import.summary.cancelled", b);
        }
        if (stoppedBy != null) {
            b = Phrase.of("import.summary.stopped", b, stoppedBy);
        }
        return b;
    }
}
