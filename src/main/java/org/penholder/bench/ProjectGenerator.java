package org.penholder.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.penholder.draft.DraftService;
import org.penholder.model.Amendment;
import org.penholder.model.AmendmentKind;
import org.penholder.model.AmendmentStatus;
import org.penholder.model.Author;
import org.penholder.model.Ids;
import org.penholder.model.InputKind;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.model.ParagraphStatus;
import org.penholder.model.Stakeholder;
import org.penholder.model.Tag;
import org.penholder.model.TagKind;
import org.penholder.project.DefaultLists;
import org.penholder.project.Project;
import org.penholder.store.InputStore;

/**
 * Writes a large, realistic project for the benchmark: at scale 1, 5,000 inputs (about 7 million
 * words, some in Arabic, Chinese, French, Russian and Spanish), 600 stakeholders, 500 paragraphs in
 * 15 sections, 50 revisions, 50,000 amendments, 20,000 links and 200 proposals. The same seed and
 * scale always give the same project.
 */
public final class ProjectGenerator {

    /** What a project of a given scale holds. */
    public record Plan(
            int inputs,
            int stakeholders,
            int paragraphs,
            int revisions,
            int amendments,
            int links,
            int proposals,
            int meanWords) {

        public static Plan atScale(double scale) {
            if (!(scale > 0) || scale > 10) {
                throw new IllegalArgumentException("the scale must be above 0 and at most 10, not " + scale);
            }
            return new Plan(
                    atLeast(5_000 * scale, 20),
                    atLeast(600 * scale, 30),
                    atLeast(500 * scale, 40),
                    atLeast(50 * scale, 3),
                    atLeast(50_000 * scale, 200),
                    atLeast(20_000 * scale, 60),
                    atLeast(200 * scale, 10),
                    1_400);
        }

        private static int atLeast(double value, int min) {
            return Math.max(min, (int) Math.round(value));
        }
    }

    private static final Author TEAM = new Author("Benchmark", "Co-facilitators");
    private static final String[] OCCASIONS = {
        "Virtual consultation, 29 July 2025",
        "Written submissions, first round",
        "Informal consultation, 15 September 2025",
        "Stakeholder hearing, 2 October 2025",
        "Written submissions on the zero draft",
        "Regional consultation, Africa",
        "Regional consultation, Asia-Pacific",
        "Interactive dialogue, 20 November 2025"
    };
    private static final String[] PP_OPENINGS = {
        "Recalling",
        "Reaffirming",
        "Recognizing",
        "Acknowledging",
        "Noting",
        "Concerned",
        "Mindful",
        "Emphasizing",
        "Welcoming",
        "Stressing"
    };
    private static final String[] OP_OPENINGS = {
        "We commit to",
        "We decide to",
        "We call upon all stakeholders to",
        "We encourage Member States to",
        "We request the Secretary-General to",
        "We invite",
        "We recognize the need to",
        "We reaffirm our commitment to"
    };

    private final Plan plan;
    private final SplittableRandom random;
    private final Consumer<String> progress;
    private final TextModel english;
    private final List<TextModel> others;

    public ProjectGenerator(Plan plan, long seed, Consumer<String> progress) {
        this.plan = plan;
        this.random = new SplittableRandom(seed);
        this.progress = progress;
        this.english = TextModel.of("en", englishSample());
        this.others = List.of(
                TextModel.fromResource("fr"),
                TextModel.fromResource("es"),
                TextModel.fromResource("ru"),
                TextModel.fromResource("ar"),
                TextModel.fromResource("zh"));
    }

    /** Writes the project to a new file and returns it open. */
    public Project generate(Path file) {
        Project p = Project.create(file, "Generated outcome document for the benchmark", "A/80/L.99");
        // a generated project is no one's work: its revisions are not backed up in the person's data folder
        p.revisionService().setOnFrozen(r -> {});
        try {
            List<Stakeholder> stakeholders = stakeholders(p);
            draft(p);
            List<Passage> passages = inputs(p, stakeholders);
            history(p);
            links(p, passages);
            proposals(p, stakeholders);
            progress.accept("done: " + p.info().counts());
            return p;
        } catch (RuntimeException e) {
            p.close();
            throw e;
        }
    }

    private List<Stakeholder> stakeholders(Project p) {
        progress.accept("stakeholders");
        List<String> groups = DefaultLists.ENGLISH.stakeholderGroups();
        return p.database().write(() -> {
            List<Stakeholder> out = new ArrayList<>();
            List<String> others =
                    groups.stream().filter(g -> !g.equals("Member State")).toList();
            for (int i = 0; i < plan.stakeholders(); i++) {
                String group = i % 3 == 0 ? "Member State" : others.get(random.nextInt(others.size()));
                String name = Names.stakeholder(group, i, random);
                out.add(p.stakeholders().findOrCreate(name, group, Names.region(random)));
            }
            return out;
        });
    }

    private void draft(Project p) {
        progress.accept("draft");
        DraftService d = p.draftService();
        p.database().run(() -> {
            List<String> sections = new ArrayList<>();
            for (int s = 0; s < DefaultLists.ENGLISH.clusters().size(); s++) {
                String id = Ids.newSectionId();
                d.addSection(id, DefaultLists.ENGLISH.clusters().get(s), s, TEAM);
                sections.add(id);
            }
            int preamble = Math.max(3, plan.paragraphs() / 16);
            Map<String, Integer> nextPosition = new java.util.HashMap<>();
            for (int i = 0; i < plan.paragraphs(); i++) {
                String id = Ids.newParagraphId();
                boolean pp = i < preamble;
                String section =
                        pp ? null : sections.get((i - preamble) * sections.size() / (plan.paragraphs() - preamble));
                String opening = pp
                        ? PP_OPENINGS[random.nextInt(PP_OPENINGS.length)]
                        : OP_OPENINGS[random.nextInt(OP_OPENINGS.length)];
                String text = opening + " " + lowerFirst(english.text(30 + random.nextInt(60), random));
                int position = nextPosition.merge(String.valueOf(section), 1, Integer::sum) - 1;
                d.insertParagraph(id, section, position, pp ? ParagraphKind.PP : ParagraphKind.OP, text, TEAM);
            }
        });
    }

    /** A passage of a generated input, kept to be linked once the draft has its final shape. */
    private record Passage(long input, int start, int end, String quote) {}

    private List<Passage> inputs(Project p, List<Stakeholder> stakeholders) {
        List<Passage> passages = new ArrayList<>();
        List<Tag> clusters = p.tags().ofKind(TagKind.CLUSTER);
        List<Tag> actionLines = p.tags().ofKind(TagKind.ACTION_LINE);
        int linksPerInput = Math.max(1, plan.links() / plan.inputs());
        int extraLinks = plan.links() - linksPerInput * plan.inputs();
        int batch = 100;
        for (int from = 0; from < plan.inputs(); from += batch) {
            int to = Math.min(plan.inputs(), from + batch);
            progress.accept("inputs " + from + "-" + to + " of " + plan.inputs());
            int first = from;
            p.database().run(() -> {
                for (int i = first; i < to; i++) {
                    TextModel model = random.nextInt(100) < 80 ? english : others.get(random.nextInt(others.size()));
                    int words = (int) Math.max(80, plan.meanWords() * Math.exp(random.nextGaussian() * 0.5 - 0.125));
                    String text = model.text(words, random);
                    Stakeholder s = stakeholders.get(random.nextInt(stakeholders.size()));
                    Tag cluster = clusters.get(random.nextInt(clusters.size()));
                    String occasion = OCCASIONS[random.nextInt(OCCASIONS.length)];
                    long id = p.inputs()
                            .add(new InputStore.NewInput(
                                    s.id(),
                                    occasion.startsWith("Written") ? InputKind.WRITTEN : InputKind.ORAL,
                                    s.name() + " on " + cluster.name(),
                                    occasion,
                                    LocalDate.of(2025, 6, 1).plusDays(random.nextInt(180)),
                                    model.language(),
                                    "input-" + i + ".docx",
                                    text))
                            .id();
                    p.tags().tagInput(id, cluster.id());
                    if (random.nextBoolean()) {
                        p.tags()
                                .tagInput(
                                        id,
                                        actionLines
                                                .get(random.nextInt(actionLines.size()))
                                                .id());
                    }
                    int links = linksPerInput + (i < extraLinks ? 1 : 0);
                    for (int k = 0; k < links; k++) {
                        int start = random.nextInt(Math.max(1, text.length() - 200));
                        int end = Math.min(text.length(), start + 40 + random.nextInt(160));
                        passages.add(new Passage(id, start, end, text.substring(start, end)));
                    }
                }
            });
        }
        return passages;
    }

    private void links(Project p, List<Passage> passages) {
        progress.accept("links");
        p.database().run(() -> {
            List<Paragraph> live = p.draftService().draft().paragraphsInOrder();
            for (Passage passage : passages) {
                Paragraph to = live.get(random.nextInt(live.size()));
                p.links()
                        .add(
                                to.id(),
                                passage.input(),
                                passage.start(),
                                passage.end(),
                                passage.quote(),
                                null,
                                TEAM.display(),
                                to.text());
            }
        });
    }

    /** Edits the draft in rounds, freezing a revision after each, until the amendments are written. */
    private void history(Project p) {
        DraftService d = p.draftService();
        long perRound = Math.max(1, (plan.amendments() - p.amendments().count()) / plan.revisions());
        for (int r = 0; r < plan.revisions(); r++) {
            String name = r == 0 ? "Zero draft" : "Rev." + r;
            progress.accept("revision " + name);
            long target = p.amendments().count() + perRound;
            p.database().run(() -> {
                List<Paragraph> live = new ArrayList<>(d.draft().paragraphsInOrder());
                long written = p.amendments().count();
                while (written < target) {
                    Paragraph changed = edit(d, live);
                    if (changed == null) {
                        live = new ArrayList<>(d.draft().paragraphsInOrder());
                    } else {
                        live.set(live.indexOf(changed), d.paragraph(changed.id()));
                    }
                    written = p.amendments().lastId();
                }
                d.endBurst();
            });
            p.revisionService().freeze(name, "Generated revision " + r, TEAM);
        }
    }

    /** Makes one change; returns the paragraph changed in place, or null when the draft's shape changed. */
    private Paragraph edit(DraftService d, List<Paragraph> live) {
        Paragraph target = live.get(random.nextInt(live.size()));
        int roll = random.nextInt(100);
        if (roll < 80) {
            d.setText(target.id(), reword(target.text()), TEAM, null);
            return target;
        } else if (roll < 85) {
            d.setStatus(target.id(), ParagraphStatus.values()[random.nextInt(ParagraphStatus.values().length)], TEAM);
            return target;
        } else if (roll < 90 && live.size() < plan.paragraphs() * 1.05) {
            String text = target.text();
            int cut = text.indexOf(". ", text.length() / 3);
            if (cut > 0) {
                d.split(
                        target.id(),
                        Ids.newParagraphId(),
                        text.substring(0, cut + 1),
                        text.substring(cut + 2),
                        TEAM,
                        List.of());
            } else {
                d.setText(target.id(), reword(text), TEAM, null);
            }
        } else if (roll < 95 && live.size() > plan.paragraphs() * 0.95) {
            int i = live.indexOf(target);
            if (i + 1 < live.size() && java.util.Objects.equals(live.get(i + 1).sectionId(), target.sectionId())) {
                d.join(
                        target.id(),
                        live.get(i + 1).id(),
                        target.text() + " " + live.get(i + 1).text(),
                        TEAM);
            } else {
                d.deleteParagraph(target.id(), TEAM);
            }
        } else {
            d.moveParagraph(target.id(), target.sectionId(), Math.max(0, target.position() - 1), TEAM);
        }
        return null;
    }

    /** Replaces, inserts or deletes a few words, as drafters do. */
    private String reword(String text) {
        String[] words = text.split(" ");
        List<String> out = new ArrayList<>(List.of(words));
        int at = 1 + random.nextInt(Math.max(1, out.size() - 1));
        switch (random.nextInt(3)) {
            case 0 ->
                out.set(
                        Math.min(at, out.size() - 1),
                        english.text(1, random).split(" ")[0].replaceAll("[.]$", ""));
            case 1 ->
                out.add(
                        Math.min(at, out.size()),
                        random.nextInt(20) == 0
                                ? "[and inclusive][, inclusive]"
                                : english.text(1, random)
                                        .split(" ")[0]
                                        .replaceAll("[.]$", "")
                                        .toLowerCase(java.util.Locale.ROOT));
            default -> {
                if (out.size() > 8) {
                    out.remove(Math.min(at, out.size() - 1));
                }
            }
        }
        return String.join(" ", out);
    }

    private void proposals(Project p, List<Stakeholder> stakeholders) {
        progress.accept("proposals");
        List<Stakeholder> states = stakeholders.stream()
                .filter(s -> "Member State".equals(s.group()))
                .toList();
        p.database().run(() -> {
            List<Paragraph> live = p.draftService().draft().paragraphsInOrder();
            for (int i = 0; i < plan.proposals(); i++) {
                Paragraph target = live.get(random.nextInt(live.size()));
                Stakeholder proposer = states.get(random.nextInt(states.size()));
                String after = reword(target.text());
                AmendmentStatus status = i % 5 == 0
                        ? AmendmentStatus.REJECTED
                        : i % 7 == 0 ? AmendmentStatus.WITHDRAWN : AmendmentStatus.PROPOSED;
                p.amendments()
                        .append(new Amendment(
                                0,
                                target.id(),
                                null,
                                AmendmentKind.ofTextChange(target.text(), after),
                                target.text(),
                                after,
                                proposer.name(),
                                "",
                                Instant.now(),
                                proposer.id(),
                                status,
                                "Generated proposal " + i,
                                null,
                                null,
                                null));
            }
        });
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String englishSample() {
        try (InputStream in = ProjectGenerator.class.getResourceAsStream(
                "/org/penholder/sample/wsis20-consultation-2025-07-29-summary.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The counts a plan promises, for reports. */
    public static Map<String, Integer> describe(Plan plan) {
        return Map.of(
                "inputs",
                plan.inputs(),
                "stakeholders",
                plan.stakeholders(),
                "paragraphs",
                plan.paragraphs(),
                "revisions",
                plan.revisions(),
                "amendments",
                plan.amendments(),
                "links",
                plan.links(),
                "proposals",
                plan.proposals());
    }
}
