package org.penholder.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A text's shingles (its runs of {@link #SIZE} words, as 64-bit hashes, sorted and distinct) and
 * the Jaccard similarity of two such sets. Words are lower case without accents; in Chinese and
 * Japanese every character is a word. Hashes are compared only within one run of Penholder, never
 * stored.
 */
final class Shingles {

    static final int SIZE = 4;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Shingles() {}

    /** The shingles of a text. */
    static long[] of(String text, boolean unspaced) {
        if (unspaced || text.indexOf('\u03a3') >= 0) {
            return of(tokens(text, unspaced));
        }
        // Most words of most texts are plain ASCII: hashed straight from the text, no strings made.
        Hashes words = new Hashes(Math.max(16, text.length() / 6));
        List<String> slow = new ArrayList<>();
        runs(text, (start, end, ascii) -> {
            if (ascii) {
                long h = FNV_OFFSET;
                for (int k = start; k < end; k++) {
                    char c = text.charAt(k);
                    h = (h ^ (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)) * FNV_PRIME;
                }
                words.add(h);
            } else {
                slow.clear();
                wordsOf(text.substring(start, end), slow);
                for (String w : slow) {
                    words.add(hash(w));
                }
            }
        });
        return fromWordHashes(words.values, words.size);
    }

    /** The shingles of a text's words, as {@link #tokens} gives them. */
    static long[] of(List<String> tokens) {
        long[] words = new long[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = hash(tokens.get(i));
        }
        return fromWordHashes(words, words.length);
    }

    /** Words in lower case without accents; for unspaced scripts, single letters. */
    static List<String> tokens(String text, boolean unspaced) {
        List<String> out = new ArrayList<>();
        if (unspaced) {
            plain(text).codePoints().filter(Character::isLetterOrDigit).forEach(cp -> out.add(Character.toString(cp)));
            return out;
        }
        if (text.indexOf('\u03a3') >= 0) {
            // a capital sigma lowercases by its context (final or not): only the whole text decides
            wordsOf(text, out);
            return out;
        }
        runs(text, (start, end, ascii) -> {
            if (ascii) {
                out.add(text.substring(start, end).toLowerCase(Locale.ROOT));
            } else {
                wordsOf(text.substring(start, end), out);
            }
        });
        return out;
    }

    /** Receives a run of a text: its bounds, and whether it is all ASCII. */
    private interface RunVisitor {
        void visit(int start, int end, boolean ascii);
    }

    /**
     * Cuts a text into runs at the ASCII characters that are neither letter nor digit. Lowercasing
     * and removing accents never change or join those characters, so cutting there first gives the
     * same words as cutting the whole normalised text; runs of plain ASCII need no normalising.
     */
    private static void runs(String text, RunVisitor visitor) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isAsciiSeparator(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean ascii = true;
            while (i < n && !isAsciiSeparator(text.charAt(i))) {
                ascii &= text.charAt(i) < 0x80;
                i++;
            }
            if (start < i) {
                visitor.visit(start, i, ascii);
            }
        }
    }

    /** A growing list of hashes. */
    private static final class Hashes {
        long[] values;
        int size;

        Hashes(int capacity) {
            values = new long[capacity];
        }

        void add(long h) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = h;
        }
    }

    /** Shared shingles over all shingles of two sets made by this class. */
    static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / (a.length + b.length - shared);
    }

    private static long[] fromWordHashes(long[] words, int count) {
        int shingles = Math.max(0, count - SIZE + 1);
        long[] out = new long[shingles];
        for (int i = 0; i < shingles; i++) {
            long h = 0;
            for (int j = i; j < i + SIZE; j++) {
                h = (h + words[j]) * 0x9e3779b97f4a7c15L;
            }
            out[i] = mix(h);
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < shingles; i++) {
            if (distinct == 0 || out[i] != out[distinct - 1]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    private static long hash(String word) {
        long h = FNV_OFFSET;
        for (int k = 0; k < word.length(); k++) {
            h = (h ^ word.charAt(k)) * FNV_PRIME;
        }
        return h;
    }

    /** Spreads the bits of a hash (MurmurHash3's finaliser). */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static boolean isAsciiSeparator(char c) {
        return c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    }

    private static void wordsOf(String text, List<String> out) {
        for (String w : NOT_WORD.split(plain(text))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
    }

    private static String plain(String text) {
        return MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
    }
}
