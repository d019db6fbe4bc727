package org.penholder.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.TestFiles;
import org.penholder.project.Project;

/** Files made to harm a reader are refused, naming the file and the reason, and nothing is harmed. */
class HostileDocxTest {

    private static final String BODY = DocxFixture.p(null, "Recalling its resolution 70/125,");

    @TempDir
    Path dir;

    private DocxException refused(Path file) {
        return refused(file, new DraftDocxReader());
    }

    private static DocxException refused(Path file, DraftDocxReader reader) {
        DocxException e = assertThrows(DocxException.class, () -> reader.read(file, Progress.NONE));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e;
    }

    /** A package whose document part is {@code megabytes} of empty paragraphs: a thousandfold compression. */
    private Path bomb(String name, int megabytes) throws IOException {
        Path file = dir.resolve(name);
        DocxFixture base = DocxFixture.body(BODY);
        base.write(file);
        Path tmp = dir.resolve(name + ".tmp");
        try (var zin = new java.util.zip.ZipFile(file.toFile());
                OutputStream out = Files.newOutputStream(tmp);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e : java.util.Collections.list(zin.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    zip.write(("<w:document " + DocxFixture.W + "><w:body>").getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = "<w:p/>".repeat(10_000).getBytes(StandardCharsets.UTF_8);
                    for (long written = 0; written < megabytes * 1024L * 1024; written += chunk.length) {
                        zip.write(chunk);
                    }
                    zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                } else {
                    zin.getInputStream(e).transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    @Test
    void zipBombsAreRefusedBeforeTheyExpand() throws Exception {
        Path big = bomb("big-bomb.docx", 120);
        assertTrue(Files.size(big) < 2 * 1024 * 1024, "a small file");
        assertTrue(refused(big).getMessage().contains("word/document.xml"));

        Path dense = bomb("dense-bomb.docx", 40);
        assertTrue(
                refused(dense).getMessage().contains("zip bomb"), refused(dense).getMessage());

        // a bomb whose zip directory lies about the size: found while it is read
        Path liar = lie(bomb("liar.docx", 40), "word/document.xml");
        assertTrue(refused(liar).getMessage().endsWith("expands far beyond its size (a zip bomb); refused"));
    }

    /** Rewrites the central directory so that an entry claims to expand to a few kilobytes. */
    private static Path lie(Path file, String entry) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4b && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
                int nameLength = (bytes[i + 28] & 0xff) | (bytes[i + 29] & 0xff) << 8;
                if (nameLength == name.length
                        && Arrays.equals(bytes, i + 46, i + 46 + nameLength, name, 0, name.length)) {
                    int fake = 4096;
                    bytes[i + 24] = (byte) fake;
                    bytes[i + 25] = (byte) (fake >> 8);
                    bytes[i + 26] = 0;
                    bytes[i + 27] = 0;
                }
            }
        }
        Files.write(file, bytes);
        return file;
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String doctype =
                "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        Path inDocument = DocxFixture.document(doctype + "<w:document " + DocxFixture.W + "><w:body>"
                        + DocxFixture.p(null, "&xxe;") + "</w:body></w:document>")
                .write(dir.resolve("xxe.docx"));
        DocxException e = refused(inDocument);
        assertTrue(e.getMessage().contains("document type declaration"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"));

        String laughs =
                "<?xml version=\"1.0\"?><!DOCTYPE w:styles [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><w:styles " + DocxFixture.W
                        + "><w:style w:styleId=\"&c;\"/></w:styles>";
        Path inStyles = DocxFixture.body(BODY).part("word/styles.xml", laughs).write(dir.resolve("laughs.docx"));
        assertTrue(refused(inStyles).getMessage().contains("document type declaration"));

        String types = "<?xml version=\"1.0\"?><!DOCTYPE Types [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"&xxe;\" "
                + "ContentType=\"application/xml\"/></Types>";
        Path inPackage =
                DocxFixture.body(BODY).part("[Content_Types].xml", types).write(dir.resolve("xxe-types.docx"));
        assertFalse(refused(inPackage).getMessage().contains("TOP-SECRET"));
    }

    @Test
    void aHugeImageIsRefusedAndAMerelyHugePictureIsNeverDecoded() throws Exception {
        byte[] noise = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(noise);
        Path heavy = DocxFixture.body(BODY).part("word/media/image1.png", noise).write(dir.resolve("heavy.docx"));
        DocxLimits small = new DocxLimits(
                DocxLimits.DEFAULT.maxFileBytes(),
                100,
                2 * 1024 * 1024,
                100L * 1024 * 1024,
                100,
                Duration.ofSeconds(10));
        DocxException e = refused(heavy, new DraftDocxReader(small));
        assertTrue(
                e.getMessage().contains("word/media/image1.png")
                        && e.getMessage().contains("huge image"),
                e.getMessage());

        // a PNG that claims 100,000 x 100,000 pixels: harmless, since Penholder never decodes images
        byte[] flood = {
            (byte) 0x89,
            'P',
            'N',
            'G',
            13,
            10,
            26,
            10,
            0,
            0,
            0,
            13,
            'I',
            'H',
            'D',
            'R',
            0,
            1,
            (byte) 0x86,
            (byte) 0xA0,
            0,
            1,
            (byte) 0x86,
            (byte) 0xA0,
            8,
            6,
            0,
            0,
            0,
            0,
            0,
            0,
            0
        };
        Path pixels =
                DocxFixture.body(BODY).part("word/media/image2.png", flood).write(dir.resolve("pixels.docx"));
        assertEquals(
                "Recalling its resolution 70/125,",
                new DraftDocxReader()
                        .read(pixels, Progress.NONE)
                        .blocks()
                        .get(0)
                        .text());
    }

    @Test
    void whatIsNotAPlainDocxIsRefusedWithItsReason() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.docx"), "just some notes");
        assertTrue(refused(text).getMessage().endsWith("is not a Word file (.docx)"));
        assertTrue(refused(Files.createFile(dir.resolve("empty.docx")))
                .getMessage()
                .endsWith("is empty"));
        assertTrue(refused(dir.resolve("missing.docx")).getMessage().endsWith("does not exist"));

        Path whole = DocxFixture.body(BODY).write(dir.resolve("whole.docx"));
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("truncated.docx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(
                refused(truncated).getMessage().contains("damaged"),
                refused(truncated).getMessage());

        Path encrypted = dir.resolve("encrypted.docx");
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor enc = info.getEncryptor();
        enc.confirmPassword("secret");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(bytes);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        assertTrue(
                refused(encrypted).getMessage().contains("protected by a password"),
                refused(encrypted).getMessage());

        Path doc = dir.resolve("old.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem();
                OutputStream out = Files.newOutputStream(doc)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[512]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertTrue(refused(doc).getMessage().contains("older Word document (.doc)"));

        Path xlsx = dir.resolve("sheet.docx");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(xlsx)) {
            wb.createSheet("Proposals");
            wb.write(out);
        }
        assertTrue(refused(xlsx).getMessage().endsWith("is an Excel workbook, not a Word document"));

        Path odt = dir.resolve("draft.docx");
        try (OutputStream out = Files.newOutputStream(odt);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.US_ASCII));
        }
        assertTrue(
                refused(odt).getMessage().contains("is an OpenDocument file"),
                refused(odt).getMessage());
    }

    @Test
    void readingStopsAtItsTimeLimit() throws Exception {
        Path file = DocxFixture.body(BODY.repeat(5000)).write(dir.resolve("long.docx"));
        DocxException e = refused(file, new DraftDocxReader(DocxLimits.DEFAULT.withTimeLimit(Duration.ZERO)));
        assertTrue(e.getMessage().contains("took longer than 0 s"), e.getMessage());
    }

    @Test
    void aRefusedFileChangesNothingInTheProject() throws Exception {
        Path file = DocxFixture.document("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"e\">]><w:document "
                        + DocxFixture.W + "><w:body>" + BODY + "</w:body></w:document>")
                .write(dir.resolve("x.docx"));
        byte[] before = Files.readAllBytes(file);
        try (Project p = TestFiles.openSample(dir)) {
            long revisions = p.revisions().count();
            long amendments = p.amendments().count();
            assertThrows(
                    DocxException.class,
                    () -> p.draftImport()
                            .importAsRevision(
                                    new DraftDocxReader().read(file, Progress.NONE), "Hostile", TestAuthors.ME));
            assertEquals(revisions, p.revisions().count());
            assertEquals(amendments, p.amendments().count());
        }
        assertTrue(Arrays.equals(before, Files.readAllBytes(file)), "the file itself is left as it was");
    }
}
