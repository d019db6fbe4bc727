package org.penholder.ingest;

import java.time.LocalDate;
import java.util.List;
import org.penholder.model.InputKind;

/**
 * What a person says about the files of one import: who they come from (a stakeholder, found or
 * created, and its group), the occasion and date, the language (null: detect it from each text)
 * and tags (names or action-line codes). Everything but the kind is optional.
 */
public record ImportDetails(
        String stakeholder,
        String group,
        InputKind kind,
        String occasion,
        LocalDate date,
        String language,
        List<String> tags) {

    public static final ImportDetails NONE =
            new ImportDetails(null, null, InputKind.WRITTEN, null, null, null, List.of());

    public ImportDetails {
        stakeholder = blankToNull(stakeholder);
        group = blankToNull(group);
        occasion = blankToNull(occasion);
        language = blankToNull(language);
        kind = kind == null ? InputKind.WRITTEN : kind;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
