package org.penholder.docx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.penholder.text.Phrase;

/**
 * What compare says of the things a draft does not hold (tables, images, text boxes, equations,
 * comments ...) when two Word files differ in them: each is compared whole, kind by kind, in order;
 * those kept in both are left alone, and the rest are "changed", "added" or "removed" where they
 * stand ("table after OP12 changed"). Two files that differ only there are never "unchanged".
 */
final class OmissionChanges {

    private OmissionChanges() {}

    static List<Phrase> between(List<ImportedDraft.Omission> older, List<ImportedDraft.Omission> newer) {
        Map<String, List<ImportedDraft.Omission>> olds = byKind(older);
        Map<String, List<ImportedDraft.Omission>> news = byKind(newer);
        List<String> kinds = new ArrayList<>(olds.keySet());
        news.keySet().stream().filter(k -> !kinds.contains(k)).forEach(kinds::add);
        List<Phrase> out = new ArrayList<>();
        for (String kind : kinds) {
            changes(olds.getOrDefault(kind, List.of()), news.getOrDefault(kind, List.of()), out);
        }
        return out;
    }

    private static Map<String, List<ImportedDraft.Omission>> byKind(List<ImportedDraft.Omission> all) {
        Map<String, List<ImportedDraft.Omission>> out = new LinkedHashMap<>();
        all.forEach(o -> out.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o));
        return out;
    }

    /** The longest run of equal objects kept; between two kept ones, the others pair up as changes. */
    private static void changes(List<ImportedDraft.Omission> a, List<ImportedDraft.Omission> b, List<Phrase> out) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).fingerprint().equals(b.get(j).fingerprint())
                        ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        List<ImportedDraft.Omission> gone = new ArrayList<>();
        List<ImportedDraft.Omission> come = new ArrayList<>();
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).fingerprint().equals(b.get(j).fingerprint())) {
                flush(gone, come, out);
                i++;
                j++;
            } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                gone.add(a.get(i++));
            } else {
                come.add(b.get(j++));
            }
        }
        flush(gone, come, out);
    }

    private static void flush(List<ImportedDraft.Omission> gone, List<ImportedDraft.Omission> come, List<Phrase> out) {
        int paired = Math.min(gone.size(), come.size());
        for (int k = 0; k < paired; k++) {
            out.add(said(come.get(k), "changed"));
        }
        for (int k = paired; k < gone.size(); k++) {
            out.add(said(gone.get(k), "removed"));
        }
        for (int k = paired; k < come.size(); k++) {
            out.add(said(come.get(k), "added"));
        }
        gone.clear();
        come.clear();
    }

    /** "table after OP12 changed", in the reader's language (the command line: English). */
    private static Phrase said(ImportedDraft.Omission o, String what) {
        return Phrase.of("docx.compare.otherChange", o.kindCode(), o.where(), what);
    }
}
