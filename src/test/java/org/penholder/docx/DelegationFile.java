package org.penholder.docx;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.penholder.model.BlockKind;
import org.penholder.model.RevisionBlock;

/**
 * A Word file as a delegation sends it back: the text Penholder sent (with or without the ids in
 * its bookmarks), and tracked changes by several authors written with the run writer, in the
 * shapes Word writes them.
 */
final class DelegationFile implements AutoCloseable {

    private final UnDocument doc;
    private final RunWriter runs;

    private DelegationFile(CirculatedText text) {
        this.doc = UnDocument.create(text, false);
        this.runs = new RunWriter(doc);
    }

    static DelegationFile create(CirculatedText text) {
        return new DelegationFile(text);
    }

    /** A piece of a paragraph: plain text, or text inserted or deleted by an author. */
    record Piece(WordParagraph.ChangeKind change, String author, String text) {}

    static Piece plain(String text) {
        return new Piece(null, null, text);
    }

    static Piece ins(String author, String text) {
        return new Piece(WordParagraph.ChangeKind.INSERTED, author, text);
    }

    static Piece del(String author, String text) {
        return new Piece(WordParagraph.ChangeKind.DELETED, author, text);
    }

    static RunWriter.ChangeMark mark(String author) {
        return new RunWriter.ChangeMark(author, Instant.parse("2025-10-06T15:00:00Z"));
    }

    /** A block as Penholder wrote it, with its id in a bookmark when {@code withId}, and no change. */
    DelegationFile block(RevisionBlock b, boolean withId) {
        return paragraph(b.kind(), withId ? b.id() : null, null, null, plain(b.text()));
    }

    /**
     * A paragraph of {@code kind} with pieces; {@code markChange} (with {@code markAuthor}) tracks its
     * paragraph mark: inserted (the paragraph after it is new, as Word marks it) or deleted.
     */
    DelegationFile paragraph(
            BlockKind kind, String id, WordParagraph.ChangeKind markChange, String markAuthor, Piece... pieces) {
        CTP p = doc.paragraph(
                switch (kind) {
                    case HEADING -> UnDocument.HEADING;
                    case PP -> UnDocument.PREAMBULAR;
                    default -> UnDocument.OPERATIVE;
                });
        String name = id == null ? null : ParagraphBookmarks.name(id).orElse(null);
        BigInteger bookmark = name == null ? null : runs.startBookmark(p, name);
        for (Piece piece : pieces) {
            RunWriter.Format f = CleanTextWriter.format(p, piece.text());
            if (piece.change() == null) {
                runs.text(p, piece.text(), f);
            } else {
                runs.tracked(p, piece.text(), f, piece.change(), mark(piece.author()));
            }
        }
        if (bookmark != null) {
            runs.endBookmark(p, bookmark);
        }
        if (markChange != null) {
            runs.trackParagraphMark(p, markChange, mark(markAuthor));
        }
        return this;
    }

    /** A block as Penholder wrote it, with one footnote at the end whose words are {@code note}, changed or not. */
    DelegationFile withFootnote(RevisionBlock b, boolean withId, Piece... note) {
        CTP p = doc.paragraph(b.kind() == BlockKind.PP ? UnDocument.PREAMBULAR : UnDocument.OPERATIVE);
        String name = withId ? ParagraphBookmarks.name(b.id()).orElse(null) : null;
        BigInteger bookmark = name == null ? null : runs.startBookmark(p, name);
        runs.text(p, b.text(), RunWriter.Format.PLAIN);
        BigInteger id = new NoteWriter(doc).footnote(f -> {
            RunWriter.plain(f, " ");
            for (Piece piece : note) {
                if (piece.change() == null) {
                    runs.text(f, piece.text(), RunWriter.Format.PLAIN);
                } else {
                    runs.tracked(f, piece.text(), RunWriter.Format.PLAIN, piece.change(), mark(piece.author()));
                }
            }
        });
        NoteWriter.reference(p.addNewR(), id);
        if (bookmark != null) {
            runs.endBookmark(p, bookmark);
        }
        return this;
    }

    /** Every block of a text, each through {@code edit} (which writes it, changed or not). */
    DelegationFile blocks(List<RevisionBlock> blocks, java.util.function.Consumer<RevisionBlock> edit) {
        blocks.forEach(edit);
        return this;
    }

    Path write(Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        return file;
    }

    @Override
    public void close() {
        doc.close();
    }
}
