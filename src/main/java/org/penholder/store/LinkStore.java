package org.penholder.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.penholder.events.ProjectEvent.LinksChanged;
import org.penholder.model.Ids;
import org.penholder.model.Link;
import org.penholder.model.LinkedPassage;

/** Links from paragraphs to passages of inputs. */
public final class LinkStore {

    private static final String SELECT_PASSAGE = "SELECT l.*, i.title AS input_title, i.occasion, i.date, "
            + "s.name AS stakeholder, g.name AS group_name FROM link l JOIN input i ON i.id = l.input_id "
            + "LEFT JOIN stakeholder s ON s.id = i.stakeholder_id LEFT JOIN stakeholder_group g ON g.id = s.group_id ";

    private final Database db;

    public LinkStore(Database db) {
        this.db = db;
    }

    /** Stores a link; the quote is the passage's text, kept beside the offsets. */
    public long add(
            String paragraphId,
            long inputId,
            int start,
            int end,
            String quote,
            String note,
            String createdBy,
            String paragraphText) {
        return db.write(
                new LinksChanged(Set.of(paragraphId), Set.of(inputId)),
                c -> Sql.insert(
                        c,
                        "INSERT INTO link(paragraph_id, input_id, start_char, end_char, quote, note, "
                                + "created_at, created_by, paragraph_text, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        paragraphId,
                        inputId,
                        start,
                        end,
                        quote,
                        note,
                        Instant.now(),
                        createdBy,
                        paragraphText,
                        Ids.newUid()));
    }

    /** Puts back a removed link with its own id and uid (undo of a removal). */
    public void restore(Link l, String paragraphText) {
        db.run(
                new LinksChanged(Set.of(l.paragraphId()), Set.of(l.inputId())),
                c -> Sql.update(
                        c,
                        "INSERT INTO link(id, paragraph_id, input_id, start_char, end_char, quote, note, "
                                + "created_at, created_by, paragraph_text, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        l.id(),
                        l.paragraphId(),
                        l.inputId(),
                        l.start(),
                        l.end(),
                        l.quote(),
                        l.note(),
                        l.createdAt(),
                        l.createdBy(),
                        paragraphText,
                        RemovedRecords.takeBack(
                                c,
                                RemovedRecords.Kind.LINK,
                                l.id(),
                                RemovedRecords.linkKey(l.inputId(), l.start(), l.end()))));
    }

    /** The link of a paragraph to exactly this passage, if there is one. */
    public Optional<Link> find(String paragraphId, long inputId, int start, int end) {
        return db.read(c -> Sql.one(
                c,
                "SELECT * FROM link WHERE paragraph_id = ? AND input_id = ? AND start_char = ? " + "AND end_char = ?",
                LinkStore::map,
                paragraphId,
                inputId,
                start,
                end));
    }

    /** Links of the paragraphs in the draft (not of deleted ones), by paragraph and then as made. */
    public List<Link> ofLiveParagraphs() {
        return db.read(c -> Sql.list(
                c,
                "SELECT l.* FROM link l JOIN paragraph p ON p.id = l.paragraph_id "
                        + "WHERE p.deleted = 0 ORDER BY l.id",
                LinkStore::map));
    }

    public Optional<Link> byId(long id) {
        return db.read(c -> Sql.one(c, "SELECT * FROM link WHERE id = ?", LinkStore::map, id));
    }

    public List<Link> all() {
        return db.read(c -> Sql.list(c, "SELECT * FROM link ORDER BY id", LinkStore::map));
    }

    public List<Link> ofParagraph(String paragraphId) {
        return db.read(
                c -> Sql.list(c, "SELECT * FROM link WHERE paragraph_id = ? ORDER BY id", LinkStore::map, paragraphId));
    }

    public List<Link> ofInput(long inputId) {
        return db.read(
                c -> Sql.list(c, "SELECT * FROM link WHERE input_id = ? ORDER BY start_char", LinkStore::map, inputId));
    }

    /** The passages a paragraph draws on, with who they come from. */
    public List<LinkedPassage> passagesOf(String paragraphId) {
        return db.read(c -> Sql.list(
                c,
                SELECT_PASSAGE + "WHERE l.paragraph_id = ? ORDER BY l.id",
                rs -> new LinkedPassage(
                        map(rs),
                        rs.getString("input_title"),
                        rs.getString("stakeholder"),
                        rs.getString("group_name"),
                        rs.getString("occasion"),
                        Sql.date(rs, "date")),
                paragraphId));
    }

    /** Number of links of each paragraph that has any. */
    public Map<String, Integer> countsByParagraph() {
        return db
                .read(c -> Sql.list(
                        c,
                        "SELECT paragraph_id, COUNT(*) FROM link GROUP BY paragraph_id",
                        rs -> Map.entry(rs.getString(1), rs.getInt(2))))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Moves every link of one paragraph to another; returns the ids moved. */
    public List<Long> moveAll(String fromParagraph, String toParagraph) {
        return db.write(c -> {
            List<Long> ids =
                    Sql.list(c, "SELECT id FROM link WHERE paragraph_id = ?", rs -> rs.getLong(1), fromParagraph);
            told(c, ids, toParagraph);
            Sql.update(c, "UPDATE link SET paragraph_id = ? WHERE paragraph_id = ?", toParagraph, fromParagraph);
            return ids;
        });
    }

    /** Moves the given links to a paragraph. */
    public void move(List<Long> linkIds, String toParagraph) {
        db.run(c -> {
            told(c, linkIds, toParagraph);
            for (long id : linkIds) {
                Sql.update(c, "UPDATE link SET paragraph_id = ? WHERE id = ?", toParagraph, id);
            }
        });
    }

    /** The paragraph's text when each link of a paragraph was made or last confirmed, by link id. */
    public Map<Long, String> paragraphTexts(String paragraphId) {
        return db
                .read(c -> Sql.list(
                        c,
                        "SELECT id, paragraph_text FROM link WHERE paragraph_id = ?",
                        rs -> Map.entry(rs.getLong(1), rs.getString(2) == null ? "" : rs.getString(2)),
                        paragraphId))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Marks links suspect: their paragraph has moved far from the text they were made for. */
    public void markSuspect(List<Long> linkIds) {
        db.run(c -> {
            told(c, linkIds, null);
            for (long id : linkIds) {
                Sql.update(c, "UPDATE link SET suspect = 1 WHERE id = ?", id);
            }
        });
    }

    /** Clears the mark of links whose paragraph has come back to (near) the text they were made for. */
    public void clearSuspect(List<Long> linkIds) {
        db.run(c -> {
            told(c, linkIds, null);
            for (long id : linkIds) {
                Sql.update(c, "UPDATE link SET suspect = 0 WHERE id = ?", id);
            }
        });
    }

    /** Someone confirmed that a link still holds for the paragraph's text as it is now. */
    public void confirm(long linkId, String paragraphText) {
        db.run(c -> {
            told(c, List.of(linkId), null);
            Sql.update(c, "UPDATE link SET suspect = 0, paragraph_text = ? WHERE id = ?", paragraphText, linkId);
        });
    }

    /** Sets what is known of a link's paragraph text and whether it is suspect (undo of a confirmation). */
    public void setReference(long linkId, String paragraphText, boolean suspect) {
        db.run(c -> {
            told(c, List.of(linkId), null);
            Sql.update(
                    c, "UPDATE link SET suspect = ?, paragraph_text = ? WHERE id = ?", suspect, paragraphText, linkId);
        });
    }

    /** The paragraph text a link was made for or last confirmed against (null when not known). */
    public Optional<String> reference(long linkId) {
        return db.read(c -> Sql.one(c, "SELECT paragraph_text FROM link WHERE id = ?", rs -> rs.getString(1), linkId));
    }

    /** Takes a new reference text for links that are not suspect (the paragraph was split or joined, not rewritten). */
    public void rebase(List<Long> linkIds, String paragraphText) {
        db.run(c -> {
            told(c, linkIds, null);
            for (long id : linkIds) {
                Sql.update(c, "UPDATE link SET paragraph_text = ? WHERE id = ? AND suspect = 0", paragraphText, id);
            }
        });
    }

    /** Number of suspect links of paragraphs in the draft. */
    public long countSuspect() {
        return db.read(c -> Sql.count(
                c,
                "SELECT COUNT(*) FROM link l JOIN paragraph p ON p.id = l.paragraph_id "
                        + "WHERE p.deleted = 0 AND l.suspect = 1"));
    }

    public void setNote(long linkId, String note) {
        db.run(c -> {
            told(c, List.of(linkId), null);
            Sql.update(c, "UPDATE link SET note = ? WHERE id = ?", note, linkId);
        });
    }

    /** Removes a link; its uid is remembered, so that merging a copy that still holds it does not bring it back. */
    public void remove(long linkId) {
        db.run(c -> {
            told(c, List.of(linkId), null);
            Optional<String> key = Sql.one(
                    c,
                    "SELECT input_id, start_char, end_char FROM link WHERE id = ?",
                    rs -> RemovedRecords.linkKey(rs.getLong(1), rs.getInt(2), rs.getInt(3)),
                    linkId);
            if (key.isPresent()) {
                RemovedRecords.remember(c, RemovedRecords.Kind.LINK, linkId, key.get());
            }
            Sql.update(c, "DELETE FROM link WHERE id = ?", linkId);
        });
    }

    /** Says which paragraphs and inputs the links' change touches (and the paragraph they go to, if any). */
    private void told(Connection c, Collection<Long> linkIds, String toParagraph) throws SQLException {
        if (linkIds.isEmpty()) {
            return;
        }
        Set<String> paragraphs = new HashSet<>();
        Set<Long> inputs = new HashSet<>();
        if (toParagraph != null) {
            paragraphs.add(toParagraph);
        }
        for (long id : linkIds) {
            Sql.one(
                    c,
                    "SELECT paragraph_id, input_id FROM link WHERE id = ?",
                    rs -> {
                        paragraphs.add(rs.getString(1));
                        inputs.add(rs.getLong(2));
                        return true;
                    },
                    id);
        }
        db.changed(new LinksChanged(paragraphs, inputs));
    }

    /** Number of links of the paragraphs in the draft (links of deleted paragraphs wait for an undo). */
    public long count() {
        return db.read(c -> Sql.count(
                c, "SELECT COUNT(*) FROM link l JOIN paragraph p ON p.id = l.paragraph_id " + "WHERE p.deleted = 0"));
    }

    static Link map(ResultSet rs) throws SQLException {
        return new Link(
                rs.getLong("id"),
                rs.getString("paragraph_id"),
                rs.getLong("input_id"),
                rs.getInt("start_char"),
                rs.getInt("end_char"),
                rs.getString("quote"),
                rs.getString("note"),
                Sql.instant(rs, "created_at"),
                rs.getString("created_by"),
                rs.getInt("suspect") != 0);
    }
}
