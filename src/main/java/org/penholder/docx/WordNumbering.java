package org.penholder.docx;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The list definitions of a Word file and a counter that gives each numbered paragraph the number
 * Word prints before it ("12.", "12 bis.", "(a)", "IV."), so that automatically numbered
 * paragraphs keep their numbers when they are read.
 */
final class WordNumbering {

    private static final int LEVELS = 9;

    /** One level of a list: where it starts, how it counts, what it prints. */
    record Level(int start, String format, String text, boolean restartsAfterHigher, boolean legal) {
        static final Level DEFAULT = new Level(1, "decimal", null, true, false);
    }

    /** A numbering instance: its abstract list, and the levels it restarts. */
    private record Num(int abstractId, Map<Integer, Integer> startOverrides) {}

    static final WordNumbering NONE = new WordNumbering(Map.of(), Map.of(), Map.of());

    private final Map<Integer, Level[]> abstracts;
    private final Map<Integer, Num> nums;
    private final Map<Integer, String> styleLinks;

    private WordNumbering(Map<Integer, Level[]> abstracts, Map<Integer, Num> nums, Map<Integer, String> styleLinks) {
        this.abstracts = abstracts;
        this.nums = nums;
        this.styleLinks = styleLinks;
    }

    /** True when the instance prints numbers of its own at that level (not a bullet, not nothing). */
    boolean isCounted(int numId, int ilvl, WordStyles styles) {
        Level l = level(numId, ilvl, styles);
        return l != null && !"bullet".equals(l.format()) && !"none".equals(l.format());
    }

    /** A new counter, to be fed every numbered paragraph in document order. */
    Counter counter(WordStyles styles) {
        return new Counter(styles);
    }

    private Level level(int numId, int ilvl, WordStyles styles) {
        Level[] levels = levels(numId, styles);
        return levels == null || ilvl < 0 || ilvl >= LEVELS ? null : levels[ilvl];
    }

    private Level[] levels(int numId, WordStyles styles) {
        Num num = nums.get(numId);
        for (int hops = 0; num != null && hops < 4; hops++) {
            String link = styleLinks.get(num.abstractId());
            if (link == null) {
                return abstracts.get(num.abstractId());
            }
            // a list defined by a numbering style: follow the style to its own instance
            Integer linked = styles.numId(link);
            num = linked == null || linked == numId ? null : nums.get(linked);
        }
        return null;
    }

    /**
     * Numbers paragraphs as Word does: the instances of one abstract list share its counters; an
     * instance with a start override restarts those levels where it is first used.
     */
    final class Counter {
        private final WordStyles styles;
        private final Map<Integer, int[]> counts = new HashMap<>();
        private final Map<Integer, boolean[]> used = new HashMap<>();
        private final Map<Integer, Map<Integer, Integer>> pendingStarts = new HashMap<>();
        private final java.util.Set<Integer> instancesSeen = new java.util.HashSet<>();

        private Counter(WordStyles styles) {
            this.styles = styles;
        }

        /** The number text of the next paragraph of instance {@code numId} at level {@code ilvl}, or null. */
        String next(int numId, int ilvl) {
            Num num = nums.get(numId);
            Level[] levels = levels(numId, styles);
            if (num == null || levels == null || ilvl < 0 || ilvl >= LEVELS) {
                return null;
            }
            int list = num.abstractId();
            int[] count = counts.computeIfAbsent(list, k -> new int[LEVELS]);
            boolean[] seen = used.computeIfAbsent(list, k -> new boolean[LEVELS]);
            Map<Integer, Integer> pending = pendingStarts.computeIfAbsent(list, k -> new HashMap<>());
            if (instancesSeen.add(numId)) {
                for (Map.Entry<Integer, Integer> o : num.startOverrides().entrySet()) {
                    if (o.getKey() >= 0 && o.getKey() < LEVELS) {
                        seen[o.getKey()] = false;
                        pending.put(o.getKey(), o.getValue());
                    }
                }
            }
            if (seen[ilvl]) {
                count[ilvl]++;
            } else {
                Integer start = pending.remove(ilvl);
                count[ilvl] = start != null ? start : start(levels, ilvl);
            }
            seen[ilvl] = true;
            for (int d = ilvl + 1; d < LEVELS; d++) {
                if (levels[d] == null || levels[d].restartsAfterHigher()) {
                    seen[d] = false;
                }
            }
            Level level = levels[ilvl] == null ? Level.DEFAULT : levels[ilvl];
            if ("none".equals(level.format())) {
                return "";
            }
            String text = level.text() == null ? "%" + (ilvl + 1) + "." : level.text();
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                    int l = text.charAt(++i) - '1';
                    int value = seen[l] ? count[l] : pending.getOrDefault(l, start(levels, l));
                    Level shown = levels[l] == null ? Level.DEFAULT : levels[l];
                    out.append(format(value, level.legal() ? "decimal" : shown.format()));
                } else {
                    out.append(ch);
                }
            }
            return out.toString();
        }

        private int start(Level[] levels, int ilvl) {
            return levels[ilvl] == null ? 1 : levels[ilvl].start();
        }
    }

    static String format(int n, String format) {
        return switch (format == null ? "decimal" : format) {
            case "lowerLetter" -> letters(n).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(n);
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            case "bullet", "none" -> "";
            default -> Integer.toString(n);
        };
    }

    private static String letters(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char letter = (char) ('A' + (n - 1) % 26);
        return String.valueOf(letter).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                b.append(symbols[i]);
                n -= values[i];
            }
        }
        return b.toString();
    }

    /** Reads a numbering part. */
    static WordNumbering parse(InputStream in) throws XMLStreamException {
        Map<Integer, Level[]> abstracts = new HashMap<>();
        Map<Integer, Num> nums = new HashMap<>();
        Map<Integer, String> links = new HashMap<>();
        XMLStreamReader r = WordXml.open(in);
        try {
            while (r.hasNext()) {
                if (WordXml.next(r) != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (WordXml.is(r, "abstractNum")) {
                    int id = WordXml.intAttr(r, "abstractNumId", -1);
                    Level[] levels = new Level[LEVELS];
                    String link = readAbstract(r, levels);
                    abstracts.put(id, levels);
                    if (link != null) {
                        links.put(id, link);
                    }
                } else if (WordXml.is(r, "num")) {
                    int id = WordXml.intAttr(r, "numId", -1);
                    nums.put(id, readNum(r));
                }
            }
        } finally {
            r.close();
        }
        return new WordNumbering(abstracts, nums, links);
    }

    private static String readAbstract(XMLStreamReader r, Level[] levels) throws XMLStreamException {
        String[] link = new String[1];
        WordXml.walk(r, Set.of(), (local, parents) -> {
            if (local.equals("numStyleLink")) {
                link[0] = WordXml.attr(r, "val");
            } else if (local.equals("lvl")) {
                int ilvl = WordXml.intAttr(r, "ilvl", -1);
                Level level = readLevel(r);
                if (ilvl >= 0 && ilvl < LEVELS) {
                    levels[ilvl] = level;
                }
                return true;
            }
            return false;
        });
        return link[0];
    }

    /** A level as its properties are read. */
    private static final class LevelReading {
        int start = 1;
        String format = "decimal";
        String text;
        boolean restarts = true;
        boolean legal;
    }

    private static Level readLevel(XMLStreamReader r) throws XMLStreamException {
        LevelReading l = new LevelReading();
        WordXml.walk(r, Set.of("pPr", "rPr"), (local, parents) -> {
            switch (local) {
                case "start" -> l.start = WordXml.intAttr(r, "val", 1);
                case "numFmt" -> l.format = WordXml.attr(r, "val");
                case "lvlText" -> l.text = WordXml.attr(r, "val");
                case "lvlRestart" -> l.restarts = WordXml.intAttr(r, "val", 1) != 0;
                case "isLgl" -> l.legal = WordXml.onOff(r);
                default -> {}
            }
            return false;
        });
        return new Level(l.start, l.format, l.text, l.restarts, l.legal);
    }

    private static Num readNum(XMLStreamReader r) throws XMLStreamException {
        int[] abstractId = {-1};
        int[] overrideLevel = {-1};
        Map<Integer, Integer> overrides = new HashMap<>();
        WordXml.walk(r, Set.of("lvl"), (local, parents) -> {
            switch (local) {
                case "abstractNumId" -> abstractId[0] = WordXml.intAttr(r, "val", -1);
                case "lvlOverride" -> overrideLevel[0] = WordXml.intAttr(r, "ilvl", -1);
                case "startOverride" -> {
                    if (overrideLevel[0] >= 0) {
                        overrides.put(overrideLevel[0], WordXml.intAttr(r, "val", 1));
                    }
                }
                default -> {}
            }
            return false;
        });
        return new Num(abstractId[0], overrides);
    }
}
