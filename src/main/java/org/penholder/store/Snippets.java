package org.penholder.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Snippets of an input's text as FTS5's {@code snippet()} makes them, computed here from the
 * stored text. FTS5 runs the whole query again for every snippet (for a prefix, it merges every
 * matching term's list again) and reads the text through SQL; for the inputs shown, that costs
 * several times the ranking itself. This class tokenises the text as the index does
 * ({@code unicode61 remove_diacritics 2} for words, {@code trigram} for Chinese and Japanese), finds
 * the query's phrases in it, and picks and marks the passage with FTS5's rules: the window of
 * {@code size} tokens holding the most distinct phrases, preferring one starting a sentence.
 */
final class Snippets {

    /** One phrase of the query: its tokens as the index keeps them; the last one a prefix if {@code prefix}. */
    record Phrase(List<String> tokens, boolean prefix) {}

    /** How a text is cut into tokens: by words, or by overlapping three-character substrings. */
    enum Tokenizer {
        WORDS,
        TRIGRAM;

        /** The phrase a query term stands for in this index. */
        Phrase phrase(String term, boolean prefix) {
            Tokens t = tokens(term);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < t.count; i++) {
                out.add(t.folded(i));
            }
            return new Phrase(out, prefix && this == WORDS);
        }

        Tokens tokens(String text) {
            return this == WORDS ? Tokens.words(text) : Tokens.trigrams(text);
        }
    }

    private Snippets() {}

    /**
     * The passage of {@code text} around the best match of the phrases, at most {@code size}
     * tokens, matches between {@code open} and {@code close}, {@code ellipsis} where text is left out.
     */
    static String snippet(
            Tokenizer tokenizer,
            String text,
            List<Phrase> phrases,
            int size,
            String open,
            String close,
            String ellipsis) {
        Tokens tokens = tokenizer.tokens(text);
        int[][] instances = instances(tokens, phrases);
        int[] phraseSize = phrases.stream().mapToInt(p -> p.tokens().size()).toArray();
        int[] sentences = sentenceStarts(text, tokens);
        int n = tokens.count;

        int bestStart = 0;
        int bestScore = 0;
        boolean[] seen = new boolean[phrases.size()];
        for (int[] inst : instances) {
            int io = inst[1];
            Arrays.fill(seen, false);
            int[] scored = score(instances, phraseSize, seen, n, io, size);
            if (scored[0] > bestScore) {
                bestScore = scored[0];
                bestStart = scored[1];
            }
            if (sentences.length > 0 && n > size) {
                int jj = 0;
                while (jj < sentences.length - 1 && sentences[jj + 1] <= io) {
                    jj++;
                }
                if (sentences[jj] < io) {
                    Arrays.fill(seen, false);
                    int score = score(instances, phraseSize, seen, n, sentences[jj], size)[0]
                            + (sentences[jj] == 0 ? 120 : 100);
                    if (score > bestScore) {
                        bestScore = score;
                        bestStart = sentences[jj];
                    }
                }
            }
        }
        return highlight(text, tokens, instances, phraseSize, bestStart, bestStart + size - 1, open, close, ellipsis);
    }

    /** FTS5's score of a window: 1000 for each phrase found in it, 1 for each further instance. */
    private static int[] score(int[][] instances, int[] phraseSize, boolean[] seen, int docSize, int from, int size) {
        long end = (long) from + size;
        int score = 0;
        int first = -1;
        int last = 0;
        // instances are in position order: only those from the window's first on need a look
        int lo = 0;
        int hi = instances.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (instances[mid][1] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < instances.length && instances[k][1] < end; k++) {
            int[] inst = instances[k];
            score += seen[inst[0]] ? 1 : 1000;
            seen[inst[0]] = true;
            if (first < 0) {
                first = inst[1];
            }
            last = inst[1] + phraseSize[inst[0]];
        }
        long adjusted = (long) first - (size - (last - first)) / 2;
        if (adjusted + size > docSize) {
            adjusted = (long) docSize - size;
        }
        return new int[] {score, (int) Math.max(0, adjusted)};
    }

    /** Marks the matches among tokens {@code from..to}, as FTS5's highlight callback does. */
    private static String highlight(
            String text,
            Tokens tokens,
            int[][] instances,
            int[] phraseSize,
            int from,
            int to,
            String open,
            String close,
            String ellipsis) {
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append(ellipsis);
        }
        Coalesced match = new Coalesced(instances, phraseSize);
        while (match.start >= 0 && match.start < from) {
            match.next();
        }
        int copied = 0;
        boolean isOpen = false;
        for (int pos = from; pos <= to && pos < tokens.count; pos++) {
            int start = tokens.start[pos];
            int end = tokens.end[pos];
            if (from > 0 && pos == from) {
                copied = start;
            }
            if (isOpen && (pos <= match.start || match.start < 0) && start > copied) {
                out.append(close);
                isOpen = false;
            }
            if (pos == match.start && !isOpen) {
                copied = copy(out, text, copied, start);
                out.append(open);
                isOpen = true;
            }
            if (pos == match.end) {
                if (!isOpen) {
                    out.append(open);
                    isOpen = true;
                }
                copied = copy(out, text, copied, end);
                match.next();
            }
            if (pos == to) {
                if (isOpen) {
                    if (match.start >= 0 && pos >= match.start) {
                        copied = copy(out, text, copied, end);
                    }
                    out.append(close);
                    isOpen = false;
                }
                copied = copy(out, text, copied, end);
            }
        }
        if (isOpen) {
            out.append(close);
        }
        if (to >= tokens.count - 1) {
            copy(out, text, copied, text.length());
        } else {
            out.append(ellipsis);
        }
        return out.toString();
    }

    /** Appends {@code text[from, to)} and returns where copying got to (never backwards). */
    private static int copy(StringBuilder out, String text, int from, int to) {
        if (to <= from) {
            return from;
        }
        out.append(text, from, to);
        return to;
    }

    /** Phrase instances as {phrase, first token}, by position, then by phrase (FTS5's order). */
    private static int[][] instances(Tokens tokens, List<Phrase> phrases) {
        List<int[]> out = new ArrayList<>();
        for (int pos = 0; pos < tokens.count; pos++) {
            for (int p = 0; p < phrases.size(); p++) {
                if (matches(tokens, pos, phrases.get(p))) {
                    out.add(new int[] {p, pos});
                }
            }
        }
        return out.toArray(int[][]::new);
    }

    private static boolean matches(Tokens tokens, int pos, Phrase phrase) {
        List<String> want = phrase.tokens();
        if (want.isEmpty() || pos + want.size() > tokens.count) {
            return false;
        }
        for (int i = 0; i < want.size(); i++) {
            if (!tokens.is(pos + i, want.get(i), phrase.prefix() && i == want.size() - 1)) {
                return false;
            }
        }
        return true;
    }

    /** Tokens that begin a sentence: the first, and any after ". " or ": " (FTS5's sentence finder). */
    private static int[] sentenceStarts(String text, Tokens tokens) {
        int[] out = new int[Math.max(1, tokens.count)];
        int n = 0;
        for (int pos = 0; pos < tokens.count; pos++) {
            if (pos == 0) {
                out[n++] = 0;
                continue;
            }
            int start = tokens.start[pos];
            int i = start - 1;
            char c = 0;
            for (; i >= 0; i--) {
                c = text.charAt(i);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    break;
                }
            }
            if (i != start - 1 && (c == '.' || c == ':')) {
                out[n++] = pos;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Overlapping phrase instances merged into one marked run of tokens, as FTS5 marks them. */
    private static final class Coalesced {
        private final int[][] instances;
        private final int[] phraseSize;
        private int next;
        int start = -1;
        int end = -1;

        Coalesced(int[][] instances, int[] phraseSize) {
            this.instances = instances;
            this.phraseSize = phraseSize;
            next();
        }

        void next() {
            start = -1;
            end = -1;
            while (next < instances.length) {
                int io = instances[next][1];
                int last = io - 1 + phraseSize[instances[next][0]];
                if (start < 0) {
                    start = io;
                    end = last;
                } else if (io <= end) {
                    end = Math.max(end, last);
                } else {
                    break;
                }
                next++;
            }
        }
    }

    /**
     * A text's tokens: where each starts and ends in the text; the folded form of a token with
     * letters beyond ASCII is made when first compared (most tokens compare character by character).
     */
    static final class Tokens {
        final int[] start;
        final int[] end;
        final int count;
        private final String text;
        private final boolean trigrams;
        private final boolean[] plain;
        private final String[] folded;

        private Tokens(String text, int[] start, int[] end, boolean[] plain, int count, boolean trigrams) {
            this.text = text;
            this.start = start;
            this.end = end;
            this.plain = plain;
            this.count = count;
            this.trigrams = trigrams;
            this.folded = new String[count];
        }

        /** The token as the index keeps it. */
        String folded(int i) {
            if (folded[i] == null) {
                String raw = text.substring(start[i], end[i]);
                if (trigrams) {
                    StringBuilder lower = new StringBuilder(raw.length());
                    raw.codePoints().map(Character::toLowerCase).forEach(lower::appendCodePoint);
                    folded[i] = lower.toString();
                } else {
                    folded[i] = plain[i] ? raw.toLowerCase(Locale.ROOT) : foldUnicode(raw);
                }
            }
            return folded[i];
        }

        /** Whether token {@code i}, folded, is {@code want} (or starts with it, for a prefix). */
        boolean is(int i, String want, boolean prefix) {
            if (trigrams) {
                // three characters, lower case (the trigram index folds case only)
                int len = end[i] - start[i];
                if (len != want.length()) {
                    return false;
                }
                for (int k = 0; k < len; k++) {
                    char ch = text.charAt(start[i] + k);
                    if (Character.isSurrogate(ch)) {
                        return folded(i).equals(want);
                    }
                    if (Character.toLowerCase(ch) != want.charAt(k)) {
                        return false;
                    }
                }
                return true;
            }
            if (!plain[i]) {
                return isFolded(i, want, prefix);
            }
            int len = end[i] - start[i];
            if (prefix ? len < want.length() : len != want.length()) {
                return false;
            }
            int at = start[i];
            for (int k = 0; k < want.length(); k++) {
                char ch = text.charAt(at + k);
                if ((ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch) != want.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /** {@link #is} for a token beyond ASCII: folded character by character, without copying it. */
        private boolean isFolded(int i, String want, boolean prefix) {
            int k = 0;
            for (int at = start[i]; at < end[i]; at++) {
                char f = foldChar(text.charAt(at));
                if (f == FOLDS_TO_MORE) {
                    String whole = folded(i);
                    return prefix ? whole.startsWith(want) : whole.equals(want);
                }
                if (f == FOLDS_TO_NOTHING) {
                    continue;
                }
                if (k == want.length()) {
                    return prefix;
                }
                if (f != want.charAt(k++)) {
                    return false;
                }
            }
            return k == want.length();
        }

        private static final char FOLDS_TO_NOTHING = '\uFFFE';
        private static final char FOLDS_TO_MORE = '\uFFFF';
        /** Each character folded as the index folds it; 0 until first needed. */
        private static final char[] FOLD = new char[65536];

        private static char foldChar(char c) {
            if (c < 0x80) {
                return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            }
            char f = FOLD[c];
            if (f == 0) {
                String folded = Character.isSurrogate(c) ? "??" : foldUnicode(String.valueOf(c));
                f = folded.isEmpty() ? FOLDS_TO_NOTHING : folded.length() == 1 ? folded.charAt(0) : FOLDS_TO_MORE;
                FOLD[c] = f; // a race writes the same value
            }
            return f;
        }

        private static final boolean[] ASCII_TOKEN_CHAR = new boolean[128];

        static {
            for (int c = 0; c < 128; c++) {
                ASCII_TOKEN_CHAR[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            }
        }

        /** As {@code unicode61 remove_diacritics 2}: runs of letters, digits and private-use characters. */
        static Tokens words(String text) {
            int cap = Math.max(16, text.length() / 5);
            int[] start = new int[cap];
            int[] end = new int[cap];
            boolean[] plain = new boolean[cap];
            int n = 0;
            int len = text.length();
            int i = 0;
            while (i < len) {
                char ch = text.charAt(i);
                if (ch < 0x80) {
                    if (!ASCII_TOKEN_CHAR[ch]) {
                        i++;
                        continue;
                    }
                } else {
                    int cp = text.codePointAt(i);
                    if (!isTokenChar(cp)) {
                        i += Character.charCount(cp);
                        continue;
                    }
                }
                int s = i;
                boolean ascii = true;
                while (i < len) {
                    ch = text.charAt(i);
                    if (ch < 0x80) {
                        if (!ASCII_TOKEN_CHAR[ch]) {
                            break;
                        }
                        i++;
                    } else {
                        int cp = text.codePointAt(i);
                        if (!isTokenChar(cp) && !isDiacritic(cp)) {
                            break;
                        }
                        ascii = false;
                        i += Character.charCount(cp);
                    }
                }
                if (n == start.length) {
                    start = Arrays.copyOf(start, n * 2);
                    end = Arrays.copyOf(end, n * 2);
                    plain = Arrays.copyOf(plain, n * 2);
                }
                start[n] = s;
                end[n] = i;
                plain[n] = ascii;
                n++;
            }
            return new Tokens(text, start, end, plain, n, false);
        }

        /** As {@code trigram}: a token at every character that has two more after it, lower case. */
        static Tokens trigrams(String text) {
            int cps = text.codePointCount(0, text.length());
            int n = Math.max(0, cps - 2);
            int[] start = new int[n];
            int[] end = new int[n];
            int at = 0;
            for (int k = 0; k < n; k++) {
                start[k] = at;
                end[k] = text.offsetByCodePoints(at, 3);
                at += Character.charCount(text.codePointAt(at));
            }
            return new Tokens(text, start, end, new boolean[n], n, true);
        }

        private static boolean isTokenChar(int cp) {
            if (cp < 0x80) {
                return ASCII_TOKEN_CHAR[cp];
            }
            return switch (Character.getType(cp)) {
                case Character.UPPERCASE_LETTER,
                        Character.LOWERCASE_LETTER,
                        Character.TITLECASE_LETTER,
                        Character.MODIFIER_LETTER,
                        Character.OTHER_LETTER,
                        Character.DECIMAL_DIGIT_NUMBER,
                        Character.LETTER_NUMBER,
                        Character.OTHER_NUMBER,
                        Character.PRIVATE_USE -> true;
                default -> false;
            };
        }

        private static boolean isDiacritic(int cp) {
            return Character.getType(cp) == Character.NON_SPACING_MARK;
        }

        /** Lower case without diacritics, as the index keeps a word. */
        private static String foldUnicode(String token) {
            String lower = token.toLowerCase(Locale.ROOT);
            String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
            StringBuilder out = new StringBuilder(decomposed.length());
            decomposed.codePoints().filter(cp -> !isDiacritic(cp)).forEach(out::appendCodePoint);
            return out.toString();
        }
    }
}
