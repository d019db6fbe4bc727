package org.penholder.ingest;

import java.text.Normalizer;

/** Small helpers for turning extracted text into an input's stored text. */
final class Texts {

    private Texts() {}

    /**
     * The text as it is stored: Unicode NFC (so that "é" typed and "é" pasted are one letter and
     * search finds both), Unix line ends, no control characters but tab and newline, no spaces at
     * line ends, at most one blank line in a row, nothing blank at either end.
     */
    static String normalize(String raw) {
        String s = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    continue;
                }
                ch = '\n';
            } else if (ch == '\u2028' || ch == '\u2029' || ch == '\u000B' || ch == '\u000C' || ch == '\u0085') {
                ch = '\n';
            } else if (ch == '\u00A0') {
                ch = ' ';
            } else if (ch != '\n'
                    && ch != '\t'
                    && (Character.isISOControl(ch) || ch == '\uFEFF' || ch == '\uFFFE' || ch == '\uFFFF')) {
                continue;
            }
            b.append(ch);
        }
        StringBuilder out = new StringBuilder(b.length());
        int blank = 0;
        for (String line : b.toString().split("\n", -1)) {
            String l = line.stripTrailing();
            if (l.isBlank()) {
                blank++;
                continue;
            }
            if (!out.isEmpty()) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            blank = 0;
            out.append(l);
        }
        return out.toString();
    }

    /** A short reason from an exception, for a report line. */
    static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return t.getClass().getSimpleName();
        }
        m = m.strip().lines().findFirst().orElse(m);
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }
}
