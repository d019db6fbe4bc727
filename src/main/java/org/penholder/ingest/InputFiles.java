package org.penholder.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.penholder.docx.DocxException;
import org.penholder.docx.DocxLimits;
import org.penholder.docx.WordText;
import org.penholder.text.Phrase;

/**
 * Reads a file into an input's text. The kind of a file is judged by its first bytes, not its
 * name, so a renamed photo or a .doc called .docx gets a reason, not a crash or a page of noise.
 */
public final class InputFiles {

    /** The kinds of file Penholder reads as inputs, by extension, for choosers and folder imports. */
    public static final Set<String> EXTENSIONS = Set.of("docx", "pdf", "txt", "md");

    /** Files larger than this are refused before any reading. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;

    /** Longest text taken from one file (characters), far above any real submission. */
    public static final long MAX_TEXT = 20_000_000;

    private InputFiles() {}

    /** The file's extension, lower case, without the dot ("" when none). */
    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** True for a file a folder import should try: a known extension, not hidden, not a Word lock file. */
    public static boolean isCandidate(Path file) {
        String name = file.getFileName().toString();
        return EXTENSIONS.contains(extension(file)) && !name.startsWith(".") && !name.startsWith("~$");
    }

    /** The normalised plain text of a file. */
    public static String read(Path file) throws UnreadableFileException {
        long size;
        byte[] head = new byte[16];
        int n;
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnreadableFileException(
                        file, Phrase.of(Files.exists(file) ? "unreadable.notAFile" : "unreadable.missing"));
            }
            size = Files.size(file);
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
        } catch (IOException e) {
            throw new UnreadableFileException(file, Phrase.of("unreadable.cannotRead", Texts.reason(e)), e);
        }
        if (size == 0) {
            throw new UnreadableFileException(file, Phrase.of("unreadable.empty"));
        }
        if (size > MAX_BYTES) {
            throw new UnreadableFileException(
                    file, Phrase.of("unreadable.tooLarge", String.valueOf(size / (1024 * 1024))));
        }
        String raw = switch (kind(head, n, extension(file))) {
            case PDF -> PdfText.extract(file);
            case DOCX, OLE2 -> docx(file);
            case TEXT -> text(file, false);
            case MARKDOWN -> text(file, true);
            case IMAGE -> throw new UnreadableFileException(file, Phrase.of("unreadable.image", imageType(head)));
            case RTF -> throw new UnreadableFileException(file, Phrase.of("unreadable.rtf"));
            case OTHER ->
                throw new UnreadableFileException(
                        file,
                        extension(file).equals("docx")
                                ? Phrase.of("unreadable.notDocx")
                                : extension(file).equals("pdf")
                                        ? Phrase.of("unreadable.notPdf")
                                        : Phrase.of("unreadable.notAnInput"));
        };
        if (raw.length() > MAX_TEXT) {
            throw new UnreadableFileException(file, Phrase.of("unreadable.tooMuchText", String.valueOf(raw.length())));
        }
        String text = Texts.normalize(raw);
        if (text.isBlank()) {
            throw new UnreadableFileException(file, Phrase.of("unreadable.noText"));
        }
        return text;
    }

    enum Kind {
        PDF,
        DOCX,
        OLE2,
        TEXT,
        MARKDOWN,
        IMAGE,
        RTF,
        OTHER
    }

    static Kind kind(byte[] h, int n, String extension) {
        if (starts(h, n, "%PDF-")) {
            return Kind.PDF;
        }
        if (n >= 4 && h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4) {
            return Kind.DOCX;
        }
        if (n >= 8
                && (h[0] & 0xFF) == 0xD0
                && (h[1] & 0xFF) == 0xCF
                && (h[2] & 0xFF) == 0x11
                && (h[3] & 0xFF) == 0xE0) {
            return Kind.OLE2;
        }
        if (!imageType(h).isEmpty()) {
            return Kind.IMAGE;
        }
        if (starts(h, n, "{\\rtf")) {
            return Kind.RTF;
        }
        return switch (extension) {
            case "txt", "text" -> Kind.TEXT;
            case "md", "markdown" -> Kind.MARKDOWN;
            default -> Kind.OTHER;
        };
    }

    private static String imageType(byte[] h) {
        if ((h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xD8 && (h[2] & 0xFF) == 0xFF) {
            return "JPEG";
        }
        if ((h[0] & 0xFF) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G') {
            return "PNG";
        }
        if (h[0] == 'G' && h[1] == 'I' && h[2] == 'F' && h[3] == '8') {
            return "GIF";
        }
        if ((h[0] == 'I' && h[1] == 'I' && h[2] == 42 && h[3] == 0)
                || (h[0] == 'M' && h[1] == 'M' && h[2] == 0 && h[3] == 42)) {
            return "TIFF";
        }
        return "";
    }

    private static boolean starts(byte[] h, int n, String magic) {
        if (n < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (h[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String docx(Path file) throws UnreadableFileException {
        try {
            return WordText.read(file, DocxLimits.DEFAULT);
        } catch (DocxException e) {
            throw new UnreadableFileException(file, e.reasonSaid(), e);
        } catch (OutOfMemoryError e) {
            throw new UnreadableFileException(file, Phrase.of("unreadable.noMemory"), e);
        }
    }

    /** A text file: UTF-8 or UTF-16 with a byte order mark, UTF-8, or else Windows-1252. */
    private static String text(Path file, boolean markdown) throws UnreadableFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableFileException(file, Phrase.of("unreadable.cannotRead", Texts.reason(e)), e);
        }
        String text = decode(bytes);
        if (text == null) {
            throw new UnreadableFileException(file, Phrase.of("unreadable.notText"));
        }
        return markdown ? MarkdownText.toText(text) : text;
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return null;
            }
        }
        try {
            return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset cs) {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
