package org.penholder.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did, file by file: imported, already in the project (same text), or skipped with
 * the reason. {@code notes} are things a person should know (a stakeholder kept in its group);
 * {@code stoppedBy} says why the import stopped before the end (a full disk), or is null.
 */
public record ImportReport(
        List<Imported> imported,
        List<Duplicate> duplicates,
        List<Skipped> skipped,
        List<String> notes,
        boolean cancelled,
        String stoppedBy) {

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
            List<String> notes,
            boolean cancelled) {
        this(imported, duplicates, skipped, notes, cancelled, null);
    }

    /** A file that became an input; {@code alikeOf} is the first of its near-identical group, or null. */
    public record Imported(Path file, long inputId, String title, String language, Long alikeOf) {}

    /** A file whose text is exactly that of an input already in the project. */
    public record Duplicate(Path file, long existingInputId) {}

    /** A file that was not imported, and why. */
    public record Skipped(Path file, String reason) {}

    /** True when at least one file could be read (imported, or recognised as already there). */
    public boolean anythingRead() {
        return !imported.isEmpty() || !duplicates.isEmpty();
    }

    /** "12 imported, 1 already in the project, 2 skipped". */
    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append(imported.size()).append(imported.size() == 1 ? " input imported" : " inputs imported");
        long alike = imported.stream().filter(i -> i.alikeOf() != null).count();
        if (alike > 0) {
            b.append(" (").append(alike).append(" near-identical to others)");
        }
        if (!duplicates.isEmpty()) {
            b.append(", ").append(duplicates.size()).append(" already in the project");
        }
        if (!skipped.isEmpty()) {
            b.append(", ").append(skipped.size()).append(" skipped");
        }
        if (cancelled) {
            b.append("; cancelled before the end (what was imported is kept)");
        }
        if (stoppedBy != null) {
            String why = stoppedBy.replaceFirst("; nothing was changed$", "");
            b.append("; stopped: ")
                    .append(Character.toLowerCase(why.charAt(0)))
                    .append(why.substring(1))
                    .append(". What was imported is kept: free some space and import the same files again "
                            + "(those already in are recognised)");
        }
        return b.toString();
    }
}
