package org.penholder.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.penholder.model.InputCoverage;
import org.penholder.model.InputKind;
import org.penholder.model.Link;
import org.penholder.model.LinkedPassage;

/**
 * The facts coverage is computed from, read without any input text: which inputs the paragraphs of
 * a text link to, each input's stakeholder group and clusters, and the description of the inputs a
 * list shows. The text is the working draft (its live paragraphs; {@code revisionId} null) or one
 * revision (the paragraphs of its snapshot). Links are not versioned: a revision's paragraphs are
 * read with the links they have now.
 *
 * <p>Links are read once per computation, as distinct (paragraph, input) pairs: a link row also
 * holds its quote and the paragraph's text at link time, so each pass over 20,000 links costs
 * more than every other query together.
 */
public final class CoverageStore {

    private static final String CLUSTER_SEPARATOR = "\u001F";
    private static final String DESCRIBE = "SELECT i.id, i.title, i.kind, i.date, i.occasion, s.name AS stakeholder, "
            + "g.name AS group_name, (SELECT group_concat(t.name, char(31) ORDER BY t.position) FROM input_tag it "
            + "JOIN tag t ON t.id = it.tag_id WHERE it.input_id = i.id AND t.kind = 'CLUSTER') AS clusters FROM input i "
            + "LEFT JOIN stakeholder s ON s.id = i.stakeholder_id LEFT JOIN stakeholder_group g ON g.id = s.group_id ";
    private static final String DESCRIBE_ORDER =
            "ORDER BY g.id IS NULL, g.position, s.name IS NULL, " + "s.name COLLATE NOCASE, i.date, i.id";

    private final Database db;

    public CoverageStore(Database db) {
        this.db = db;
    }

    /** "This paragraph draws on this input", however many passages of it are linked. */
    public record LinkPair(String paragraphId, long inputId) {}

    /** An entry of the stakeholder groups or the cluster list. */
    public record ListEntry(long id, String name) {}

    private record Source(
            long inputId, String title, String occasion, LocalDate date, String stakeholder, String group) {}

    /** The title and document symbol a text carries. */
    public record Heading(String title, String symbol) {}

    /** The distinct (paragraph, input) pairs of the links of the text's paragraphs. */
    public Set<LinkPair> linkPairs(Long revisionId) {
        // One sequential pass over the link table ("+" keeps SQLite from looking up each paragraph's
        // links through link_by_paragraph, which costs a random read per link); duplicates, left
        // by DISTINCT's temporary b-tree, are dropped here more cheaply.
        return db.read(c -> new HashSet<>(Sql.list(
                c,
                "SELECT l.paragraph_id, l.input_id FROM link l " + "WHERE +l.paragraph_id IN " + scope(revisionId),
                rs -> new LinkPair(rs.getString(1), rs.getLong(2)),
                params(revisionId))));
    }

    /** Every input's stakeholder group id; the value is null for an input without a group. */
    public Map<Long, Long> groupOfEachInput() {
        return db.read(c -> {
            Map<Long, Long> out = new HashMap<>();
            // input_by_stakeholder covers this scan: the inputs' long rows are not touched
            for (long[] row : Sql.list(
                    c,
                    "SELECT i.id, COALESCE(s.group_id, -1) FROM input i "
                            + "LEFT JOIN stakeholder s ON s.id = i.stakeholder_id",
                    rs -> new long[] {rs.getLong(1), rs.getLong(2)})) {
                out.put(row[0], row[1] < 0 ? null : row[1]);
            }
            return out;
        });
    }

    /** The inputs of each thematic cluster, by the cluster's tag id. */
    public Map<Long, Set<Long>> inputsOfEachCluster() {
        return db.read(c -> {
            Map<Long, Set<Long>> out = new HashMap<>();
            for (long[] row : Sql.list(
                    c,
                    "SELECT it.tag_id, it.input_id FROM input_tag it JOIN tag t ON t.id = it.tag_id "
                            + "WHERE t.kind = 'CLUSTER'",
                    rs -> new long[] {rs.getLong(1), rs.getLong(2)})) {
                out.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1]);
            }
            return out;
        });
    }

    /** The stakeholder groups, in the list's order. */
    public List<ListEntry> groups() {
        return db.read(c -> Sql.list(
                c,
                "SELECT id, name FROM stakeholder_group ORDER BY position, id",
                rs -> new ListEntry(rs.getLong(1), rs.getString(2))));
    }

    /** The thematic clusters, in the list's order. */
    public List<ListEntry> clusters() {
        return db.read(c -> Sql.list(
                c,
                "SELECT id, name FROM tag WHERE kind = 'CLUSTER' ORDER BY position, id",
                rs -> new ListEntry(rs.getLong(1), rs.getString(2))));
    }

    /**
     * Describes inputs (title, stakeholder, group, clusters; never the text), by group, stakeholder
     * and date; {@code paragraphs} gives the number of paragraphs drawing on each (0 when absent).
     */
    public List<InputCoverage> describe(Collection<Long> inputIds, Map<Long, Integer> paragraphs) {
        String ids = inputIds.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
        return db.read(c -> Sql.list(
                c,
                DESCRIBE + "WHERE i.id IN (SELECT value FROM json_each(?)) " + DESCRIBE_ORDER,
                rs -> map(rs, paragraphs),
                ids));
    }

    /** Describes every input, by group, stakeholder and date. */
    public List<InputCoverage> describeAll(Map<Long, Integer> paragraphs) {
        return db.read(c -> Sql.list(c, DESCRIBE + DESCRIBE_ORDER, rs -> map(rs, paragraphs)));
    }

    /** The passages every paragraph of the text draws on, paragraph by paragraph, as linked. */
    public Map<String, List<LinkedPassage>> passages(Long revisionId) {
        return db.read(c -> {
            List<Link> links = Sql.list(
                    c,
                    "SELECT l.* FROM link l WHERE l.paragraph_id IN " + scope(revisionId)
                            + " ORDER BY l.paragraph_id, l.id",
                    LinkStore::map,
                    params(revisionId));
            // who said each input, read once per input rather than once per link
            Map<Long, Source> sources = new HashMap<>();
            String ids = links.stream()
                    .map(l -> String.valueOf(l.inputId()))
                    .distinct()
                    .collect(Collectors.joining(",", "[", "]"));
            for (Source s : Sql.list(
                    c,
                    "SELECT i.id, i.title, i.occasion, i.date, s.name AS stakeholder, g.name AS group_name "
                            + "FROM input i LEFT JOIN stakeholder s ON s.id = i.stakeholder_id "
                            + "LEFT JOIN stakeholder_group g ON g.id = s.group_id WHERE i.id IN (SELECT value FROM json_each(?))",
                    rs -> new Source(
                            rs.getLong("id"),
                            rs.getString("title"),
                            rs.getString("occasion"),
                            Sql.date(rs, "date"),
                            rs.getString("stakeholder"),
                            rs.getString("group_name")),
                    ids)) {
                sources.put(s.inputId(), s);
            }
            Map<String, List<LinkedPassage>> out = new HashMap<>();
            for (Link l : links) {
                Source s = sources.get(l.inputId());
                out.computeIfAbsent(l.paragraphId(), k -> new ArrayList<>())
                        .add(new LinkedPassage(l, s.title(), s.stakeholder(), s.group(), s.occasion(), s.date()));
            }
            return out;
        });
    }

    /** Ids of the paragraphs in the working draft now. */
    public Set<String> liveParagraphIds() {
        return db.read(
                c -> new HashSet<>(Sql.list(c, "SELECT id FROM paragraph WHERE deleted = 0", rs -> rs.getString(1))));
    }

    /** The title and symbol of the working draft, or of a revision as it was made. */
    public Heading heading(Long revisionId) {
        return db.read(c -> revisionId == null
                ? new Heading(meta(c, "title"), meta(c, "symbol"))
                : Sql.one(
                                c,
                                "SELECT title, symbol FROM revision WHERE id = ?",
                                rs -> new Heading(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2)),
                                revisionId)
                        .orElseThrow(() -> new StoreException(db.file() + ": there is no revision " + revisionId)));
    }

    private static String meta(Connection c, String key) throws SQLException {
        return Sql.one(c, "SELECT value FROM meta WHERE key = ?", rs -> rs.getString(1), key)
                .orElse("");
    }

    /** The paragraph ids of the text, as a subquery. */
    private static String scope(Long revisionId) {
        return revisionId == null
                ? "(SELECT id FROM paragraph WHERE deleted = 0)"
                : "(SELECT ref_id FROM revision_block WHERE revision_id = ? AND kind <> 'HEADING')";
    }

    private static Object[] params(Long revisionId) {
        return revisionId == null ? new Object[0] : new Object[] {revisionId};
    }

    private static InputCoverage map(ResultSet rs, Map<Long, Integer> paragraphs) throws SQLException {
        String clusters = rs.getString("clusters");
        long id = rs.getLong("id");
        return new InputCoverage(
                id,
                rs.getString("title"),
                rs.getString("stakeholder"),
                rs.getString("group_name"),
                InputKind.valueOf(rs.getString("kind")),
                Sql.date(rs, "date"),
                rs.getString("occasion"),
                clusters == null ? List.of() : Arrays.asList(clusters.split(CLUSTER_SEPARATOR)),
                paragraphs.getOrDefault(id, 0));
    }
}
