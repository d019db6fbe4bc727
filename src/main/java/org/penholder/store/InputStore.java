package org.penholder.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.penholder.events.ProjectEvent.InputsChanged;
import org.penholder.model.Input;
import org.penholder.model.InputKind;
import org.penholder.model.TextScripts;

/** Stakeholder inputs: their metadata, their immutable text and its full-text index. */
public final class InputStore {

    static final String SELECT = "SELECT i.id, i.stakeholder_id, s.name AS stakeholder, g.name AS group_name, "
            + "i.kind, i.title, i.occasion, i.date, i.language, i.original_file, i.sha256, i.imported_at, "
            + "length(i.text) AS length FROM input i "
            + "LEFT JOIN stakeholder s ON s.id = i.stakeholder_id "
            + "LEFT JOIN stakeholder_group g ON g.id = s.group_id ";

    private final Database db;

    public InputStore(Database db) {
        this.db = db;
    }

    /** What is known of an input before it is stored. */
    public record NewInput(
            Long stakeholderId,
            InputKind kind,
            String title,
            String occasion,
            LocalDate date,
            String language,
            String originalFile,
            String text) {}

    /** The outcome of {@link #add}: the new input's id, or the id of the input with the same text. */
    public record Added(long id, boolean duplicate) {}

    /**
     * Stores an input. An input whose text is exactly that of one already in the project is not
     * stored twice: the existing one's id comes back, marked as a duplicate.
     */
    public Added add(NewInput in) {
        String sha = sha256(in.text());
        return db.write(c -> {
            Optional<Long> existing = Sql.one(c, "SELECT id FROM input WHERE sha256 = ?", rs -> rs.getLong(1), sha);
            if (existing.isPresent()) {
                return new Added(existing.get(), true);
            }
            long id = Sql.insert(
                    c,
                    "INSERT INTO input(stakeholder_id, kind, title, occasion, date, language, "
                            + "original_file, sha256, imported_at, text, cjk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    in.stakeholderId(),
                    in.kind() == null ? InputKind.WRITTEN : in.kind(),
                    in.title(),
                    in.occasion(),
                    in.date(),
                    in.language(),
                    in.originalFile(),
                    sha,
                    Instant.now(),
                    in.text(),
                    TextScripts.hasUnspacedScript(in.text()));
            db.changed(InputsChanged.of(id));
            return new Added(id, false);
        });
    }

    public List<Input> all() {
        return db.read(c -> Sql.list(c, SELECT + "ORDER BY i.id", InputStore::map));
    }

    public Optional<Input> byId(long id) {
        return db.read(c -> Sql.one(c, SELECT + "WHERE i.id = ?", InputStore::map, id));
    }

    /** The full text of an input. */
    public String text(long id) {
        return db.read(c -> Sql.one(c, "SELECT text FROM input WHERE id = ?", rs -> rs.getString(1), id))
                .orElseThrow(() -> new StoreException(db.file() + ": there is no input " + id));
    }

    /**
     * A passage of an input's text. Offsets count UTF-16 code units, as Java strings and the editor
     * do (SQLite's own substr counts code points, which differ beyond the Basic Multilingual Plane).
     */
    public String passage(long id, int start, int end) {
        String text = text(id);
        if (start < 0 || end > text.length() || start >= end) {
            throw new StoreException(db.file() + ": input " + id + " has no passage " + start + "-" + end
                    + " (its text is " + text.length() + " characters long)");
        }
        return text.substring(start, end);
    }

    public long count() {
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM input"));
    }

    /** The id of an input with exactly this text, if there is one. */
    public Optional<Long> withSameText(String text) {
        String sha = sha256(text);
        return db.read(c -> Sql.one(c, "SELECT id FROM input WHERE sha256 = ?", rs -> rs.getLong(1), sha));
    }

    /** The size of an input's text in bytes (UTF-8), which SQLite tells without loading the text; 0 if there is no such input. */
    public long textBytes(long id) {
        return db.read(c -> Sql.one(c, "SELECT octet_length(text) FROM input WHERE id = ?", rs -> rs.getLong(1), id))
                .orElse(0L);
    }

    /** Files this input's group of near-identical submissions under {@code rootId}. */
    public void markNearDuplicate(long id, long rootId) {
        db.run(
                InputsChanged.of(id),
                c -> Sql.update(c, "UPDATE input SET near_duplicate_of = ? WHERE id = ?", rootId, id));
    }

    /** The first input of the group of near-identical submissions this one belongs to, if any. */
    public Optional<Long> nearDuplicateOf(long id) {
        return db.read(c -> Sql.one(
                c,
                "SELECT near_duplicate_of FROM input WHERE id = ?",
                rs -> Sql.nullableLong(rs, "near_duplicate_of"),
                id));
    }

    /** Changes the details of an input (never its text). */
    public void updateDetails(
            long id, Long stakeholderId, String title, String occasion, LocalDate date, String language) {
        db.run(InputsChanged.of(id), c -> {
            int n = Sql.update(
                    c,
                    "UPDATE input SET stakeholder_id = ?, title = ?, occasion = ?, date = ?, language = ? "
                            + "WHERE id = ?",
                    stakeholderId,
                    title,
                    occasion,
                    date,
                    language,
                    id);
            if (n != 1) {
                throw new StoreException(db.file() + ": there is no input " + id);
            }
        });
    }

    /**
     * Takes inputs out of the project with their tags, exactly as they were, to be put back by
     * {@link #putBack} (the undo of their import). Their links go with them: ask {@link #dependedOn} first.
     */
    public RemovedRows remove(Collection<Long> ids) {
        Object[] params = ids.toArray();
        String in = Sql.placeholders(ids.size());
        return db.write(new InputsChanged(Set.copyOf(ids)), c -> {
            RemovedRows rows = new RemovedRows()
                    .keep(c, "input", "id IN (" + in + ") ORDER BY id", params)
                    .keep(c, "input_tag", "input_id IN (" + in + ")", params);
            Sql.update(c, "DELETE FROM input WHERE id IN (" + in + ")", params);
            return rows;
        });
    }

    /** Puts back inputs {@link #remove} took out, with their ids, texts and tags. */
    public void putBack(Collection<Long> ids, RemovedRows rows) {
        db.run(new InputsChanged(Set.copyOf(ids)), rows::putBack);
    }

    /**
     * Of these inputs, those that something outside them depends on: a link, or another input
     * filed as near-identical to one of them.
     */
    public List<Long> dependedOn(Collection<Long> ids) {
        List<Object> params = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            params.addAll(ids);
        }
        String in = Sql.placeholders(ids.size());
        return db.read(c -> Sql.list(
                c,
                "SELECT input_id FROM link WHERE input_id IN (" + in + ") UNION "
                        + "SELECT near_duplicate_of FROM input WHERE near_duplicate_of IN (" + in + ") "
                        + "AND id NOT IN (" + in + ") ORDER BY 1",
                rs -> rs.getLong(1),
                params.toArray()));
    }

    /** The occasions inputs were given at, in the order they first appear. */
    public List<String> occasions() {
        return db.read(c -> Sql.list(
                c,
                "SELECT occasion FROM input WHERE occasion IS NOT NULL AND occasion <> '' "
                        + "GROUP BY occasion ORDER BY MIN(id)",
                rs -> rs.getString(1)));
    }

    /** The languages of inputs, most common first. */
    public List<String> languages() {
        return db.read(c -> Sql.list(
                c,
                "SELECT language FROM input WHERE language IS NOT NULL AND language <> '' "
                        + "GROUP BY language ORDER BY COUNT(*) DESC, language",
                rs -> rs.getString(1)));
    }

    /** The SHA-256 of a text, as stored to recognise exact duplicates. */
    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static Input map(ResultSet rs) throws SQLException {
        return new Input(
                rs.getLong("id"),
                Sql.nullableLong(rs, "stakeholder_id"),
                rs.getString("stakeholder"),
                rs.getString("group_name"),
                InputKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("occasion"),
                Sql.date(rs, "date"),
                rs.getString("language"),
                rs.getString("original_file"),
                rs.getString("sha256"),
                Sql.instant(rs, "imported_at"),
                rs.getInt("length"));
    }
}
