package org.penholder.docx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * A .docx file opened for reading, after checks that refuse what is not one, what is encrypted,
 * and what would expand beyond {@link DocxLimits} (zip bombs, huge images) before anything is
 * decompressed. Parts are found through the package's relationships (POI's OPC layer, which also
 * refuses parts that inflate suspiciously while they are read).
 */
final class WordPackage implements AutoCloseable {

    private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String STRICT_RELS = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
    private static final List<String> WORD_TYPES = List.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
            "application/vnd.ms-word.document.macroEnabled.main+xml",
            "application/vnd.ms-word.template.macroEnabledTemplate.main+xml");

    private final Path file;
    private final OPCPackage pkg;
    private final PackagePart main;

    private WordPackage(Path file, OPCPackage pkg, PackagePart main) {
        this.file = file;
        this.pkg = pkg;
        this.main = main;
    }

    /** Opens a Word file, or refuses it with a message naming the file and the reason. */
    static WordPackage open(Path file, DocxLimits limits) {
        checkFile(file, limits);
        checkZip(file, limits);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (NotOfficeXmlFileException e) {
            throw refuse(file, "is not a Word file (.docx): its package has no Office document in it");
        } catch (InvalidFormatException | RuntimeException e) {
            throw refuse(file, "is damaged or not a Word file (" + reason(e) + ")");
        }
        try {
            return new WordPackage(file, pkg, mainPart(file, pkg));
        } catch (RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    Path file() {
        return file;
    }

    /** The main document part, counting the bytes read for progress. */
    CountingStream mainDocument() throws IOException {
        return new CountingStream(main.getInputStream());
    }

    /** The expanded size of the main document, for progress; -1 when unknown. */
    long mainDocumentSize() {
        return main.getSize();
    }

    /** A part the main document relates to by type ("styles", "numbering"), if it has one. */
    Optional<InputStream> related(String type) throws IOException {
        List<PackagePart> parts = relatedAll(type);
        return parts.isEmpty() ? Optional.empty() : Optional.of(parts.get(0).getInputStream());
    }

    /** All parts the main document relates to by type ("header"). */
    List<PackagePart> relatedAll(String type) {
        List<PackagePart> out = new ArrayList<>();
        try {
            for (String base : List.of(RELS, STRICT_RELS)) {
                for (PackageRelationship rel : main.getRelationshipsByType(base + type)) {
                    if (rel.getTargetMode() != TargetMode.EXTERNAL) {
                        PackagePart part = main.getRelatedPart(rel);
                        if (part != null) {
                            out.add(part);
                        }
                    }
                }
            }
        } catch (InvalidFormatException | IllegalArgumentException e) {
            // a broken relationship to an optional part: read the document without it
        }
        return out;
    }

    /**
     * A digest of the part the main document relates to by {@code relationshipId} (an image), so
     * that two files can tell whether they hold the same one; the id itself when the part is missing.
     */
    String digest(String relationshipId) {
        if (relationshipId == null) {
            return null;
        }
        try {
            PackageRelationship rel = main.getRelationship(relationshipId);
            if (rel == null) {
                return relationshipId;
            }
            if (rel.getTargetMode() == TargetMode.EXTERNAL) {
                return rel.getTargetURI().toString();
            }
            PackagePart part = main.getRelatedPart(rel);
            if (part == null) {
                return relationshipId;
            }
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            try (InputStream in = part.getInputStream()) {
                byte[] buffer = new byte[65536];
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    md.update(buffer, 0, n);
                }
            }
            return java.util.HexFormat.of().formatHex(md.digest(), 0, 12);
        } catch (IOException
                | InvalidFormatException
                | IllegalArgumentException
                | java.security.NoSuchAlgorithmException e) {
            return relationshipId;
        }
    }

    /** A custom document property (Penholder writes the version a file was made from). */
    Optional<String> customProperty(String name) {
        try {
            var p = new POIXMLProperties(pkg).getCustomProperties().getProperty(name);
            return p == null || !p.isSetLpwstr() ? Optional.empty() : Optional.of(p.getLpwstr());
        } catch (IOException
                | org.apache.poi.openxml4j.exceptions.OpenXML4JException
                | org.apache.xmlbeans.XmlException
                | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        pkg.revert(); // opened to read: nothing to save
    }

    private static void checkFile(Path file, DocxLimits limits) {
        if (!Files.exists(file)) {
            throw refuse(file, "does not exist");
        }
        if (Files.isDirectory(file)) {
            throw refuse(file, "is a folder, not a Word file");
        }
        long size;
        FileMagic magic;
        try {
            size = Files.size(file);
            if (size == 0) {
                throw refuse(file, "is empty");
            }
            try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
        } catch (IOException e) {
            throw refuse(file, "cannot be read (" + reason(e) + ")");
        }
        if (size > limits.maxFileBytes()) {
            throw refuse(
                    file,
                    "is " + DocxLimits.megabytes(size) + "; Penholder reads Word files up to "
                            + DocxLimits.megabytes(limits.maxFileBytes()));
        }
        if (magic == FileMagic.OLE2) {
            throw refuse(
                    file,
                    isEncrypted(file)
                            ? "is protected by a password; remove the password in Word (File > Info > Protect Document) and try again"
                            : "is an older Word document (.doc), not a .docx; open it in Word and save it as a Word Document (.docx)");
        }
        if (magic != FileMagic.OOXML) {
            throw refuse(
                    file,
                    magic == FileMagic.PDF
                            ? "is a PDF, not a Word file (.docx)"
                            : magic == FileMagic.RTF
                                    ? "is a Rich Text file, not a .docx; save it as a Word Document (.docx)"
                                    : "is not a Word file (.docx)");
        }
    }

    private static boolean isEncrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Reads the zip's directory (nothing is decompressed) and refuses what would expand too far. */
    private static void checkZip(Path file, DocxLimits limits) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            int entries = 0;
            long total = 0;
            if (zip.getEntry("[Content_Types].xml") == null
                    && zip.getEntry("mimetype") != null
                    && zip.getEntry("mimetype").getSize() < 200) {
                String mime;
                try (InputStream in = zip.getInputStream(zip.getEntry("mimetype"))) {
                    mime = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
                }
                if (mime.startsWith("application/vnd.oasis.opendocument")) {
                    throw refuse(
                            file,
                            "is an OpenDocument file (LibreOffice's .odt), not a .docx; "
                                    + "save it as Word 2007-365 (.docx) and try again");
                }
            }
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (++entries > limits.maxEntries()) {
                    throw refuse(file, "holds more than " + limits.maxEntries() + " parts; refused");
                }
                long size = e.getSize();
                long packed = e.getCompressedSize();
                if (size > 1024 * 1024 && packed > 0 && size > packed * limits.maxInflateRatio()) {
                    throw refuse(
                            file,
                            "has a part (" + e.getName() + ") that expands " + (size / packed)
                                    + " times; refused as a zip bomb");
                }
                if (size > limits.maxPartBytes()) {
                    throw refuse(
                            file,
                            "has a part (" + e.getName() + ") of " + DocxLimits.megabytes(size)
                                    + "; Penholder reads parts up to " + DocxLimits.megabytes(limits.maxPartBytes())
                                    + " (a huge image, or a zip bomb)");
                }
                total += Math.max(0, size);
                if (total > limits.maxTotalBytes()) {
                    throw refuse(
                            file,
                            "expands to more than " + DocxLimits.megabytes(limits.maxTotalBytes())
                                    + "; refused (a zip bomb, or far more than a draft)");
                }
            }
        } catch (ZipException e) {
            throw refuse(file, "is damaged: it is not a readable zip package (" + reason(e) + ")");
        } catch (IOException e) {
            throw refuse(file, "cannot be read (" + reason(e) + ")");
        }
    }

    private static PackagePart mainPart(Path file, OPCPackage pkg) {
        var rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.isEmpty()) {
            rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        if (rels.isEmpty()) {
            throw refuse(file, "has no main document; it is not a Word file");
        }
        PackagePart part = pkg.getPart(rels.getRelationship(0));
        if (part == null) {
            throw refuse(file, "names a main document that is missing from the file; it is damaged");
        }
        String type = part.getContentType();
        if (!WORD_TYPES.contains(type)) {
            throw refuse(
                    file,
                    type.contains("spreadsheetml")
                            ? "is an Excel workbook, not a Word document"
                            : type.contains("presentationml")
                                    ? "is a PowerPoint presentation, not a Word document"
                                    : "is not a Word document (its main part is " + type + ")");
        }
        return part;
    }

    static DocxException refuse(Path file, String reason) {
        return new DocxException(file, reason);
    }

    static String reason(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        m = m.strip().replaceAll("\\s+", " ");
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    /** An input stream that knows how many bytes have passed through it. */
    static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
