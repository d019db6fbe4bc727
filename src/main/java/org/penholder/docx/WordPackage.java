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
import org.penholder.text.Phrase;

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
            throw refuse(file, Phrase.of("docx.refused.noOfficeDocument"));
        } catch (InvalidFormatException | RuntimeException e) {
            throw refuse(file, Phrase.of("docx.refused.damagedOrNotWord", reason(e)));
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
            throw refuse(file, Phrase.of("docx.refused.missing"));
        }
        if (Files.isDirectory(file)) {
            throw refuse(file, Phrase.of("docx.refused.folder"));
        }
        long size;
        FileMagic magic;
        try {
            size = Files.size(file);
            if (size == 0) {
                throw refuse(file, Phrase.of("docx.refused.empty"));
            }
            try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
        if (size > limits.maxFileBytes()) {
            throw refuse(
                    file,
                    Phrase.of(
                            "docx.refused.tooLarge",
                            DocxLimits.megabytes(size),
                            DocxLimits.megabytes(limits.maxFileBytes())));
        }
        if (magic == FileMagic.OLE2) {
            throw refuse(file, Phrase.of(isEncrypted(file) ? "docx.refused.password" : "docx.refused.olderWord"));
        }
        if (magic != FileMagic.OOXML) {
            throw refuse(
                    file,
                    Phrase.of(
                            magic == FileMagic.PDF
                                    ? "docx.refused.pdf"
                                    : magic == FileMagic.RTF ? "docx.refused.rtf" : "docx.refused.notWord"));
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
                    throw refuse(file, Phrase.of("docx.refused.openDocument"));
                }
            }
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (++entries > limits.maxEntries()) {
                    throw refuse(file, Phrase.of("docx.refused.tooManyParts", limits.maxEntries()));
                }
                long size = e.getSize();
                long packed = e.getCompressedSize();
                if (size > 1024 * 1024 && packed > 0 && size > packed * limits.maxInflateRatio()) {
                    throw refuse(file, Phrase.of("docx.refused.partExpands", e.getName(), size / packed));
                }
                if (size > limits.maxPartBytes()) {
                    throw refuse(
                            file,
                            Phrase.of(
                                    "docx.refused.partTooLarge",
                                    e.getName(),
                                    DocxLimits.megabytes(size),
                                    DocxLimits.megabytes(limits.maxPartBytes())));
                }
                total += Math.max(0, size);
                if (total > limits.maxTotalBytes()) {
                    throw refuse(
                            file,
                            Phrase.of("docx.refused.expandsTooFar", DocxLimits.megabytes(limits.maxTotalBytes())));
                }
            }
        } catch (ZipException e) {
            throw refuse(file, Phrase.of("docx.refused.notAZip", reason(e)));
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    private static PackagePart mainPart(Path file, OPCPackage pkg) {
        var rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.isEmpty()) {
            rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        if (rels.isEmpty()) {
            throw refuse(file, Phrase.of("docx.refused.noMainDocument"));
        }
        PackagePart part = pkg.getPart(rels.getRelationship(0));
        if (part == null) {
            throw refuse(file, Phrase.of("docx.refused.mainDocumentMissing"));
        }
        String type = part.getContentType();
        if (!WORD_TYPES.contains(type)) {
            throw refuse(
                    file,
                    type.contains("spreadsheetml")
                            ? Phrase.of("docx.refused.excel")
                            : type.contains("presentationml")
                                    ? Phrase.of("docx.refused.powerPoint")
                                    : Phrase.of("docx.refused.otherMainPart", type));
        }
        return part;
    }

    static DocxException refuse(Path file, Phrase reason) {
        return new DocxException(file, reason);
    }

    /** "cannot be read (…)": the system's own words for why, kept as they are. */
    static DocxException cannotRead(Path file, Throwable e) {
        return new DocxException(file, Phrase.of("docx.refused.cannotRead", reason(e)), e);
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
