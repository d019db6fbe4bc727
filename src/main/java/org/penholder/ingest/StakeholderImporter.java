package org.penholder.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.penholder.model.Stakeholder;
import org.penholder.store.Database;
import org.penholder.store.StakeholderStore;
import org.penholder.text.Phrase;

/**
 * Reads a list of stakeholders from a CSV file (as Excel or a spreadsheet writes it: commas,
 * semicolons or tabs; UTF-8, with or without a byte order mark) with a header naming the columns:
 * name (or stakeholder), group (or stakeholder group), country (or region). Stakeholders already
 * in the project, by name, take the group and country the file gives. The whole file goes in, in
 * one transaction, or, when it cannot be read, nothing.
 */
public final class StakeholderImporter {

    private final Database db;
    private final StakeholderStore stakeholders;

    public StakeholderImporter(Database db, StakeholderStore stakeholders) {
        this.db = db;
        this.stakeholders = stakeholders;
    }

    /** What an import of stakeholders did. */
    public record Report(int added, int updated, int unchanged, List<Phrase> skipped) {
        public Report {
            skipped = List.copyOf(skipped);
        }

        /** "3 added, 1 updated, 0 unchanged, 1 rows skipped", in English (the command line). */
        public String summary() {
            return said().english();
        }

        /** What the import did, to be said in the reader's language. */
        public Phrase said() {
            Phrase counts = Phrase.of("stakeholders.summary", added, updated, unchanged);
            return skipped.isEmpty() ? counts : Phrase.of("stakeholders.summary.skipped", counts, skipped.size());
        }
    }

    /** Imports the stakeholders of a CSV file. */
    public Report importCsv(Path file) throws UnreadableFileException {
        String text;
        try {
            if (Files.size(file) == 0) {
                throw new UnreadableFileException(file, Phrase.of("unreadable.empty"));
            }
            text = InputFiles.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UnreadableFileException(
                    file,
                    Files.exists(file)
                            ? Phrase.of("unreadable.cannotRead", Texts.reason(e))
                            : Phrase.of("unreadable.missing"),
                    e);
        }
        if (text == null) {
            throw new UnreadableFileException(file, Phrase.of("unreadable.notCsv"));
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = parse(file, text);
        int[] counts = new int[3];
        List<Phrase> skipped = new ArrayList<>();
        db.run(() -> {
            for (Row r : rows) {
                if (r.name().isBlank()) {
                    skipped.add(Phrase.of("stakeholders.noName", String.valueOf(r.line())));
                    continue;
                }
                Optional<Stakeholder> existing = stakeholders.byName(r.name());
                if (existing.isEmpty()) {
                    stakeholders.findOrCreate(r.name(), r.group(), r.country());
                    counts[0]++;
                    continue;
                }
                Stakeholder s = existing.get();
                String group = r.group() == null ? s.group() : r.group();
                String country = r.country() == null ? s.country() : r.country();
                if (Objects.equals(group, s.group()) && Objects.equals(country, s.country())) {
                    counts[2]++;
                } else {
                    stakeholders.update(new Stakeholder(s.id(), s.name(), group, country));
                    counts[1]++;
                }
            }
        });
        return new Report(counts[0], counts[1], counts[2], skipped);
    }

    private record Row(long line, String name, String group, String country) {}

    private static List<Row> parse(Path file, String text) throws UnreadableFileException {
        String header = text.lines().findFirst().orElse("");
        char delimiter = delimiter(header);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        try (Reader in = new StringReader(text);
                CSVParser parser = CSVParser.parse(in, format)) {
            Map<String, Integer> columns = parser.getHeaderMap();
            String name = column(columns, "name", "stakeholder", "stakeholder name", "organisation", "organization");
            if (name == null) {
                throw new UnreadableFileException(file, Phrase.of("unreadable.noNameColumn", header.strip()));
            }
            String group = column(columns, "group", "stakeholder group", "category", "type");
            String country = column(columns, "country", "region", "country or region", "country/region");
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                rows.add(new Row(
                        r.getRecordNumber() + 1,
                        value(r, name),
                        nullIfBlank(value(r, group)),
                        nullIfBlank(value(r, country))));
            }
            return rows;
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new UnreadableFileException(file, Phrase.of("unreadable.badCsv", Texts.reason(e)), e);
        }
    }

    private static char delimiter(String header) {
        long commas = header.chars().filter(ch -> ch == ',').count();
        long semicolons = header.chars().filter(ch -> ch == ';').count();
        long tabs = header.chars().filter(ch -> ch == '\t').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static String column(Map<String, Integer> columns, String... names) {
        for (String n : names) {
            for (String c : columns.keySet()) {
                if (c != null && c.strip().toLowerCase(Locale.ROOT).equals(n)) {
                    return c;
                }
            }
        }
        return null;
    }

    private static String value(CSVRecord r, String column) {
        return column == null || !r.isMapped(column) || !r.isSet(column)
                ? ""
                : r.get(column).strip();
    }

    private static String nullIfBlank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
