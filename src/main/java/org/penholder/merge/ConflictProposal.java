package org.penholder.merge;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.penholder.draft.Details;
import org.penholder.draft.FootnoteService;
import org.penholder.merge.Touched.Aspect;
import org.penholder.model.AmendmentKind;
import org.penholder.model.AmendmentStatus;
import org.penholder.model.Author;
import org.penholder.model.Ids;
import org.penholder.store.CopyRecords.AmendmentRow;
import org.penholder.store.CopyRecords.FootnoteRow;
import org.penholder.store.CopyRecords.ParagraphRow;
import org.penholder.text.DocumentWords;

/**
 * The other copy's version of something both copies changed, as a proposal of its author's: this
 * file keeps its own version, and the proposal is decided in the Amendments view like any other
 * (docs/adr/0141). Its detail says it is a merge conflict, from which copy, and both versions.
 */
final class ConflictProposal {

    /** The key of a proposal's detail that marks it as a merge conflict. */
    static final String MERGE = "merge";

    /** What a footnote conflict is, in a merge's report and a proposal's detail. */
    static final String FOOTNOTE = "footnote";

    private ConflictProposal() {}

    /** What a conflict proposal's detail says of the merge that made it. */
    private static Map<String, Object> detail(
            String otherFile, String author, String aspect, String mine, String theirs, List<String> uids) {
        Map<String, Object> merge = new LinkedHashMap<>();
        merge.put("file", otherFile);
        merge.put("by", author);
        merge.put("aspect", aspect);
        merge.put("mine", mine);
        merge.put("theirs", theirs);
        merge.put("uids", uids);
        return merge;
    }

    /** The proposal for a conflict, as a row to write (proposer: none; author: who made the other version). */
    static AmendmentRow of(DraftMerge.Conflict c, String otherFile, Instant now, DocumentWords words) {
        ParagraphRow mine = c.mine();
        ParagraphRow theirs = c.theirs();
        String author = c.by() == null ? Author.UNKNOWN_NAME : c.by().author();
        String team = c.by() == null ? "" : c.by().team();
        Map<String, Object> merge = detail(
                otherFile,
                author,
                c.aspect().name().toLowerCase(java.util.Locale.ROOT),
                versionOf(c.aspect(), mine),
                versionOf(c.aspect(), theirs),
                c.theirUids());
        AmendmentKind kind;
        String before = mine == null ? null : mine.text();
        String after;
        String related = null;
        Map<String, Object> detail = new LinkedHashMap<>();
        String paragraphId = c.paragraphId();
        switch (c.aspect()) {
            case TEXT -> {
                kind = AmendmentKind.ofTextChange(mine.text(), theirs.text());
                after = theirs.text();
                putChangedWords(detail, mine.text(), theirs.text());
            }
            case STATUS -> {
                kind = AmendmentKind.CHANGE_STATUS;
                before = mine.status().code();
                after = theirs.status().code();
            }
            case KIND -> {
                kind = AmendmentKind.CHANGE_KIND;
                before = mine.kind().name();
                after = theirs.kind().name();
            }
            case PLACE -> {
                kind = AmendmentKind.MOVE_PARAGRAPH;
                after = mine.text();
                related = c.anchor();
                detail.put("after", c.anchor());
                detail.put("section", c.anchorSection());
            }
            case LIFE -> {
                if (mine != null && !mine.deleted()) {
                    kind = AmendmentKind.DELETE_PARAGRAPH;
                    after = null;
                } else {
                    // brought back (or made, by a split or join of the other copy) with its text there
                    kind = AmendmentKind.NEW_PARAGRAPH;
                    before = null;
                    after = theirs.text();
                    paragraphId = null;
                    related = c.anchor();
                    detail.put("after", c.anchor());
                    detail.put("kind", theirs.kind().name());
                    detail.put("section", c.anchorSection());
                    detail.put("paragraph", theirs.id());
                }
            }
            default -> throw new IllegalStateException(c.aspect().name());
        }
        detail.put(MERGE, merge);
        return proposal(
                paragraphId,
                kind,
                before,
                after,
                author,
                team,
                now,
                words.get("merge.conflict.paragraph", words.person(author), otherFile),
                related,
                detail);
    }

    /**
     * The proposal for a footnote both copies changed differently: the other copy's words for it
     * (both kept it), bringing it back with them (this copy removed it), or removing it (the other
     * copy did). Its detail names the footnote, as every change of a footnote does.
     */
    static AmendmentRow of(FootnoteMerge.Conflict c, String otherFile, Instant now, DocumentWords words) {
        FootnoteRow mine = c.mine();
        FootnoteRow theirs = c.theirs();
        String author = c.by() == null ? Author.UNKNOWN_NAME : c.by().author();
        String team = c.by() == null ? "" : c.by().team();
        Map<String, Object> merge =
                detail(otherFile, author, FOOTNOTE, versionOf(mine), versionOf(theirs), c.theirUids());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put(FootnoteService.DETAIL_KEY, c.uid());
        String before;
        String after;
        String rationale;
        if (mine.deleted()) {
            before = "";
            after = theirs.text();
            detail.put("action", "add");
            detail.put("anchor", c.anchor());
            detail.put("start", 0);
            detail.put("end", 0);
            detail.put("text", theirs.text());
            rationale = words.get("merge.conflict.footnoteRestored", otherFile, words.person(author));
        } else if (theirs.deleted()) {
            before = mine.text();
            after = "";
            detail.put("action", "remove");
            detail.put("start", 0);
            detail.put("end", mine.text().length());
            detail.put("text", "");
            rationale = words.get("merge.conflict.footnoteRemoved", otherFile, words.person(author));
        } else {
            before = mine.text();
            after = theirs.text();
            putChangedWords(detail, mine.text(), theirs.text());
            rationale = words.get("merge.conflict.footnoteBoth", words.person(author), otherFile);
        }
        detail.put(MERGE, merge);
        return proposal(
                c.paragraphId(),
                AmendmentKind.ofTextChange(before, after),
                before,
                after,
                author,
                team,
                now,
                rationale,
                null,
                detail);
    }

    /** A proposal by the other copy's author, still to be decided, with the merge's detail. */
    private static AmendmentRow proposal(
            String paragraphId,
            AmendmentKind kind,
            String before,
            String after,
            String author,
            String team,
            Instant now,
            String rationale,
            String related,
            Map<String, Object> detail) {
        return new AmendmentRow(
                0,
                Ids.newUid(),
                paragraphId,
                null,
                kind,
                before,
                after,
                author,
                team == null ? "" : team,
                now.toString(),
                now.toString(),
                null,
                AmendmentStatus.PROPOSED,
                rationale,
                null,
                related,
                Details.of(detail.entrySet().stream()
                        .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                        .toArray()),
                null,
                null,
                0);
    }

    /** The words {@code theirs} changes in {@code mine}: where, in mine, and what they become. */
    private static void putChangedWords(Map<String, Object> detail, String mine, String theirs) {
        int[] range = differingWords(mine, theirs);
        detail.put("start", range[0]);
        detail.put("end", range[1]);
        detail.put("text", theirs.substring(range[0], theirs.length() - (mine.length() - range[1])));
    }

    /** A footnote's words, or null when it is removed. */
    static String versionOf(FootnoteRow f) {
        return f == null || f.deleted() ? null : f.text();
    }

    static String versionOf(Aspect aspect, ParagraphRow p) {
        if (p == null) {
            return null;
        }
        return switch (aspect) {
            case STATUS -> p.status().displayName();
            case KIND -> p.kind().name();
            case LIFE -> p.deleted() ? null : p.text();
            default -> p.text();
        };
    }

    /**
     * The stretch [start, end) of {@code mine} that differs from {@code theirs}, widened to whole
     * words, so that the proposal reads as a change of words and still applies when other words of
     * the paragraph change before it is decided.
     */
    static int[] differingWords(String mine, String theirs) {
        int max = Math.min(mine.length(), theirs.length());
        int prefix = 0;
        while (prefix < max && mine.charAt(prefix) == theirs.charAt(prefix)) {
            prefix++;
        }
        while (prefix > 0 && !Character.isWhitespace(mine.charAt(prefix - 1))) {
            prefix--;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && mine.charAt(mine.length() - 1 - suffix) == theirs.charAt(theirs.length() - 1 - suffix)) {
            suffix++;
        }
        while (suffix > 0 && !Character.isWhitespace(mine.charAt(mine.length() - suffix))) {
            suffix--;
        }
        return new int[] {prefix, mine.length() - suffix};
    }
}
