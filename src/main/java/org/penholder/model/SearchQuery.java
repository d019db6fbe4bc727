package org.penholder.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a person typed in a search box, as terms: words, {@code prefix*} words and
 * {@code "quoted phrases"}; every term must match ({@link #any} false) or any may (for
 * suggestions, ranked by how well they match). Terms in Chinese or Japanese script are marked
 * {@code unspaced}: such text has no spaces between words and is searched by substring.
 */
public record SearchQuery(List<Term> terms, boolean any) {

    /** One term of a query. */
    public record Term(String text, boolean phrase, boolean prefix, boolean unspaced) {}

    public SearchQuery {
        terms = List.copyOf(terms);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Reads a query as typed: words, {@code digit*}, {@code "digital divide"}. */
    public static SearchQuery parse(String typed) {
        List<Term> terms = new ArrayList<>();
        String s = typed == null ? "" : typed.strip();
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
            } else if (ch == '"' || ch == '\u201C' || ch == '\u201D' || ch == '\u00AB' || ch == '\u300C') {
                int end = closing(s, i + 1);
                add(terms, s.substring(i + 1, end), true, end + 1 < s.length() && s.charAt(end + 1) == '*');
                i = end + 1;
            } else {
                int end = i;
                while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '"') {
                    end++;
                }
                String word = s.substring(i, end);
                boolean prefix = word.endsWith("*");
                add(terms, prefix ? word.substring(0, word.length() - 1) : word, false, prefix);
                i = end;
            }
        }
        return new SearchQuery(terms, false);
    }

    /** A query matching any of the given words (suggestions from a paragraph's text). */
    public static SearchQuery anyOf(List<String> words) {
        List<Term> terms = new ArrayList<>();
        for (String w : words) {
            add(terms, w, false, false);
        }
        return new SearchQuery(terms, true);
    }

    private static int closing(String s, int from) {
        for (int j = from; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00BB' || c == '\u300D') {
                return j;
            }
        }
        return s.length();
    }

    private static void add(List<Term> terms, String raw, boolean phrase, boolean prefix) {
        String text = raw.replace("*", "").strip();
        // only letters and digits make a term; "-" alone or a stray quote does not
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (!phrase && (upper.equals("AND") || upper.equals("OR") || upper.equals("NOT") || upper.equals("NEAR"))) {
            text = text.toLowerCase(Locale.ROOT); // plain words, not FTS5 operators
        }
        terms.add(new Term(text, phrase, prefix, TextScripts.hasUnspacedScript(text)));
    }

    /** The words a person would see highlighted, lower case. */
    public List<String> words() {
        return terms.stream().map(t -> t.text().toLowerCase(Locale.ROOT)).toList();
    }
}
