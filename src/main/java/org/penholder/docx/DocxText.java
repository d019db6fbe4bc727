package org.penholder.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;

/**
 * The plain text of a Word file, for reading it as a stakeholder input: the body in order (a line
 * per paragraph, a line per table row with cells split by tabs), then the footnotes, numbered as
 * their marks [1], [2] in the text. Tracked changes are read as if accepted: inserted text in,
 * deleted and moved-away text out. Both transitional and strict Office Open XML are read.
 *
 * <p>Only the main document and footnote parts are read, as a stream: building POI's whole
 * document model (styles, numbering, headers) costs ten times more and adds no words.
 *
 * <p>Files come from outside and may be hostile: POI's zip limits refuse zip bombs (a part that
 * inflates more than 100 times), the XML reader never loads a DTD or an external entity, and a file
 * that is encrypted or of another kind is refused with a reason a person can act on.
 */
public final class DocxText {

    /** Longest text taken from one file (characters), far above any real submission. */
    public static final long MAX_TEXT = 20_000_000;

    private static final Set<String> W = Set.of(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main");
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    /** Elements whose content is not part of the text as one reads it. */
    private static final Set<String> SKIPPED = Set.of(
            "del",
            "moveFrom",
            "delText",
            "delInstrText",
            "instrText",
            "rPr",
            "pPr",
            "sectPr",
            "tblPr",
            "trPr",
            "tcPr",
            "commentReference");

    static {
        // POI's defaults, stated so that nobody loosens them by accident: a part may inflate at most
        // 100 times (zip bombs), and no part may be larger than 256 MB unpacked.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(256L * 1024 * 1024);
    }

    private DocxText() {}

    /** The text of a .docx file; an {@link IOException} says, in words, why it cannot be read. */
    public static String extract(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 8 && isOle2(head)) {
            throw new IOException(describeOle2(file));
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            PackagePart main = mainPart(pkg);
            Map<String, Integer> footnoteNumbers = new HashMap<>();
            StringBuilder out = new StringBuilder();
            try (InputStream in = main.getInputStream()) {
                new BodyReader(reader(in), out, footnoteNumbers).read();
            }
            PackagePart notes = related(main, "/footnotes");
            if (notes != null && !footnoteNumbers.isEmpty()) {
                try (InputStream in = notes.getInputStream()) {
                    footnotes(reader(in), footnoteNumbers, out);
                }
            }
            if (out.length() > MAX_TEXT) {
                throw new IOException("has more text than one input can hold");
            }
            return out.toString();
        } catch (OLE2NotOfficeXmlFileException | ODFNotOfficeXmlFileException e) {
            throw new IOException(
                    e instanceof ODFNotOfficeXmlFileException
                            ? "is an OpenDocument file (.odt); save it as .docx and import it again"
                            : "is an older Office file, not a .docx",
                    e);
        } catch (NotOfficeXmlFileException e) {
            throw new IOException("is a ZIP file but not a Word document (.docx)", e);
        } catch (InvalidFormatException | InvalidOperationException e) {
            throw new IOException("is not a readable Word document (" + reason(e) + ")", e);
        } catch (XMLStreamException e) {
            throw new IOException(explain(e), e);
        } catch (IOException e) {
            throw new IOException(
                    e.getMessage() != null && e.getMessage().startsWith("is ") ? e.getMessage() : explain(e), e);
        } catch (RuntimeException e) {
            // POI's answer to some broken files; none of them says more than "this file is damaged"
            throw new IOException(explain(e), e);
        }
    }

    private static PackagePart mainPart(OPCPackage pkg) throws IOException, InvalidFormatException {
        PackagePart main = null;
        for (String type :
                List.of(PackageRelationshipTypes.CORE_DOCUMENT, PackageRelationshipTypes.STRICT_CORE_DOCUMENT)) {
            var rels = pkg.getRelationshipsByType(type);
            if (rels.size() > 0) {
                main = pkg.getPart(rels.getRelationship(0));
                break;
            }
        }
        if (main == null) {
            throw new IOException("is a ZIP file but not a Word document (.docx)");
        }
        String type = main.getContentType();
        if (type.contains("spreadsheetml") || type.contains("ms-excel")) {
            throw new IOException("is an Excel workbook, not a Word document");
        }
        if (type.contains("presentationml") || type.contains("ms-powerpoint")) {
            throw new IOException("is a PowerPoint presentation, not a Word document");
        }
        if (!type.contains("wordprocessingml") && !type.contains("ms-word")) {
            throw new IOException("is an Office file of another kind, not a Word document");
        }
        return main;
    }

    private static PackagePart related(PackagePart part, String typeSuffix) throws InvalidFormatException {
        for (PackageRelationship rel : part.getRelationships()) {
            if (rel.getRelationshipType().endsWith(typeSuffix)) {
                return part.getRelatedPart(rel);
            }
        }
        return null;
    }

    private static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        // POI's factory: no DTDs, no external entities, secure processing
        XMLInputFactory factory = XMLHelper.newXMLInputFactory();
        return factory.createXMLStreamReader(in);
    }

    private static String explain(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("zip bomb")) {
                return "looks like a zip bomb (a part inflates far more than documents do); it was not read";
            }
            if (m.contains("DOCTYPE") || m.contains("DTD") || m.contains("ntity")) {
                return "contains XML with a document type or entity declaration, which Word never writes; it was not read";
            }
            if (m.contains("maximum size") || m.contains("MaxEntrySize")) {
                return "is too large once unpacked; it was not read";
            }
        }
        return "is damaged and cannot be read as a Word document (" + reason(e) + ")";
    }

    private static String reason(Throwable e) {
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

    static boolean isOle2(byte[] head) {
        return (head[0] & 0xFF) == 0xD0
                && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0;
    }

    /** What an OLE2 compound file is: a password-protected .docx, an old .doc, or something else. */
    private static String describeOle2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            var root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return "is protected with a password; remove the password in Word and import it again";
            }
            if (root.hasEntry("WordDocument")) {
                return "is a Word 97-2003 document (.doc); save it as .docx and import it again";
            }
            return "is an Office file of another kind, not a Word document";
        } catch (IOException | RuntimeException e) {
            return "is damaged and cannot be read (" + reason(e) + ")";
        }
    }

    private static boolean isW(XMLStreamReader r) {
        return W.contains(r.getNamespaceURI());
    }

    /** Skips the current element and everything in it. */
    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Reads paragraphs and tables of the main document into lines. */
    private static final class BodyReader {
        private final XMLStreamReader r;
        private final StringBuilder out;
        private final Map<String, Integer> footnotes;
        private final StringBuilder para = new StringBuilder();
        private final StringBuilder cell = new StringBuilder();
        private final List<String> row = new ArrayList<>();
        private int paraDepth;
        private int tableDepth;

        BodyReader(XMLStreamReader r, StringBuilder out, Map<String, Integer> footnotes) {
            this.r = r;
            this.out = out;
            this.footnotes = footnotes;
        }

        void read() throws XMLStreamException {
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    start();
                } else if (e == XMLStreamConstants.END_ELEMENT && isW(r)) {
                    end(r.getLocalName());
                }
            }
        }

        private void start() throws XMLStreamException {
            String local = r.getLocalName();
            if (MC.equals(r.getNamespaceURI()) && local.equals("Fallback")) {
                skip(r); // the same content as mc:Choice, for older readers
                return;
            }
            if (!isW(r)) {
                return;
            }
            if (SKIPPED.contains(local)) {
                skip(r);
                return;
            }
            switch (local) {
                case "p" -> paraDepth++;
                case "tbl" -> {
                    flushParagraph();
                    tableDepth++;
                }
                case "t" -> para.append(r.getElementText());
                case "tab", "ptab" -> para.append('\t');
                case "br", "cr" -> para.append(' ');
                case "noBreakHyphen" -> para.append('\u2011');
                case "footnoteReference" -> {
                    String id = r.getAttributeValue(r.getNamespaceURI(), "id");
                    String key = id == null ? "?" + footnotes.size() : id;
                    int n = footnotes.computeIfAbsent(key, k -> footnotes.size() + 1);
                    para.append('[').append(n).append(']');
                }
                default -> {}
            }
        }

        private void end(String local) {
            switch (local) {
                case "p" -> {
                    paraDepth--;
                    if (paraDepth == 0) {
                        flushParagraph();
                    } else {
                        para.append(' '); // a paragraph in a text box inside a paragraph
                    }
                }
                case "tc" -> {
                    if (tableDepth == 1) {
                        row.add(cell.toString().strip());
                        cell.setLength(0);
                    }
                }
                case "tr" -> {
                    if (tableDepth == 1) {
                        line(out, String.join("\t", row));
                        row.clear();
                    }
                }
                case "tbl" -> tableDepth--;
                default -> {}
            }
        }

        private void flushParagraph() {
            String text = para.toString().strip();
            para.setLength(0);
            if (text.isEmpty()) {
                return;
            }
            if (tableDepth > 0) {
                if (!cell.isEmpty()) {
                    cell.append(' ');
                }
                cell.append(text);
            } else {
                line(out, text);
            }
        }
    }

    /** The footnotes that marks in the text refer to, in the order of their marks. */
    private static void footnotes(XMLStreamReader r, Map<String, Integer> numbers, StringBuilder out)
            throws XMLStreamException {
        TreeMap<Integer, String> byNumber = new TreeMap<>();
        StringBuilder text = null;
        Integer number = null;
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT && isW(r)) {
                String local = r.getLocalName();
                if (local.equals("footnote")) {
                    number = numbers.get(r.getAttributeValue(r.getNamespaceURI(), "id"));
                    text = new StringBuilder();
                } else if (SKIPPED.contains(local)) {
                    skip(r);
                } else if (local.equals("t") && text != null) {
                    text.append(r.getElementText());
                } else if ((local.equals("tab") || local.equals("br")) && text != null) {
                    text.append(' ');
                }
            } else if (e == XMLStreamConstants.START_ELEMENT
                    && MC.equals(r.getNamespaceURI())
                    && r.getLocalName().equals("Fallback")) {
                skip(r);
            } else if (e == XMLStreamConstants.END_ELEMENT && isW(r)) {
                if (r.getLocalName().equals("p") && text != null) {
                    text.append(' ');
                } else if (r.getLocalName().equals("footnote")) {
                    if (number != null && text != null && !text.toString().isBlank()) {
                        byNumber.put(number, text.toString().strip().replaceAll("\\s+", " "));
                    }
                    text = null;
                    number = null;
                }
            }
        }
        if (!byNumber.isEmpty()) {
            line(out, "Footnotes");
            byNumber.forEach((n, t) -> line(out, "[" + n + "] " + t));
        }
    }

    private static void line(StringBuilder out, String text) {
        String t = text.strip();
        if (!t.isEmpty()) {
            out.append(t).append('\n');
        }
    }
}
