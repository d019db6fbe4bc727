package org.penholder.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.penholder.model.Input;
import org.penholder.model.InputFilter;
import org.penholder.model.InputRow;
import org.penholder.model.SearchHit;
import org.penholder.model.SearchQuery;
import org.penholder.model.Tag;

/**
 * Finding inputs: the library's listing with its filters, and full-text search over the FTS5
 * indexes ({@code input_fts} by words, {@code input_trigram} by substrings for Chinese and
 * Japanese), ranked by BM25, with snippets. Ranking and snippets are two steps, so that snippets
 * are made only for the inputs shown, however many match.
 */
public final class InputIndex {

    /** Weight of a match in the title against one in the text. */
    private static final String BM25 = "bm25(input_fts, 4.0, 1.0)";

    private static final char MARK_START = SearchHit.MARK_START;
    private static final char MARK_END = SearchHit.MARK_END;

    private final Database db;

    public InputIndex(Database db) {
        this.db = db;
    }

    private static final String WITH_TEXT = InputStore.SELECT.replace("FROM input i", ", i.text FROM input i");

    private static final String ROW = InputStore.SELECT.replace(
            "FROM input i",
            ", i.near_duplicate_of, "
                    + "(SELECT COUNT(*) FROM link l WHERE l.input_id = i.id) AS links, "
                    + "(SELECT COUNT(*) FROM input d WHERE d.near_duplicate_of = i.id) AS alike FROM input i");

    /** The inputs the filter lets through, oldest first; near-identical ones once, under the first. */
    public List<InputRow> rows(InputFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params, filter.alikeOf() == null);
        return rowsWhere(where + " ORDER BY i.id", params.toArray());
    }

    /** One input as the library lists it. */
    public Optional<InputRow> row(long inputId) {
        return rowsWhere("i.id = ?", inputId).stream().findFirst();
    }

    private List<InputRow> rowsWhere(String where, Object... params) {
        return db.read(c -> {
            Map<Long, List<Tag>> tags = tagsByInput(c);
            return Sql.list(
                    c,
                    ROW + "WHERE " + where,
                    rs -> new InputRow(
                            InputStore.map(rs),
                            tags.getOrDefault(rs.getLong("id"), List.of()),
                            rs.getInt("links"),
                            rs.getInt("alike"),
                            Sql.nullableLong(rs, "near_duplicate_of")),
                    params);
        });
    }

    private static Map<Long, List<Tag>> tagsByInput(Connection c) throws SQLException {
        Map<Long, List<Tag>> tags = new HashMap<>();
        for (var e : Sql.list(
                c,
                "SELECT it.input_id, t.* FROM input_tag it JOIN tag t ON t.id = it.tag_id "
                        + "ORDER BY t.kind DESC, t.position",
                rs -> Map.entry(rs.getLong("input_id"), TagStore.map(rs)))) {
            tags.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
        return tags;
    }

    /** The SQL condition on {@code input i} for a filter; its parameters are added to {@code params}. */
    private static String where(InputFilter f, List<Object> params, boolean collapseAlike) {
        List<String> and = new ArrayList<>();
        and.add("1 = 1");
        if (f.group() != null) {
            and.add("g.name = ? COLLATE NOCASE");
            params.add(f.group());
        }
        if (f.tagId() != null) {
            and.add("EXISTS (SELECT 1 FROM input_tag it WHERE it.input_id = i.id AND it.tag_id = ?)");
            params.add(f.tagId());
        }
        if (f.occasion() != null) {
            and.add("i.occasion = ?");
            params.add(f.occasion());
        }
        if (f.language() != null) {
            and.add("i.language = ?");
            params.add(f.language());
        }
        switch (f.linked()) {
            case LINKED -> and.add("EXISTS (SELECT 1 FROM link l WHERE l.input_id = i.id)");
            case NOT_LINKED -> and.add("NOT EXISTS (SELECT 1 FROM link l WHERE l.input_id = i.id)");
            case ANY -> {}
        }
        if (f.alikeOf() != null) {
            and.add("(i.id = ? OR i.near_duplicate_of = ?)");
            params.add(f.alikeOf());
            params.add(f.alikeOf());
        } else if (collapseAlike) {
            and.add("i.near_duplicate_of IS NULL");
        }
        return String.join(" AND ", and);
    }

    /**
     * Inputs matching a query, best first, at most {@code limit}. Near-identical submissions that
     * match together come back as one hit (the best-ranked) counting the others.
     */
    public List<SearchHit> search(SearchQuery query, InputFilter filter, int limit) {
        Plan plan = Plan.of(query);
        if (plan == null) {
            return List.of();
        }
        return db.read(c -> {
            List<Object> params = new ArrayList<>();
            StringBuilder sql = new StringBuilder();
            if (plan.words != null) {
                sql.append("SELECT rowid, ").append(BM25).append(" AS score FROM input_fts WHERE input_fts MATCH ?");
                params.add(plan.words);
                if (plan.substrings != null) {
                    sql.append(" AND rowid IN (SELECT rowid FROM input_trigram WHERE input_trigram MATCH ?)");
                    params.add(plan.substrings);
                }
            } else if (plan.substrings != null) {
                sql.append("SELECT rowid, bm25(input_trigram) AS score FROM input_trigram WHERE input_trigram MATCH ?");
                params.add(plan.substrings);
            } else {
                // only one- and two-character Chinese or Japanese words: too short for trigrams, so
                // the texts are searched. Only those in Chinese or Japanese, found through the
                // trigram index's own list of its rows (FTS5's docsize table): "cjk = 1" alone
                // would read every input's whole text to reach the column stored after it.
                sql.append(
                        "SELECT id AS rowid, 0.0 AS score FROM input WHERE id IN (SELECT id FROM input_trigram_docsize) "
                                + "AND cjk = 1");
                for (String s : plan.shortSubstrings) {
                    sql.append(" AND instr(text, ?) > 0");
                    params.add(s);
                }
            }
            if (plan.words != null || plan.substrings != null) {
                String matched = plan.words != null ? "input_fts.rowid" : "input_trigram.rowid";
                for (String s : plan.shortSubstrings) {
                    // only the texts the index matched are read
                    sql.append(" AND instr((SELECT m.text FROM input m WHERE m.id = ")
                            .append(matched)
                            .append("), ?) > 0");
                    params.add(s);
                }
            }
            if (!filter.isAll()) {
                List<Object> fp = new ArrayList<>();
                String where = where(filter.withAlikeOf(filter.alikeOf()), fp, false);
                sql.append(" AND rowid IN (SELECT i.id FROM input i LEFT JOIN stakeholder s ON s.id = i.stakeholder_id "
                                + "LEFT JOIN stakeholder_group g ON g.id = s.group_id WHERE ")
                        .append(where)
                        .append(')');
                params.addAll(fp);
            }
            // room for near-identical submissions, which fold into one hit
            sql.append(" ORDER BY score LIMIT ?");
            params.add(limit * 3 + 10);
            Map<Long, Double> ranked = new LinkedHashMap<>();
            for (var e :
                    Sql.list(c, sql.toString(), rs -> Map.entry(rs.getLong(1), rs.getDouble(2)), params.toArray())) {
                ranked.put(e.getKey(), e.getValue());
            }
            return fold(c, plan, ranked, limit);
        });
    }

    private List<SearchHit> fold(Connection c, Plan plan, Map<Long, Double> ranked, int limit) throws SQLException {
        Map<Long, Long> rootOf = new HashMap<>();
        if (!ranked.isEmpty()) {
            String ids = String.join(
                    ",", ranked.keySet().stream().map(String::valueOf).toList());
            for (var e : Sql.list(
                    c,
                    "SELECT id, COALESCE(near_duplicate_of, id) FROM input WHERE id IN (" + ids + ")",
                    rs -> Map.entry(rs.getLong(1), rs.getLong(2)))) {
                rootOf.put(e.getKey(), e.getValue());
            }
        }
        Map<Long, Long> bestOfGroup = new LinkedHashMap<>();
        Map<Long, Integer> alike = new HashMap<>();
        for (long id : ranked.keySet()) {
            long root = rootOf.getOrDefault(id, id);
            if (bestOfGroup.containsKey(root)) {
                alike.merge(root, 1, Integer::sum);
            } else if (bestOfGroup.size() < limit) {
                bestOfGroup.put(root, id);
            }
        }
        List<SearchHit> hits = new ArrayList<>();
        if (bestOfGroup.isEmpty()) {
            return hits;
        }
        String ids = String.join(
                ",", bestOfGroup.values().stream().map(String::valueOf).toList());
        // the inputs shown and their stored texts, in one read; snippets are made only for them, after ranking
        Map<Long, Input> inputs = new HashMap<>();
        Map<Long, String> texts = new HashMap<>();
        for (var e : Sql.list(
                c,
                WITH_TEXT + "WHERE i.id IN (" + ids + ")",
                rs -> Map.entry(InputStore.map(rs), rs.getString("text")))) {
            inputs.put(e.getKey().id(), e.getKey());
            texts.put(e.getKey().id(), e.getValue());
        }
        for (var e : bestOfGroup.entrySet()) {
            long id = e.getValue();
            // FTS5's bm25 is lower for better matches; people expect higher
            hits.add(new SearchHit(
                    inputs.get(id),
                    snippet(plan, texts.getOrDefault(id, "")),
                    -ranked.get(id),
                    alike.getOrDefault(e.getKey(), 0)));
        }
        return hits;
    }

    /** FTS5's snippet() of the word index (24 tokens) or of the trigram index (40), else a window around a short term. */
    private static String snippet(Plan plan, String text) {
        String start = String.valueOf(MARK_START);
        String end = String.valueOf(MARK_END);
        if (plan.words != null) {
            return Snippets.snippet(Snippets.Tokenizer.WORDS, text, plan.wordPhrases, 24, start, end, "…");
        }
        if (plan.substrings != null) {
            return Snippets.snippet(Snippets.Tokenizer.TRIGRAM, text, plan.substringPhrases, 40, start, end, "…");
        }
        String word = plan.shortSubstrings.getFirst();
        int at = text.indexOf(word);
        if (at < 0) {
            return text.substring(0, Math.min(60, text.length()));
        }
        int from = Math.max(0, at - 20);
        int to = Math.min(text.length(), at + word.length() + 20);
        return (from > 0 ? "…" : "")
                + text.substring(from, at)
                + MARK_START
                + word
                + MARK_END
                + text.substring(at + word.length(), to)
                + (to < text.length() ? "…" : "");
    }

    /**
     * Ids of inputs whose text shares the most with the given words, best first (candidates for
     * near-identical submissions). {@code unspaced} searches the trigram index instead.
     */
    public List<Long> similar(List<String> words, boolean unspaced, int limit) {
        if (words.isEmpty()) {
            return List.of();
        }
        String match = String.join(" OR ", words.stream().map(InputIndex::quote).toList());
        String sql = unspaced
                ? "SELECT rowid FROM input_trigram WHERE input_trigram MATCH ? ORDER BY bm25(input_trigram) LIMIT ?"
                : "SELECT rowid FROM input_fts WHERE input_fts MATCH ? ORDER BY " + BM25 + " LIMIT ?";
        return db.read(c -> Sql.list(c, sql, rs -> rs.getLong(1), match, limit));
    }

    /**
     * Of the given words (lower case, without accents, as the word index keeps them), the
     * {@code limit} found in the fewest inputs, rarest first; words no input holds are left out. A
     * few rare words find what a text is about faster, and as well, as all its words: every word
     * ORed into a query makes BM25 score every input that holds it.
     */
    public List<String> rarest(java.util.Collection<String> words, int limit) {
        if (words.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            try (java.sql.Statement st = c.createStatement()) {
                // a view of the word index's terms: lives in the connection's temporary schema only
                st.execute(
                        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.input_terms USING fts5vocab(main, 'input_fts', 'row')");
            }
            List<String> distinct = List.copyOf(new java.util.LinkedHashSet<>(words));
            java.util.Map<String, Long> docs = new java.util.HashMap<>();
            // one lookup per word: the vocabulary answers "term = ?" from its b-tree, an IN list by a scan
            try (java.sql.PreparedStatement ps =
                    c.prepareStatement("SELECT doc FROM temp.input_terms WHERE term = ?")) {
                for (String w : distinct) {
                    ps.setString(1, w);
                    try (java.sql.ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            docs.put(w, rs.getLong(1));
                        }
                    }
                }
            }
            return distinct.stream()
                    .filter(docs::containsKey)
                    .sorted(java.util.Comparator.comparingLong(docs::get))
                    .limit(limit)
                    .toList();
        });
    }

    /**
     * Ids of the inputs whose title or text holds the word (lower case, without accents, as the word
     * index keeps it), in ascending order.
     */
    public long[] holding(String word) {
        return db.read(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT rowid FROM input_fts WHERE input_fts MATCH ? ORDER BY rowid")) {
                ps.setString(1, quote(word));
                long[] ids = new long[64];
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (n == ids.length) {
                            ids = java.util.Arrays.copyOf(ids, n * 2);
                        }
                        ids[n++] = rs.getLong(1);
                    }
                }
                return java.util.Arrays.copyOf(ids, n);
            }
        });
    }

    /** An FTS5 string: the text in double quotes, inner quotes doubled, so no character is an operator. */
    static String quote(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** How a query is put to the two indexes, and the phrases its snippets mark. */
    private record Plan(
            String words,
            String substrings,
            List<String> shortSubstrings,
            List<Snippets.Phrase> wordPhrases,
            List<Snippets.Phrase> substringPhrases) {

        static Plan of(SearchQuery q) {
            List<String> words = new ArrayList<>();
            List<String> subs = new ArrayList<>();
            List<String> shortSubs = new ArrayList<>();
            List<Snippets.Phrase> wordPhrases = new ArrayList<>();
            List<Snippets.Phrase> subPhrases = new ArrayList<>();
            for (SearchQuery.Term t : q.terms()) {
                if (t.unspaced()) {
                    if (t.text().codePointCount(0, t.text().length()) >= 3) {
                        subs.add(quote(t.text()));
                        subPhrases.add(Snippets.Tokenizer.TRIGRAM.phrase(t.text(), false));
                    } else {
                        shortSubs.add(t.text());
                    }
                } else {
                    words.add(quote(t.text()) + (t.prefix() ? "*" : ""));
                    wordPhrases.add(Snippets.Tokenizer.WORDS.phrase(t.text(), t.prefix()));
                }
            }
            if (words.isEmpty() && subs.isEmpty() && shortSubs.isEmpty()) {
                return null;
            }
            String join = q.any() ? " OR " : " AND ";
            return new Plan(
                    words.isEmpty() ? null : String.join(join, words),
                    subs.isEmpty() ? null : String.join(join, subs),
                    shortSubs,
                    wordPhrases,
                    subPhrases);
        }
    }
}
