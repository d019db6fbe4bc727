package org.penholder.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.penholder.events.ProjectEvent.ParagraphsChanged;
import org.penholder.model.Draft;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.model.ParagraphStatus;
import org.penholder.model.Section;

/**
 * The draft's sections and paragraphs as rows. Positions count from 0 inside a section (the
 * preamble is the section {@code null}); inserting at a position moves the paragraphs from there
 * down by one. Deleted paragraphs stay in the table, marked, for their history.
 */
public final class DraftStore {

    private static final String PARAGRAPH_COLUMNS = "id, section_id, kind, position, status, text";

    private final Database db;
    private final FootnoteStore footnotes;

    public DraftStore(Database db) {
        this.db = db;
        this.footnotes = new FootnoteStore(db);
    }

    /** The footnotes of the draft's paragraphs. */
    public FootnoteStore footnotes() {
        return footnotes;
    }

    /** The draft as it stands, with live sections and paragraphs. */
    public Draft load() {
        return db.read(c -> {
            String title = Sql.one(c, "SELECT value FROM meta WHERE key = 'title'", rs -> rs.getString(1))
                    .orElse("");
            String symbol = Sql.one(c, "SELECT value FROM meta WHERE key = 'symbol'", rs -> rs.getString(1))
                    .orElse("");
            List<Section> sections = Sql.list(
                    c,
                    "SELECT id, title, position FROM section WHERE deleted = 0 " + "ORDER BY position",
                    DraftStore::mapSection);
            List<Paragraph> paragraphs = Sql.list(
                    c,
                    "SELECT " + PARAGRAPH_COLUMNS + " FROM paragraph "
                            + "WHERE deleted = 0 ORDER BY section_id, position",
                    DraftStore::mapParagraph);
            return new Draft(title, symbol, sections, paragraphs, FootnoteStore.all(c));
        });
    }

    /** A live paragraph. */
    public Optional<Paragraph> paragraph(String id) {
        return db.read(c -> paragraph(c, id));
    }

    static Optional<Paragraph> paragraph(Connection c, String id) throws SQLException {
        return Sql.one(
                c,
                "SELECT " + PARAGRAPH_COLUMNS + " FROM paragraph WHERE id = ? AND deleted = 0",
                DraftStore::mapParagraph,
                id);
    }

    /** A paragraph, live or deleted. */
    public Optional<Paragraph> paragraphEvenDeleted(String id) {
        return db.read(c -> Sql.one(
                c, "SELECT " + PARAGRAPH_COLUMNS + " FROM paragraph WHERE id = ?", DraftStore::mapParagraph, id));
    }

    public Optional<Section> section(String id) {
        return db.read(c -> Sql.one(
                c, "SELECT id, title, position FROM section WHERE id = ? AND deleted = 0", DraftStore::mapSection, id));
    }

    /** Inserts a new paragraph at its position in its section. */
    public void insertParagraph(Paragraph p) {
        db.run(c -> {
            db.changed(ParagraphsChanged.of(p.id()));
            openGap(c, p.sectionId(), p.position());
            Sql.update(
                    c,
                    "INSERT INTO paragraph(id, section_id, kind, position, status, text, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    p.id(),
                    p.sectionId(),
                    p.kind(),
                    p.position(),
                    p.status(),
                    p.text(),
                    Instant.now());
        });
    }

    /** Brings a deleted paragraph back at a position. */
    public void restoreParagraph(String id, String sectionId, int position) {
        db.run(c -> {
            db.changed(ParagraphsChanged.of(id));
            openGap(c, sectionId, position);
            Sql.update(
                    c,
                    "UPDATE paragraph SET deleted = 0, section_id = ?, position = ? WHERE id = ?",
                    sectionId,
                    position,
                    id);
        });
    }

    public void updateText(String id, String text) {
        db.run(
                ParagraphsChanged.of(id),
                c -> requireOne(
                        Sql.update(c, "UPDATE paragraph SET text = ? WHERE id = ? AND deleted = 0", text, id), id));
    }

    public void updateStatus(String id, ParagraphStatus status) {
        db.run(
                ParagraphsChanged.of(id),
                c -> requireOne(
                        Sql.update(c, "UPDATE paragraph SET status = ? WHERE id = ? AND deleted = 0", status, id), id));
    }

    public void updateKind(String id, ParagraphKind kind) {
        db.run(
                ParagraphsChanged.of(id),
                c -> requireOne(
                        Sql.update(c, "UPDATE paragraph SET kind = ? WHERE id = ? AND deleted = 0", kind, id), id));
    }

    /** Marks a paragraph deleted and closes the gap it leaves. */
    public void deleteParagraph(String id) {
        db.run(c -> {
            db.changed(ParagraphsChanged.of(id));
            Paragraph p = paragraph(c, id).orElseThrow(() -> missing(id));
            Sql.update(c, "UPDATE paragraph SET deleted = 1 WHERE id = ?", id);
            Sql.update(
                    c,
                    "UPDATE paragraph SET position = position - 1 WHERE deleted = 0 AND section_id IS ? "
                            + "AND position > ?",
                    p.sectionId(),
                    p.position());
        });
    }

    /** Moves a paragraph to a position in a section (positions counted without the paragraph). */
    public void moveParagraph(String id, String sectionId, int position) {
        db.run(c -> {
            deleteParagraph(id);
            restoreParagraph(id, sectionId, position);
        });
    }

    public void insertSection(Section s) {
        db.run(c -> {
            db.changed(ParagraphsChanged.of(s.id()));
            Sql.update(
                    c, "UPDATE section SET position = position + 1 WHERE deleted = 0 AND position >= ?", s.position());
            Sql.update(c, "INSERT INTO section(id, title, position) VALUES (?, ?, ?)", s.id(), s.title(), s.position());
        });
    }

    /** A section, live or deleted. */
    public Optional<Section> sectionEvenDeleted(String id) {
        return db.read(
                c -> Sql.one(c, "SELECT id, title, position FROM section WHERE id = ?", DraftStore::mapSection, id));
    }

    /** Marks a section deleted and closes the gap it leaves among the sections. */
    public void deleteSection(String id) {
        db.run(ParagraphsChanged.of(id), c -> {
            Section s = Sql.one(
                            c,
                            "SELECT id, title, position FROM section WHERE id = ? AND deleted = 0",
                            DraftStore::mapSection,
                            id)
                    .orElseThrow(() -> missing(id));
            Sql.update(c, "UPDATE section SET deleted = 1 WHERE id = ?", id);
            Sql.update(
                    c, "UPDATE section SET position = position - 1 WHERE deleted = 0 AND position > ?", s.position());
        });
    }

    /** Brings a deleted section back, with a title, at a position among the sections. */
    public void restoreSection(String id, String title, int position) {
        db.run(ParagraphsChanged.of(id), c -> {
            Sql.update(c, "UPDATE section SET position = position + 1 WHERE deleted = 0 AND position >= ?", position);
            Sql.update(c, "UPDATE section SET deleted = 0, title = ?, position = ? WHERE id = ?", title, position, id);
        });
    }

    /** Moves a section to a position among the sections (counted without it). */
    public void moveSection(String id, int position) {
        db.run(c -> {
            Section s = section(id).orElseThrow(() -> missing(id));
            deleteSection(id);
            restoreSection(id, s.title(), position);
        });
    }

    public void renameSection(String id, String title) {
        db.run(
                ParagraphsChanged.of(id),
                c -> requireOne(
                        Sql.update(c, "UPDATE section SET title = ? WHERE id = ? AND deleted = 0", title, id), id));
    }

    public long countParagraphs() {
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM paragraph WHERE deleted = 0"));
    }

    public long countSections() {
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM section WHERE deleted = 0"));
    }

    private static void openGap(Connection c, String sectionId, int position) throws SQLException {
        Sql.update(
                c,
                "UPDATE paragraph SET position = position + 1 WHERE deleted = 0 AND section_id IS ? "
                        + "AND position >= ?",
                sectionId,
                position);
    }

    private void requireOne(int updated, String id) {
        if (updated != 1) {
            throw missing(id);
        }
    }

    private StoreException missing(String id) {
        return new StoreException(db.file() + ": the draft has no paragraph or section " + id);
    }

    static Section mapSection(ResultSet rs) throws SQLException {
        return new Section(rs.getString("id"), rs.getString("title"), rs.getInt("position"));
    }

    static Paragraph mapParagraph(ResultSet rs) throws SQLException {
        return new Paragraph(
                rs.getString("id"),
                rs.getString("section_id"),
                ParagraphKind.valueOf(rs.getString("kind")),
                rs.getInt("position"),
                ParagraphStatus.valueOf(rs.getString("status")),
                rs.getString("text"));
    }
}
