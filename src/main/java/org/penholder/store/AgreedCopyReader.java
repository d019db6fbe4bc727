package org.penholder.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.penholder.store.CopyRecords.AgreedParagraphRow;
import org.penholder.store.CopyRecords.AgreedTextRow;
import org.penholder.store.CopyRecords.CitationRow;

/**
 * Reads a copy's library of adopted texts and the draft's citations of it, as a merge compares them
 * (docs/adr/0140): texts by the SHA-256 of their paragraphs, their paragraphs only for the texts
 * asked for. Made by {@link CopyReader#agreed}, inside its read or write.
 */
public final class AgreedCopyReader {

    private final Connection c;
    private final Path file;

    AgreedCopyReader(Connection c, Path file) {
        this.c = c;
        this.file = file;
    }

    /** Every adopted text's details, oldest first. */
    public List<AgreedTextRow> texts() {
        return CopyReader.read(
                file,
                () -> Sql.list(
                        c,
                        "SELECT id, uid, symbol, title, date, language, original_file, sha256, imported_at, imported_by "
                                + "FROM agreed_text ORDER BY id",
                        rs -> new AgreedTextRow(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getString(9),
                                rs.getString(10))));
    }

    /** The paragraphs of these texts, by text and in order; with their words only when {@code texts}. */
    public List<AgreedParagraphRow> paragraphs(Collection<Long> textIds, boolean texts) {
        return paragraphsWhere("text_id", textIds, texts);
    }

    /** The paragraphs of these ids, without their words: which text each is of, and where in it. */
    public List<AgreedParagraphRow> paragraphKeys(Collection<Long> ids) {
        return paragraphsWhere("id", ids, false);
    }

    private List<AgreedParagraphRow> paragraphsWhere(String column, Collection<Long> ids, boolean texts) {
        return CopyReader.read(file, () -> {
            List<AgreedParagraphRow> out = new ArrayList<>();
            for (List<Long> chunk : CopyReader.chunks(ids)) {
                out.addAll(Sql.list(
                        c,
                        "SELECT id, uid, text_id, ordinal, kind, number, " + (texts ? "text" : "NULL")
                                + " FROM agreed_paragraph WHERE " + column + " IN (" + CopyReader.marks(chunk.size())
                                + ") ORDER BY text_id, ordinal",
                        rs -> new AgreedParagraphRow(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getLong(3),
                                rs.getInt(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7)),
                        chunk.toArray()));
            }
            return out;
        });
    }

    /** Every citation of an adopted paragraph by a draft paragraph, oldest first. */
    public List<CitationRow> citations() {
        return CopyReader.read(
                file,
                () -> Sql.list(
                        c,
                        "SELECT id, uid, paragraph_id, agreed_paragraph_id, amendment_id, created_at, created_by "
                                + "FROM agreed_citation ORDER BY id",
                        rs -> new CitationRow(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getLong(4),
                                Sql.nullableLong(rs, "amendment_id"),
                                rs.getString(6),
                                rs.getString(7))));
    }
}
