package org.penholder.docx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.penholder.history.DocumentVersion;
import org.penholder.history.DocumentVersion.OutsideParagraph;
import org.penholder.history.UnreadableDocumentException;

/**
 * Reads the paragraphs of a Word file for compare: headings (Heading and Title styles, or an
 * outline level), and paragraphs with the number a reader sees in front of them, whether Word
 * numbers them automatically (counted here as Word counts them) or the number is typed. Tracked
 * changes read as accepted: inserted words are in, deleted ones out. Empty paragraphs are left out. This reader only lists paragraphs; importing a whole draft is not its job.
 */
public final class DocxParagraphReader {

    /** Larger files are refused rather than read into memory (a draft is well below a megabyte). */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private DocxParagraphReader() {}

    /** Reads a .docx file as a version named after the file; refuses what is not one, naming the file and why. */
    public static DocumentVersion read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableDocumentException(file, "does not exist or is not a file");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UnreadableDocumentException(file, "is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
        } catch (IOException e) {
            throw new UnreadableDocumentException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        try (InputStream in = Files.newInputStream(file);
                XWPFDocument doc = new XWPFDocument(in)) {
            return DocumentVersion.ofOutside(file.getFileName().toString(), new Reading(doc).paragraphs());
        } catch (OLE2NotOfficeXmlFileException | EncryptedDocumentException e) {
            throw new UnreadableDocumentException(
                    file,
                    "is encrypted or an old binary .doc file; save it as an " + "unprotected .docx and try again",
                    e);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(
                    file,
                    "is not a readable Word .docx file ("
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")",
                    e);
        }
    }

    /** One pass over a document, counting automatic numbers as it goes. */
    private static final class Reading {
        private final XWPFDocument doc;
        private final XWPFNumbering numbering;
        /** Current count per abstract numbering and level. */
        private final Map<BigInteger, int[]> counters = new HashMap<>();

        private final List<OutsideParagraph> out = new ArrayList<>();

        Reading(XWPFDocument doc) {
            this.doc = doc;
            this.numbering = doc.getNumbering();
        }

        List<OutsideParagraph> paragraphs() {
            for (IBodyElement e : doc.getBodyElements()) {
                read(e);
            }
            return out;
        }

        private void read(IBodyElement e) {
            if (e instanceof XWPFParagraph p) {
                read(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getBodyElements().forEach(this::read);
                    }
                }
            }
        }

        private void read(XWPFParagraph p) {
            String text =
                    p.getText().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
            String automatic = automaticNumber(p);
            if (text.isEmpty()) {
                return;
            }
            if (isHeading(p)) {
                out.add(new OutsideParagraph(true, null, text));
            } else if (automatic != null) {
                out.add(new OutsideParagraph(false, automatic, text));
            } else {
                out.add(OutsideParagraph.typed(text));
            }
        }

        private boolean isHeading(XWPFParagraph p) {
            String styleId = p.getStyleID();
            if (styleId == null) {
                return hasOutlineLevel(p);
            }
            String name = styleId;
            XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(styleId);
            if (style != null && style.getName() != null) {
                name = style.getName();
            }
            String n = name.toLowerCase(Locale.ROOT).replace(" ", "");
            return n.startsWith("heading") || n.equals("title") || n.equals("subtitle") || hasOutlineLevel(p);
        }

        private static boolean hasOutlineLevel(XWPFParagraph p) {
            var ppr = p.getCTP().getPPr();
            return ppr != null
                    && ppr.isSetOutlineLvl()
                    && ppr.getOutlineLvl().getVal().intValue() < 9;
        }

        /** The number Word shows for a numbered paragraph (its own level only: "12", "c", "iv"), or null. */
        private String automaticNumber(XWPFParagraph p) {
            BigInteger numId = p.getNumID();
            if (numId == null || numbering == null || BigInteger.ZERO.equals(numId)) {
                return null;
            }
            XWPFNum num = numbering.getNum(numId);
            if (num == null) {
                return null;
            }
            BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
            XWPFAbstractNum abs = numbering.getAbstractNum(abstractId);
            int level = p.getNumIlvl() == null
                    ? 0
                    : Math.min(8, Math.max(0, p.getNumIlvl().intValue()));
            CTLvl lvl = abs == null ? null : levelOf(abs, level);
            String format =
                    lvl != null && lvl.isSetNumFmt() ? lvl.getNumFmt().getVal().toString() : "decimal";
            if ("bullet".equals(format) || "none".equals(format)) {
                return null;
            }
            int[] counts = counters.computeIfAbsent(abstractId, k -> new int[9]);
            if (counts[level] == 0) {
                counts[level] = startOf(lvl) - 1;
            }
            counts[level]++;
            for (int deeper = level + 1; deeper < counts.length; deeper++) {
                counts[deeper] = 0; // a deeper list starts again under each new item
            }
            return format(counts[level], format);
        }

        private static CTLvl levelOf(XWPFAbstractNum abs, int level) {
            for (CTLvl l : abs.getCTAbstractNum().getLvlArray()) {
                if (l.getIlvl() != null && l.getIlvl().intValue() == level) {
                    return l;
                }
            }
            return null;
        }

        private static int startOf(CTLvl lvl) {
            if (lvl == null || !lvl.isSetStart()) {
                return 1;
            }
            CTDecimalNumber start = lvl.getStart();
            return start.getVal() == null ? 1 : start.getVal().intValue();
        }
    }

    /** Formats a count as Word's number formats do (the ones drafts use). */
    static String format(int n, String numFmt) {
        return switch (numFmt) {
            case "lowerLetter" -> letters(n).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(n);
            default -> Integer.toString(n);
        };
    }

    private static String letters(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char c = (char) ('A' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1); // Word goes a..z, aa..zz
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] marks = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < values.length; k++) {
            while (n >= values[k]) {
                b.append(marks[k]);
                n -= values[k];
            }
        }
        return b.toString();
    }
}
