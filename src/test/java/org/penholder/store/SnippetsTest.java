package org.penholder.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.ingest.ImportDetails;
import org.penholder.ingest.MadeFiles;
import org.penholder.project.Project;

/**
 * Snippets made from the stored text are the ones SQLite's FTS5 {@code snippet()} makes: same
 * passage, same marks, same ellipses, for words, prefixes, phrases, several terms, accents, and
 * Chinese by trigrams.
 */
class SnippetsTest {

    @TempDir
    Path dir;

    /** A query as the index gets it, and the phrases the snippet marks. */
    private record Query(String match, List<Snippets.Phrase> phrases) {

        static Query words(String... terms) {
            return of(Snippets.Tokenizer.WORDS, " AND ", terms);
        }

        static Query anyWord(String... terms) {
            return of(Snippets.Tokenizer.WORDS, " OR ", terms);
        }

        static Query substrings(String... terms) {
            return of(Snippets.Tokenizer.TRIGRAM, " AND ", terms);
        }

        private static Query of(Snippets.Tokenizer tokenizer, String join, String... terms) {
            List<String> match = new ArrayList<>();
            List<Snippets.Phrase> phrases = new ArrayList<>();
            for (String t : terms) {
                boolean prefix = t.endsWith("*");
                String text = prefix ? t.substring(0, t.length() - 1) : t;
                match.add(InputIndex.quote(text) + (prefix ? "*" : ""));
                phrases.add(tokenizer.phrase(text, prefix));
            }
            return new Query(String.join(join, match), phrases);
        }
    }

    private static final List<Query> WORD_QUERIES = List.of(
            Query.words("digital"),
            Query.words("connectivity"),
            Query.words("divide"),
            Query.words("stakeholder*"),
            Query.words("connect*"),
            Query.words("gov*"),
            Query.words("d*"),
            Query.words("digital divide"),
            Query.words("Internet Governance Forum"),
            Query.words("human rights"),
            Query.words("meaningful", "connectivity"),
            Query.words("digital", "rights", "gender"),
            Query.anyWord("digital", "connectivity", "humanity", "finance"),
            Query.words("developpement"),
            Query.words("développement"),
            Query.words("numérique"),
            Query.words("fracture numerique"),
            Query.words("الفجوة"),
            Query.words("цифровой"),
            Query.words("brecha"),
            Query.words("the"));

    private static final List<Query> TRIGRAM_QUERIES = List.of(
            Query.substrings("互联网治理"),
            Query.substrings("数字鸿沟"),
            Query.substrings("可持续"),
            Query.substrings("信息社会"),
            Query.substrings("人工智能"),
            Query.substrings("WSIS"),
            Query.substrings("数字", "发展"));

    @Test
    void sameSnippetsAsFts5OnTheSampleAndMultilingualInputs() throws Exception {
        try (Project p = TestFiles.openSample(dir)) {
            p.inputImporter().importFiles(List.of(MadeFiles.multilingual()), ImportDetails.NONE);
            int compared = p.database()
                    .read(c -> compareAll(
                            c,
                            "input_fts f JOIN input i ON i.id = f.rowid",
                            "input_trigram t JOIN input i ON i.id = t.rowid"));
            assertTrue(compared > 100, "only " + compared + " snippets compared");
        }
    }

    @Test
    void sameSnippetsAsFts5ForSentencesShortTextsRepeatsAndAccents() throws Exception {
        List<String> texts = List.of(
                "Digital.",
                "digital divide",
                "  Leading spaces before the digital divide, and trailing ones.  ",
                "The title alone matches here, the text not at all: nothing about it.",
                "One sentence. Another about the digital divide: closing it. A third about digital rights. "
                        + "A fourth without. A fifth, long, long, long, long, long, long, long, long, long, long, "
                        + "long, long, long, long, long, long, long, long, long, long, long, long, long: digital.",
                "digital digital digital divide divide digital divide digital. Divide. Digital, divide; digital!",
                "Connectivity, connected, connecting and connections: the Internet Governance Forum "
                        + "(IGF) and the Internet governance forum, INTERNET GOVERNANCE FORUM.",
                "Le développement numérique et la fracture numérique : Développement, DEVELOPPEMENT, developpement.",
                "الفجوة الرقمية في العالم. الفجوة بين البلدان.",
                "Цифровой разрыв: цифровой мир. Цифровой.",
                "La brecha digital. Brecha de género; BRECHA.",
                "we " + "pad the text with many words so that the digital divide sits in the middle of it ".repeat(12)
                        + "and then stakeholders, stakeholder engagement and multi-stakeholder meaningful connectivity "
                        + "of humanity, gender and rights; finance. "
                        + "more words follow here to pad it out ".repeat(9));
        List<String> cjk = List.of(
                "互联网治理论坛。数字鸿沟：缩小数字鸿沟是可持续发展的关键。互联网治理互联网治理。",
                "信息社会世界峰会（WSIS）与人工智能；wsis 与 Wsis。" + "数字发展，".repeat(30) + "人工智能。",
                "可持续可持续可持续。数字鸿沟数字鸿沟",
                "互联网治");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (Statement st = c.createStatement()) {
                // the indexes' tokenizers, as in the project schema
                st.execute(
                        "CREATE VIRTUAL TABLE input_fts USING fts5(title, text, tokenize='unicode61 remove_diacritics 2')");
                st.execute("CREATE VIRTUAL TABLE input_trigram USING fts5(text, tokenize='trigram')");
            }
            try (PreparedStatement words = c.prepareStatement("INSERT INTO input_fts(title, text) VALUES (?, ?)");
                    PreparedStatement trigrams = c.prepareStatement("INSERT INTO input_trigram(text) VALUES (?)")) {
                for (String t : texts) {
                    words.setString(1, "digital title");
                    words.setString(2, t);
                    words.executeUpdate();
                }
                for (String t : cjk) {
                    trigrams.setString(1, t);
                    trigrams.executeUpdate();
                }
            }
            int compared = compareAll(c, "input_fts f", "input_trigram t");
            assertTrue(compared > 40, "only " + compared + " snippets compared");
        }
    }

    /** Compares every matching row's snippet for every query; returns how many were compared. */
    private static int compareAll(Connection c, String wordsFrom, String trigramsFrom) throws SQLException {
        int n = 0;
        for (Query q : WORD_QUERIES) {
            n += compare(
                    c,
                    "SELECT snippet(input_fts, 1, '[', ']', '…', 24), f.text FROM " + wordsFrom
                            + " WHERE input_fts MATCH ?",
                    q,
                    Snippets.Tokenizer.WORDS,
                    24);
        }
        for (Query q : TRIGRAM_QUERIES) {
            n += compare(
                    c,
                    "SELECT snippet(input_trigram, 0, '[', ']', '…', 40), t.text FROM " + trigramsFrom
                            + " WHERE input_trigram MATCH ?",
                    q,
                    Snippets.Tokenizer.TRIGRAM,
                    40);
        }
        return n;
    }

    private static int compare(Connection c, String sql, Query q, Snippets.Tokenizer tokenizer, int size)
            throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, q.match());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String text = rs.getString(2);
                    assertEquals(
                            rs.getString(1),
                            Snippets.snippet(tokenizer, text, q.phrases(), size, "[", "]", "…"),
                            q.match() + " in: " + text);
                    n++;
                }
            }
        }
        return n;
    }
}
