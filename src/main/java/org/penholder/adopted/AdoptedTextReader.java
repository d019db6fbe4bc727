package org.penholder.adopted;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.penholder.adopted.AdoptedParagraphs.Line;
import org.penholder.adopted.AdoptedParagraphs.Piece;
import org.penholder.docx.DocxException;
import org.penholder.docx.DraftDocxReader;
import org.penholder.docx.ImportedDraft;
import org.penholder.docx.Progress;
import org.penholder.ingest.InputFiles;
import org.penholder.ingest.UnreadableFileException;
import org.penholder.model.BlockKind;
import org.penholder.model.LanguageDetector;
import org.penholder.text.Phrase;

/**
 * Reads a file as an adopted text: Word through the draft reader (which knows Word's own
 * numbering, tracked changes and hostile packages), PDF, plain text and Markdown through
 * {@link InputFiles}, HTML through {@link HtmlText}; then {@link AdoptedParagraphs} splits the lines
 * into numbered paragraphs. The kind of a file is judged by its first bytes where they tell.
 */
public final class AdoptedTextReader {

    /** The kinds of file read as adopted texts, by extension, for choosers and folders. */
    public static final Set<String> EXTENSIONS = Set.of("docx", "pdf", "txt", "md", "html", "htm");

    /** "Resolution adopted by the General Assembly on 16 December 2015". */
    private static final Pattern ADOPTED_ON =
            Pattern.compile("\\bon (\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October"
                    + "|November|December) \\d{4})");
    /** "70/125. Outcome document of ...": a resolution's number and title. */
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^\\d{1,3}/\\d{1,4}\\.\\s+(\\S.{5,})$");

    private AdoptedTextReader() {}

    /** True for a file a folder import should try. */
    public static boolean isCandidate(Path file) {
        String name = file.getFileName().toString();
        return EXTENSIONS.contains(InputFiles.extension(file)) && !name.startsWith(".") && !name.startsWith("~$");
    }

    /** Reads a file; refuses it (naming the file and why) when it cannot be read as an adopted text. */
    public static AdoptedTextFile read(Path file, Progress progress) throws UnreadableFileException {
        byte[] head = head(file);
        List<Line> lines;
        String symbol = "";
        String title = "";
        List<Phrase> warnings = new ArrayList<>();
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            ImportedDraft draft;
            try {
                draft = new DraftDocxReader().read(file, progress);
            } catch (DocxException e) {
                throw new UnreadableFileException(file, e.reasonSaid(), e);
            }
            lines = new ArrayList<>();
            for (String t : draft.titleLines()) {
                lines.add(Line.of(t));
            }
            for (ImportedDraft.Block b : draft.blocks()) {
                if (b.kind() == BlockKind.HEADING) {
                    lines.add(new Line(true, null, b.text()));
                } else if (b.kind() == BlockKind.OP && b.label() != null) {
                    lines.add(new Line(false, b.label().numberText(), b.text()));
                } else {
                    lines.add(Line.of(b.text()));
                }
            }
            symbol = draft.symbol();
            title = draft.title();
            warnings.addAll(draft.warnings());
        } else if (isHtml(file, head)) {
            lines = HtmlText.lines(file);
        } else if (isMarkdown(file, head)) {
            lines = MarkdownLines.lines(file);
        } else {
            lines = InputFiles.read(file).lines().map(Line::of).toList();
        }
        AdoptedParagraphs.Split split = AdoptedParagraphs.split(lines);
        if (split.paragraphs().isEmpty()) {
            throw new UnreadableFileException(file, Phrase.of("unreadable.noAdoptedParagraphs"));
        }
        warnings.addAll(split.warnings());
        List<String> masthead = split.masthead().isEmpty()
                ? lines.stream().limit(12).map(Line::text).toList()
                : split.masthead();
        if (symbol.isBlank()) {
            symbol = guessSymbol(masthead);
        }
        if (title.isBlank()) {
            title = guessTitle(masthead);
        }
        StringBuilder all = new StringBuilder();
        for (Piece p : split.paragraphs()) {
            if (all.length() < 20_000) {
                all.append(p.text()).append('\n');
            }
        }
        String language = LanguageDetector.detect(all.toString()).orElse(null);
        return new AdoptedTextFile(file, symbol, title, guessDate(masthead), language, split.paragraphs(), warnings);
    }

    private static byte[] head(Path file) throws UnreadableFileException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnreadableFileException(
                        file, Phrase.of(Files.exists(file) ? "unreadable.notAFile" : "unreadable.missing"));
            }
            if (Files.size(file) == 0) {
                throw new UnreadableFileException(file, Phrase.of("unreadable.empty"));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(512);
            }
        } catch (IOException e) {
            throw new UnreadableFileException(
                    file, Phrase.of("unreadable.cannotRead", String.valueOf(e.getMessage())), e);
        }
    }

    private static boolean isMarkdown(Path file, byte[] head) {
        String ext = InputFiles.extension(file);
        boolean magic = head.length >= 5 && new String(head, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-");
        return (ext.equals("md") || ext.equals("markdown")) && !magic && !isImage(head);
    }

    private static boolean isImage(byte[] h) {
        return h.length >= 4
                && (((h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xD8)
                        || ((h[0] & 0xFF) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G')
                        || (h[0] == 'G' && h[1] == 'I' && h[2] == 'F'));
    }

    private static boolean isHtml(Path file, byte[] head) {
        String ext = InputFiles.extension(file);
        if (ext.equals("html") || ext.equals("htm") || ext.equals("xhtml")) {
            return !(head.length >= 5 && new String(head, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
        }
        String start = new String(head, StandardCharsets.ISO_8859_1)
                .replace("\uFEFF", "")
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    static String guessSymbol(List<String> masthead) {
        for (String line : masthead) {
            Matcher m = AdoptedParagraphs.SYMBOL.matcher(line);
            if (m.find()) {
                return m.group();
            }
        }
        return "";
    }

    static String guessTitle(List<String> masthead) {
        for (String line : masthead) {
            Matcher m = NUMBERED_TITLE.matcher(line.strip());
            if (m.matches()) {
                return m.group(1).strip();
            }
        }
        for (String line : masthead) {
            String l = line.strip();
            String lower = l.toLowerCase(Locale.ROOT);
            boolean boilerplate = lower.contains("adopted by")
                    || lower.startsWith("distr")
                    || lower.equals("united nations")
                    || lower.equals("general assembly")
                    || lower.startsWith("original:")
                    || lower.startsWith("agenda item")
                    || AdoptedParagraphs.SYMBOL.matcher(l).lookingAt();
            long words = java.util.Arrays.stream(l.split("\\s+"))
                    .filter(w -> w.codePoints().anyMatch(Character::isLetter))
                    .count();
            if (!boilerplate && words >= 3 && l.length() <= 300) {
                return l;
            }
        }
        return "";
    }

    static LocalDate guessDate(List<String> masthead) {
        for (String line : masthead) {
            Matcher m = ADOPTED_ON.matcher(line);
            if (m.find()) {
                try {
                    return LocalDate.parse(m.group(1), DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
