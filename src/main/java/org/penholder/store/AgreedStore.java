package org.penholder.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.penholder.model.AdoptedParagraph;
import org.penholder.model.AdoptedText;
import org.penholder.model.Ids;
import org.penholder.model.ParagraphKind;
import org.penholder.model.SearchQuery;

/**
 * The library of adopted texts (agreed language): their details and paragraphs, never changed once
 * stored; the full-text index over the paragraphs; and the citations of draft paragraphs taken from
 * them.
 */
public final class AgreedStore {

    private static final String SELECT_TEXT =
            "SELECT t.*, (SELECT COUNT(*) FROM agreed_paragraph p WHERE p.text_id = t.id) AS paragraphs "
                    + "FROM agreed_text t ";

    private final Database db;

    public AgreedStore(Database db) {
        this.db = db;
    }

    /** What is known of an adopted text before it is stored. */
    public record NewText(
            String symbol,
            String title,
            LocalDate date,
            String language,
            String originalFile,
            String sha256,
            String importedBy) {}

    /** A paragraph before it is stored. */
    public record NewParagraph(ParagraphKind kind, String number, String text) {}

    /** Stores a text and its paragraphs (in one transaction, or the caller's); returns its id. */
    public long add(NewText t, List<NewParagraph> paragraphs) {
        return db.write(c -> {
            long id = Sql.insert(
                    c,
                    "INSERT INTO agreed_text(uid, symbol, title, date, language, original_file, sha256, "
                            + "imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Ids.newUid(),
                    t.symbol(),
                    t.title(),
                    t.date(),
                    t.language(),
                    t.originalFile(),
                    t.sha256(),
                    Instant.now(),
                    t.importedBy());
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO agreed_paragraph(uid, text_id, ordinal, kind, number, text) VALUES (?, ?, ?, ?, ?, ?)")) {
                int ordinal = 0;
                for (NewParagraph p : paragraphs) {
                    Sql.bind(ps, Ids.newUid(), id, ++ordinal, p.kind(), p.number(), p.text());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            db.changed(org.penholder.events.ProjectEvent.AgreedTextsChanged.of(id));
            return id;
        });
    }

    /** The text with this content hash, if the library holds it. */
    public Optional<AdoptedText> withSha256(String sha256) {
        return db.read(c -> Sql.one(c, SELECT_TEXT + "WHERE t.sha256 = ?", AgreedStore::mapText, sha256));
    }

    /** Every adopted text, by date (undated last), then symbol. */
    public List<AdoptedText> texts() {
        return db.read(c -> Sql.list(
                c,
                SELECT_TEXT + "ORDER BY t.date IS NULL, t.date, t.symbol COLLATE NOCASE, t.id",
                AgreedStore::mapText));
    }

    public Optional<AdoptedText> text(long id) {
        return db.read(c -> Sql.one(c, SELECT_TEXT + "WHERE t.id = ?", AgreedStore::mapText, id));
    }

    /** The texts with this symbol (case aside); a symbol is not unique (a text may be imported in two languages). */
    public List<AdoptedText> bySymbol(String symbol) {
        return db.read(c -> Sql.list(
                c, SELECT_TEXT + "WHERE t.symbol = ? COLLATE NOCASE ORDER BY t.id", AgreedStore::mapText, symbol));
    }

    /** A text's paragraphs in order. */
    public List<AdoptedParagraph> paragraphs(long textId) {
        return db.read(c -> Sql.list(
                c,
                "SELECT * FROM agreed_paragraph WHERE text_id = ? ORDER BY ordinal",
                AgreedStore::mapParagraph,
                textId));
    }

    public Optional<AdoptedParagraph> paragraph(long id) {
        return db.read(c -> Sql.one(c, "SELECT * FROM agreed_paragraph WHERE id = ?", AgreedStore::mapParagraph, id));
    }

    /** Receives the library's paragraphs one by one, without a list of them all. */
    @FunctionalInterface
    public interface ParagraphSink {
        void accept(AdoptedParagraph paragraph, String language);
    }

    /** Every paragraph of the library, text by text, in order: what the tracing index is built from. */
    public void eachParagraph(ParagraphSink sink) {
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT p.*, t.language AS language FROM agreed_paragraph p "
                            + "JOIN agreed_text t ON t.id = p.text_id ORDER BY p.text_id, p.ordinal");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(mapParagraph(rs), rs.getString("language"));
                }
            }
            return null;
        });
    }

    /**
     * A mark that changes whenever a text is added to or removed from the library: the tracing
     * index is built again when it differs from the one it was built at.
     */
    public String version() {
        return db.read(c -> Sql.one(
                        c,
                        "SELECT COUNT(*) || ':' || COALESCE(MAX(id), 0) FROM agreed_paragraph",
                        rs -> rs.getString(1))
                .orElse("0:0"));
    }

    public long countTexts() {
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM agreed_text"));
    }

    /**
     * Takes a text out of the library, with its paragraphs and the citations of them; the removal is
     * remembered so that merging a copy that still holds the text does not bring it back.
     */
    public void remove(long textId) {
        take(textId);
    }

    /**
     * Takes a text out of the library with its paragraphs and the citations of them, exactly as they
     * were, to be put back by {@link #putBack} (the undo of a removal).
     */
    public RemovedRows take(long textId) {
        return db.write(org.penholder.events.ProjectEvent.AgreedTextsChanged.of(textId), c -> {
            RemovedRows rows = new RemovedRows()
                    .keep(c, "agreed_text", "id = ?", textId)
                    .keep(c, "agreed_paragraph", "text_id = ? ORDER BY id", textId)
                    .keep(
                            c,
                            "agreed_citation",
                            "agreed_paragraph_id IN (SELECT id FROM agreed_paragraph WHERE text_id = ?) ORDER BY id",
                            textId);
            RemovedRecords.remember(
                    c,
                    RemovedRecords.Kind.AGREED_TEXT,
                    textId,
                    Sql.one(c, "SELECT sha256 FROM agreed_text WHERE id = ?", rs -> rs.getString(1), textId)
                            .orElse(null));
            Sql.update(
                    c,
                    "DELETE FROM agreed_citation WHERE agreed_paragraph_id IN "
                            + "(SELECT id FROM agreed_paragraph WHERE text_id = ?)",
                    textId);
            Sql.update(c, "DELETE FROM agreed_paragraph WHERE text_id = ?", textId);
            if (Sql.update(c, "DELETE FROM agreed_text WHERE id = ?", textId) != 1) {
                throw new StoreException(db.file() + ": there is no adopted text " + textId);
            }
            return rows;
        });
    }

    /** Puts back a text {@link #take} took out, with its ids, paragraphs and citations. */
    public void putBack(long textId, RemovedRows rows) {
        db.run(org.penholder.events.ProjectEvent.AgreedTextsChanged.of(textId), c -> {
            rows.putBack(c);
            RemovedRecords.forget(c, RemovedRecords.Kind.AGREED_TEXT, textId);
        });
    }

    /** A paragraph found by a search, with its text's details. */
    public record Hit(AdoptedText text, AdoptedParagraph paragraph, double score) {}

    /** Paragraphs of the library matching a query (every word; {@code prefix*} and phrases too), best first. */
    public List<Hit> search(SearchQuery query, int limit) {
        String match = match(query);
        if (match.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            List<Hit> out = new ArrayList<>();
            List<long[]> ranked = Sql.list(
                    c,
                    "SELECT rowid, bm25(agreed_fts) FROM agreed_fts WHERE agreed_fts MATCH ? ORDER BY bm25(agreed_fts) LIMIT ?",
                    rs -> new long[] {rs.getLong(1), Double.doubleToLongBits(rs.getDouble(2))},
                    match,
                    limit);
            for (long[] r : ranked) {
                AdoptedParagraph p = Sql.one(
                                c, "SELECT * FROM agreed_paragraph WHERE id = ?", AgreedStore::mapParagraph, r[0])
                        .orElseThrow();
                AdoptedText t = Sql.one(c, SELECT_TEXT + "WHERE t.id = ?", AgreedStore::mapText, p.textId())
                        .orElseThrow();
                out.add(new Hit(t, p, -Double.longBitsToDouble(r[1])));
            }
            return out;
        });
    }

    /** The FTS5 query of a search: every term quoted, so nothing typed is read as FTS5 syntax. */
    static String match(SearchQuery query) {
        List<String> parts = new ArrayList<>();
        for (SearchQuery.Term t : query.terms()) {
            String quoted = '"' + t.text().replace("\"", "\"\"") + '"';
            parts.add(t.prefix() ? quoted + "*" : quoted);
        }
        return String.join(query.any() ? " OR " : " ", parts);
    }

    /** A citation of an adopted paragraph by a draft paragraph taken from it. */
    public record Citation(String uid, String paragraphId, long agreedParagraphId, Long amendmentId) {}

    /** Records that a draft paragraph was taken from an adopted paragraph. */
    public void cite(String paragraphId, long agreedParagraphId, Long amendmentId, String author) {
        db.run(c -> {
            Sql.one(c, "SELECT text_id FROM agreed_paragraph WHERE id = ?", rs -> rs.getLong(1), agreedParagraphId)
                    .ifPresent(text -> db.changed(org.penholder.events.ProjectEvent.AgreedTextsChanged.of(text)));
            Sql.insert(
                    c,
                    "INSERT INTO agreed_citation(uid, paragraph_id, agreed_paragraph_id, amendment_id, created_at, "
                            + "created_by) VALUES (?, ?, ?, ?, ?, ?)",
                    Ids.newUid(),
                    paragraphId,
                    agreedParagraphId,
                    amendmentId,
                    Instant.now(),
                    author);
        });
    }

    /** The adopted paragraphs a draft paragraph was taken from, oldest citation first. */
    public List<Citation> citationsOf(String paragraphId) {
        return db.read(c -> Sql.list(
                c,
                "SELECT uid, paragraph_id, agreed_paragraph_id, amendment_id FROM agreed_citation "
                        + "WHERE paragraph_id = ? ORDER BY id",
                rs -> new Citation(
                        rs.getString(1), rs.getString(2), rs.getLong(3), Sql.nullableLong(rs, "amendment_id")),
                paragraphId));
    }

    static AdoptedText mapText(ResultSet rs) throws SQLException {
        return new AdoptedText(
                rs.getLong("id"),
                rs.getString("uid"),
                rs.getString("symbol"),
                rs.getString("title"),
                Sql.date(rs, "date"),
                rs.getString("language"),
                rs.getString("original_file"),
                rs.getString("sha256"),
                Sql.instant(rs, "imported_at"),
                rs.getInt("paragraphs"));
    }

    static AdoptedParagraph mapParagraph(ResultSet rs) throws SQLException {
        return new AdoptedParagraph(
                rs.getLong("id"),
                rs.getLong("text_id"),
                rs.getInt("ordinal"),
                ParagraphKind.valueOf(rs.getString("kind")),
                rs.getString("number"),
                rs.getString("text"));
    }
}
