package org.penholder.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.penholder.history.CirculatedNumbering;
import org.penholder.store.AmendmentStore;
import org.penholder.store.Database;
import org.penholder.store.DraftStore;
import org.penholder.store.LinkStore;
import org.penholder.store.MetaStore;
import org.penholder.store.RevisionStore;
import org.penholder.store.StakeholderStore;
import org.penholder.text.DocumentWords;
import org.penholder.text.Phrase;

/**
 * Writes a revision or the current draft as a Word file for circulation: the clean text in UN style,
 * a redline of the changes since an earlier revision as tracked changes, or a compilation of
 * proposals, with the sources of each paragraph as footnotes or an annex. The
 * file is written beside the target and moved into place when complete, so a failed or cancelled
 * export never leaves half a file, nor destroys the file it would have replaced.
 */
public final class DocxExporter {

    private final ExportContentLoader loader;
    private final MetaStore meta;

    public DocxExporter(
            Database db,
            DraftStore drafts,
            RevisionStore revisions,
            LinkStore links,
            AmendmentStore amendments,
            StakeholderStore stakeholders,
            MetaStore meta) {
        this(db, drafts, revisions, links, amendments, stakeholders, meta, null);
    }

    /** An exporter that can cite agreed language through {@code agreed} (null: it cannot). */
    public DocxExporter(
            Database db,
            DraftStore drafts,
            RevisionStore revisions,
            LinkStore links,
            AmendmentStore amendments,
            StakeholderStore stakeholders,
            MetaStore meta,
            org.penholder.agreed.AgreedTracer agreed) {
        this.meta = meta;
        this.loader = new ExportContentLoader(
                db,
                drafts,
                revisions,
                links,
                amendments,
                stakeholders,
                new CirculatedNumbering(meta, revisions),
                agreed);
    }

    /**
     * What an export did.
     *
     * @param changes for a redline, the paragraphs (and headings) that hold a tracked change
     */
    public record ExportResult(Path file, int paragraphs, int proposals, int sources, int changes) {

        public ExportResult(Path file, int paragraphs, int proposals, int sources) {
            this(file, paragraphs, proposals, sources, 0);
        }
    }

    /** Reads and writes in one go (commands; tests). */
    public ExportResult export(ExportOptions options, Path out, boolean overwrite, Progress progress) {
        return write(load(options), options, out, overwrite, progress);
    }

    /** Reads from the project what the export writes (quick; run it on the project's thread). */
    public ExportContent load(ExportOptions options) {
        return loader.load(options).in(words());
    }

    /** The fixed words of the files written from this project, in its document language. */
    public DocumentWords words() {
        return DocumentWords.in(meta.documentLanguage());
    }

    /** The text of a revision, or of the current draft when {@code revision} is null, as it is circulated. */
    public CirculatedText text(String revision) {
        return revision == null ? loader.current() : loader.revision(revision);
    }

    /** Writes the Word file from what {@link #load} read; needs no access to the project. */
    public ExportResult write(
            ExportContent content, ExportOptions options, Path out, boolean overwrite, Progress progress) {
        Path target = out.toAbsolutePath();
        if (!overwrite && Files.exists(target)) {
            throw new DocxException(target, Phrase.of("docx.refused.exists"));
        }
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new DocxException(target, Phrase.of("docx.refused.noFolder", String.valueOf(dir)));
        }
        Path partial = null;
        try {
            partial = Files.createTempFile(dir, "." + target.getFileName(), ".partial");
            ExportResult result = build(content, options, partial, target, progress);
            progress.checkCancelled();
            move(partial, target);
            return result;
        } catch (IOException e) {
            throw new DocxException(target, Phrase.of("docx.refused.notWritten", String.valueOf(e.getMessage())), e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // a leftover hidden ".partial" file harms nothing; the export's own outcome matters
                }
            }
        }
    }

    private static ExportResult build(
            ExportContent content, ExportOptions options, Path file, Path target, Progress progress)
            throws IOException {
        CirculatedText text = content.text();
        boolean compilation = options.kind() == ExportOptions.Kind.COMPILATION;
        if (content.redline() != null) {
            return redline(content, file, target, progress);
        }
        try (UnDocument doc = UnDocument.create(text, compilation, content.words())) {
            RunWriter runs = new RunWriter(doc);
            SourcesWriter sources = new SourcesWriter(
                    doc,
                    runs,
                    content.sources(),
                    options.sources() == ExportOptions.Sources.FOOTNOTES,
                    content.agreed(),
                    options.agreed() == ExportOptions.Sources.FOOTNOTES);
            SourcesWriter footnotes = options.sources() == ExportOptions.Sources.FOOTNOTES
                            || options.agreed() == ExportOptions.Sources.FOOTNOTES
                    ? sources
                    : null;
            int paragraphs = text.paragraphs().size();
            int proposals = 0;
            if (compilation) {
                proposals = new CompilationWriter(doc, runs, footnotes).write(text, content.proposals(), progress);
            } else {
                new CleanTextWriter(doc, runs, footnotes).write(text, progress);
            }
            if (options.sources() == ExportOptions.Sources.ANNEX) {
                sources.annex(text, progress);
            }
            if (options.agreed() == ExportOptions.Sources.ANNEX) {
                sources.agreedAnnex(text, progress);
            }
            progress.update(
                    1, 1, Phrase.of("docx.progress.saving", target.getFileName().toString()));
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
            return new ExportResult(target, paragraphs, proposals, sources.written());
        }
    }

    private static ExportResult redline(ExportContent content, Path file, Path target, Progress progress)
            throws IOException {
        CirculatedText text = content.text();
        DocumentWords words = content.words();
        // the header names both versions: "Rev.1 compared with Zero draft"
        CirculatedText heading = new CirculatedText(
                text.title(),
                text.symbol(),
                words.get(
                        "redline.header",
                        text.versionName(words),
                        content.redline().older().versionName(words)),
                text.date(),
                text.blocks());
        try (UnDocument doc = UnDocument.create(heading, false, words)) {
            int changes = new RedlineWriter(doc, new RunWriter(doc), content.redline()).write(text, progress);
            progress.update(
                    1, 1, Phrase.of("docx.progress.saving", target.getFileName().toString()));
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
            return new ExportResult(target, text.paragraphs().size(), 0, 0, changes);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
