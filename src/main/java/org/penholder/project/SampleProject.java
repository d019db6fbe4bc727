package org.penholder.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.penholder.model.Author;
import org.penholder.model.Ids;
import org.penholder.model.InputKind;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.model.ParagraphStatus;
import org.penholder.model.Passages;
import org.penholder.model.Stakeholder;
import org.penholder.model.TagKind;
import org.penholder.store.InputStore;
import org.penholder.store.MetaStore;

/**
 * The project a newcomer sees first: the inputs of the virtual consultation of 29 July 2025 on the
 * WSIS+20 review (one per thematic cluster of its summary) and a starter draft that draws on them.
 */
public final class SampleProject {

    /** How the UI credits the source of the sample's inputs. */
    public static final String CREDIT = "Summary of the virtual consultation of 29 July 2025 on the WSIS+20 review";

    public static final String OCCASION = "Virtual consultation, 29 July 2025";
    public static final LocalDate DATE = LocalDate.of(2025, 7, 29);
    public static final String SOURCE_FILE = "wsis20-consultation-2025-07-29-summary.txt";
    public static final String FIRST_REVISION = "Zero draft";

    static final Author SAMPLE_AUTHOR = new Author("Penholder sample", "Co-facilitators");

    private SampleProject() {}

    /** Writes the sample project to a new file and returns it open. */
    public static Project create(Path file) {
        StarterDraft starter = StarterDraft.parse(resource("sample-draft.txt"));
        Map<String, String> inputTexts = clusterTexts(resource(SOURCE_FILE));
        Project project = Project.create(file, starter.title, starter.symbol);
        try {
            project.database().run(() -> fill(project, starter, inputTexts));
            return project;
        } catch (RuntimeException e) {
            project.close();
            throw e;
        }
    }

    private static void fill(Project project, StarterDraft starter, Map<String, String> inputTexts) {
        project.meta().put(MetaStore.CREDIT, CREDIT);
        Map<String, Long> inputOf = new LinkedHashMap<>();
        for (InputVoice voice : starter.voices) {
            String text = inputTexts.get(voice.cluster);
            if (text == null) {
                throw new IllegalStateException("the consultation summary has no cluster " + voice.cluster);
            }
            Stakeholder s = project.stakeholders().findOrCreate(voice.stakeholder, voice.group, null);
            long id = project.inputs()
                    .add(new InputStore.NewInput(
                            s.id(), InputKind.ORAL, voice.cluster, OCCASION, DATE, "en", SOURCE_FILE, text))
                    .id();
            project.tags()
                    .find(TagKind.CLUSTER, voice.cluster)
                    .ifPresent(t -> project.tags().tagInput(id, t.id()));
            inputOf.put(voice.cluster, id);
        }
        // The starter draft is written through the draft service, like any drafting: its history
        // begins with the amendments that created it.
        var drafting = project.draftService();
        int sectionPosition = 0;
        Map<String, Integer> nextPosition = new LinkedHashMap<>();
        for (StarterParagraph sp : starter.paragraphs) {
            String sectionId = null;
            if (sp.section != null) {
                sectionId = starter.sectionIds.get(sp.section);
                if (project.drafts().section(sectionId).isEmpty()) {
                    drafting.addSection(sectionId, sp.section, sectionPosition++, SAMPLE_AUTHOR);
                }
            }
            int position = nextPosition.merge(String.valueOf(sectionId), 1, Integer::sum) - 1;
            Paragraph p = new Paragraph(Ids.newParagraphId(), sectionId, sp.kind, position, sp.status, sp.text);
            drafting.insertParagraph(p.id(), sectionId, position, sp.kind, sp.text, SAMPLE_AUTHOR);
            if (sp.status != ParagraphStatus.DRAFTING) {
                drafting.setStatus(p.id(), sp.status, SAMPLE_AUTHOR);
            }
            for (String[] quote : sp.quotes) {
                Long inputId = inputOf.get(quote[0]);
                if (inputId == null) {
                    throw new IllegalStateException("the sample links to an input it does not have: " + quote[0]);
                }
                String text = inputTexts.get(quote[0]);
                int start = Passages.find(text, quote[1]);
                if (start < 0) {
                    throw new IllegalStateException("the input " + quote[0] + " does not contain: " + quote[1]);
                }
                int end = start + quote[1].length();
                project.links()
                        .add(
                                p.id(),
                                inputId,
                                start,
                                end,
                                text.substring(start, end),
                                null,
                                SAMPLE_AUTHOR.display(),
                                p.text());
            }
        }
        project.revisionService().freeze(FIRST_REVISION, "The starter draft of the sample project", SAMPLE_AUTHOR);
    }

    /**
     * The text of each thematic cluster of the consultation summary: the lines under its heading,
     * joined into one paragraph with single spaces.
     */
    static Map<String, String> clusterTexts(String summary) {
        List<String> headings = new ArrayList<>(DefaultLists.ENGLISH.clusters());
        headings.addAll(List.of("Introduction", "Thematic Inputs", "Conclusion"));
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        StringBuilder current = null;
        for (String line : summary.split("\n")) {
            String s = line.strip();
            if (headings.contains(s)) {
                current = DefaultLists.ENGLISH.clusters().contains(s)
                        ? texts.computeIfAbsent(s, k -> new StringBuilder())
                        : null;
                continue;
            }
            if (current != null && !s.isEmpty()) {
                current.append(' ').append(s);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        texts.forEach((k, v) -> out.put(k, v.toString().replaceAll("\\s+", " ").strip()));
        return out;
    }

    static String resource(String name) {
        try (InputStream in = SampleProject.class.getResourceAsStream("/org/penholder/sample/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the sample resource " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record InputVoice(String cluster, String stakeholder, String group) {}

    private record StarterParagraph(
            String section, ParagraphKind kind, ParagraphStatus status, String text, List<String[]> quotes) {}

    /** The starter draft as written in {@code sample-draft.txt}. */
    private static final class StarterDraft {
        String title = "";
        String symbol = "";
        final List<InputVoice> voices = new ArrayList<>();
        final List<StarterParagraph> paragraphs = new ArrayList<>();
        final Map<String, String> sectionIds = new LinkedHashMap<>();

        static StarterDraft parse(String text) {
            StarterDraft d = new StarterDraft();
            String section = null;
            String[] pending = null;
            List<String[]> quotes = null;
            for (String raw : text.split("\n")) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("input:")) {
                    String[] f = line.substring(6).split("\\|");
                    d.voices.add(new InputVoice(f[0].strip(), f[1].strip(), f[2].strip()));
                } else if (line.startsWith("title:")) {
                    d.title = line.substring(6).strip();
                } else if (line.startsWith("symbol:")) {
                    d.symbol = line.substring(7).strip();
                } else if (line.startsWith("== ")) {
                    section = line.substring(3).strip();
                    d.sectionIds.put(section, Ids.newSectionId());
                } else if (line.matches("(PP|OP) [a-z-]+")) {
                    pending = line.split(" ");
                } else if (line.startsWith("> ")) {
                    String[] f = line.substring(2).split("\\|", 2);
                    quotes.add(new String[] {f[0].strip(), f[1].strip()});
                } else if (pending != null) {
                    quotes = new ArrayList<>();
                    d.paragraphs.add(new StarterParagraph(
                            section,
                            ParagraphKind.valueOf(pending[0]),
                            ParagraphStatus.parse(pending[1]),
                            line,
                            quotes));
                    pending = null;
                } else {
                    throw new IllegalStateException("sample-draft.txt: cannot read the line: " + line);
                }
            }
            return d;
        }
    }
}
