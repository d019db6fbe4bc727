package org.penholder.docx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.penholder.history.WordDiff;
import org.penholder.model.Amendment;
import org.penholder.model.AmendmentKind;
import org.penholder.model.BlockKind;
import org.penholder.model.RevisionBlock;
import org.penholder.text.DocumentWords;
import org.penholder.text.Phrase;

/**
 * A compilation of proposals as delegations are used to: a table with every paragraph of the text
 * and, beside it, each proposal made on it (words added in bold and underlined, words removed
 * struck through), its proposer and its status. Proposals of new paragraphs follow the paragraph
 * they come after; proposals on paragraphs that are not in the text close the table.
 */
final class CompilationWriter {

    private final UnDocument doc;
    private final RunWriter runs;
    private final SourcesWriter footnotes;
    private final DocumentWords words;

    /** {@code footnotes} is null when sources are not given as footnotes. */
    CompilationWriter(UnDocument doc, RunWriter runs, SourcesWriter footnotes) {
        this.doc = doc;
        this.runs = runs;
        this.footnotes = footnotes;
        this.words = doc.words();
    }

    /** Writes the compilation; returns the number of proposals in it. */
    int write(CirculatedText text, List<CompiledProposal> proposals, Progress progress) {
        CleanTextWriter.masthead(doc, text);
        CTP subtitle = doc.paragraph("Normal");
        runs.text(subtitle, words.get("compilation.subtitle", version(text)), RunWriter.Format.BOLD);

        Set<String> inText = new HashSet<>();
        text.paragraphs().forEach(b -> inText.add(b.id()));
        Map<String, List<CompiledProposal>> onParagraph = new LinkedHashMap<>();
        Map<String, List<CompiledProposal>> newAfter = new LinkedHashMap<>();
        List<CompiledProposal> others = new ArrayList<>();
        for (CompiledProposal p : proposals) {
            Amendment a = p.amendment();
            if (a.kind() == AmendmentKind.NEW_PARAGRAPH
                    && a.relatedParagraphId() != null
                    && inText.contains(a.relatedParagraphId())) {
                newAfter.computeIfAbsent(a.relatedParagraphId(), k -> new ArrayList<>())
                        .add(p);
            } else if (a.kind() != AmendmentKind.NEW_PARAGRAPH
                    && a.paragraphId() != null
                    && inText.contains(a.paragraphId())) {
                onParagraph
                        .computeIfAbsent(a.paragraphId(), k -> new ArrayList<>())
                        .add(p);
            } else {
                others.add(p);
            }
        }

        int w = doc.textWidth();
        int[] widths = {Tables.LABEL_WIDTH, w * 33 / 100, w * 36 / 100, w * 13 / 100, 0};
        widths[4] = w - widths[0] - widths[1] - widths[2] - widths[3];
        String[] headings = {
            words.get("compilation.column.paragraph"),
            words.get("compilation.column.text", text.describe(words)),
            words.get("compilation.column.proposal"),
            words.get("compilation.column.proposer"),
            words.get("compilation.column.status")
        };
        Tables table = Tables.create(doc.body(), widths, headings);
        List<RevisionBlock> blocks = text.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            RevisionBlock b = blocks.get(i);
            if (b.kind() == BlockKind.HEADING) {
                CTP cell = table.cell(table.row(), 0, widths.length, UnDocument.TABLE_HEADING);
                runs.text(cell, b.text(), CleanTextWriter.format(cell, b.text()));
            } else {
                rows(table, SourcesWriter.display(b), b, onParagraph.getOrDefault(b.id(), List.of()));
                List<CompiledProposal> added = newAfter.getOrDefault(b.id(), List.of());
                if (!added.isEmpty()) {
                    rows(table, words.get("compilation.newAfter", SourcesWriter.display(b)), null, added);
                }
            }
            progress.update(i + 1, blocks.size(), Phrase.of("docx.progress.writingCompilation"));
            progress.checkCancelled();
        }
        if (!others.isEmpty()) {
            CTP cell = table.cell(table.row(), 0, widths.length, UnDocument.TABLE_HEADING);
            RunWriter.plain(cell, words.get("compilation.notInText", version(text)));
            rows(table, "", null, others);
        }
        return proposals.size();
    }

    /** The rows of one paragraph: its label and text once (merged down), a row per proposal. */
    private void rows(Tables table, String label, RevisionBlock block, List<CompiledProposal> proposals) {
        int count = Math.max(1, proposals.size());
        for (int i = 0; i < count; i++) {
            CTRow row = table.row();
            CTP labelCell = table.cell(row, 0, 1, UnDocument.TABLE_TEXT);
            CTP textCell = table.cell(row, 1, 1, UnDocument.TABLE_TEXT);
            if (i == 0) {
                RunWriter.plain(labelCell, label);
                if (block != null) {
                    runs.text(textCell, block.text(), CleanTextWriter.format(textCell, block.text()));
                    if (footnotes != null) {
                        footnotes.footnote(textCell, block.id());
                    }
                }
                if (count > 1) {
                    Tables.startMergeDown(labelCell);
                    Tables.startMergeDown(textCell);
                }
            } else {
                Tables.continueMergeDown(labelCell);
                Tables.continueMergeDown(textCell);
            }
            CTP proposalCell = table.cell(row, 2, 1, UnDocument.TABLE_TEXT);
            CTP proposerCell = table.cell(row, 3, 1, UnDocument.TABLE_TEXT);
            CTP statusCell = table.cell(row, 4, 1, UnDocument.TABLE_TEXT);
            if (i < proposals.size()) {
                CompiledProposal p = proposals.get(i);
                proposal(proposalCell, p.amendment());
                RunWriter.plain(
                        proposerCell,
                        p.proposer() == null ? words.get("compilation.unknownProposer") : words.person(p.proposer()));
                if (p.proposerGroup() != null && !p.proposerGroup().isBlank()) {
                    RunWriter.plain(
                            Tables.nextParagraph(proposerCell, UnDocument.TABLE_TEXT), "(" + p.proposerGroup() + ")");
                }
                RunWriter.plain(
                        statusCell, words.get("status." + p.amendment().status().name()));
            }
        }
    }

    /** The proposed text with what it adds and removes marked, and the rationale below. */
    private void proposal(CTP cell, Amendment a) {
        String before = a.before() == null ? "" : a.before();
        String after = a.after() == null ? "" : a.after();
        RunWriter.Format base = CleanTextWriter.format(cell, after.isEmpty() ? before : after);
        switch (a.kind()) {
            case INSERT_TEXT, DELETE_TEXT, REPLACE_TEXT -> {
                for (WordDiff.Segment s : WordDiff.diff(before, after)) {
                    runs.text(
                            cell,
                            s.text(),
                            switch (s.op()) {
                                case EQUAL -> base;
                                case INSERT -> RunWriter.Format.ADDED.withRtl(base.rtl());
                                case DELETE -> RunWriter.Format.REMOVED.withRtl(base.rtl());
                            });
                }
            }
            case NEW_PARAGRAPH -> {
                runs.text(cell, words.get("compilation.newParagraph"), RunWriter.Format.PLAIN.withItalic());
                runs.text(cell, after, RunWriter.Format.ADDED.withRtl(base.rtl()));
            }
            case DELETE_PARAGRAPH -> {
                runs.text(cell, words.get("compilation.deleteParagraph"), RunWriter.Format.PLAIN.withItalic());
                runs.text(cell, before, RunWriter.Format.REMOVED.withRtl(base.rtl()));
            }
            default -> {
                runs.text(
                        cell,
                        words.get("kind." + a.kind().name()) + (after.isEmpty() ? "" : ": "),
                        RunWriter.Format.PLAIN.withItalic());
                runs.text(cell, after, base);
            }
        }
        if (a.rationale() != null && !a.rationale().isBlank()) {
            CTP why = Tables.nextParagraph(cell, UnDocument.TABLE_TEXT);
            runs.text(
                    why,
                    words.get("compilation.rationale", a.rationale().strip()),
                    RunWriter.Format.PLAIN.withItalic());
        }
    }

    private String version(CirculatedText text) {
        String date = doc.date(text.date());
        return date.isEmpty() ? text.describe(words) : words.get("version.withDate", text.describe(words), date);
    }
}
