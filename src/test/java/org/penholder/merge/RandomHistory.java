package org.penholder.merge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.penholder.adopted.AgreedLibrary;
import org.penholder.agreed.AgreedInserts;
import org.penholder.draft.Details;
import org.penholder.draft.FootnoteService;
import org.penholder.history.Proposal;
import org.penholder.history.ProposalService;
import org.penholder.model.AdoptedParagraph;
import org.penholder.model.AdoptedText;
import org.penholder.model.Amendment;
import org.penholder.model.AmendmentKind;
import org.penholder.model.AmendmentStatus;
import org.penholder.model.Author;
import org.penholder.model.Footnote;
import org.penholder.model.Ids;
import org.penholder.model.Input;
import org.penholder.model.Link;
import org.penholder.model.Paragraph;
import org.penholder.model.ParagraphKind;
import org.penholder.model.ParagraphStatus;
import org.penholder.model.Section;
import org.penholder.project.Project;
import org.penholder.store.InputStore;

/**
 * Edits a copy as a drafter does, at random but from a seed: typing, splits, joins, moves,
 * deletions, statuses, links and notes, proposals and decisions, imports and revisions; footnotes
 * added, edited, removed and proposed on; adopted texts imported, cited in the draft and removed.
 */
final class RandomHistory {

    private static final String[] WORDS = {
        "digital",
        "inclusive",
        "governance",
        "capacity",
        "connectivity",
        "rights",
        "data",
        "cooperation",
        "shall",
        "should",
        "[encourage]",
        "[urge]",
        "sustainable",
        "Internet",
        "youth",
        "gender",
        "finance"
    };

    private final SplittableRandom random;
    private final Author author;
    private final String name;
    private int revisions;
    private final List<String> done = new ArrayList<>();

    /** The adopted texts both copies may import: the same files, so the same texts. */
    private final List<Path> library;

    RandomHistory(long seed, Author author, String name, List<Path> library) {
        this.random = new SplittableRandom(seed);
        this.author = author;
        this.name = name;
        this.library = library;
    }

    /** What was done, for the message of a failing test. */
    List<String> done() {
        return done;
    }

    void edit(Project p, int steps) {
        for (int i = 0; i < steps; i++) {
            step(p);
        }
        p.draftService().endBurst();
    }

    private void step(Project p) {
        var d = p.draftService();
        List<Paragraph> live = d.draft().paragraphsInOrder();
        Paragraph target = live.get(random.nextInt(live.size()));
        int extra = random.nextInt(100);
        if (extra < 20) {
            footnotesAndAgreedLanguage(p, target, extra);
            return;
        }
        int roll = random.nextInt(100);
        if (roll < 30) {
            d.setText(target.id(), reword(target.text()), author, null);
            done.add("type in " + target.id());
        } else if (roll < 36) {
            d.setStatus(target.id(), ParagraphStatus.values()[random.nextInt(ParagraphStatus.values().length)], author);
            done.add("status of " + target.id());
        } else if (roll < 39) {
            d.setKind(target.id(), target.kind() == ParagraphKind.OP ? ParagraphKind.PP : ParagraphKind.OP, author);
            done.add("kind of " + target.id());
        } else if (roll < 46) {
            String text = target.text();
            int cut = text.indexOf(' ', text.length() / 2);
            String id = Ids.newParagraphId();
            if (cut > 0) {
                d.split(target.id(), id, text.substring(0, cut), text.substring(cut + 1), author, List.of());
                done.add("split " + target.id() + " into " + id);
            } else {
                d.split(target.id(), id, text, name + " adds a paragraph.", author, List.of());
                done.add("new " + id + " after " + target.id());
            }
        } else if (roll < 51) {
            int i = live.indexOf(target);
            if (i + 1 < live.size()
                    && Objects.equals(live.get(i + 1).sectionId(), target.sectionId())
                    && live.size() > 4) {
                Paragraph next = live.get(i + 1);
                d.join(target.id(), next.id(), target.text() + " " + next.text(), author);
                done.add("join " + next.id() + " into " + target.id());
            }
        } else if (roll < 56) {
            List<Section> sections = d.draft().sectionsInOrder();
            String section = random.nextInt(3) == 0 || sections.isEmpty()
                    ? target.sectionId()
                    : sections.get(random.nextInt(sections.size())).id();
            long count = live.stream()
                    .filter(x -> Objects.equals(x.sectionId(), section) && !x.id().equals(target.id()))
                    .count();
            int position = random.nextInt((int) count + 1);
            d.moveParagraph(target.id(), section, position, author);
            done.add("move " + target.id());
        } else if (roll < 60 && live.size() > 4) {
            d.deleteParagraph(target.id(), author);
            done.add("delete " + target.id());
        } else if (roll < 64) {
            String id = Ids.newParagraphId();
            d.insertParagraph(id, target.sectionId(), 0, ParagraphKind.OP, name + " writes " + word() + ".", author);
            done.add("insert " + id);
        } else if (roll < 72) {
            List<Input> inputs = p.inputs().all();
            Input in = inputs.get(random.nextInt(inputs.size()));
            String text = p.inputs().text(in.id());
            int start = random.nextInt(Math.max(1, text.length() - 40));
            int end = Math.min(text.length(), start + 10 + random.nextInt(30));
            try {
                p.linkService().linkRange(target.id(), in.id(), start, end, null, author.display());
                done.add("link " + target.id());
            } catch (IllegalArgumentException whiteSpace) {
                // a passage of blanks only: nothing to link
            }
        } else if (roll < 75) {
            List<Link> links = p.links().ofLiveParagraphs();
            if (!links.isEmpty()) {
                long id = links.get(random.nextInt(links.size())).id();
                p.linkService().remove(id);
                done.add("unlink " + id);
            }
        } else if (roll < 79) {
            List<Link> links = p.links().ofLiveParagraphs();
            if (!links.isEmpty()) {
                long id = links.get(random.nextInt(links.size())).id();
                p.linkService().setNote(id, name + " notes " + word());
                done.add("note " + id);
            }
        } else if (roll < 86) {
            String text = target.text();
            int at = text.indexOf(' ');
            if (at > 0) {
                long proposer = p.stakeholders()
                        .findOrCreate(random.nextBoolean() ? "Brazil" : "European Union", "Member State", null)
                        .id();
                p.proposalService().proposeText(target.id(), at, at, " " + word(), proposer, null, author);
                done.add("propose on " + target.id());
            }
        } else if (roll < 92) {
            List<Proposal> open =
                    p.proposalService().list(new ProposalService.Filter(null, AmendmentStatus.PROPOSED, null));
            if (!open.isEmpty()) {
                Proposal x = open.get(random.nextInt(open.size()));
                try {
                    switch (random.nextInt(3)) {
                        case 0 -> p.proposalService().accept(x.id(), author);
                        case 1 -> p.proposalService().reject(x.id(), author);
                        default -> p.proposalService().withdraw(x.id(), author);
                    }
                    done.add("decide " + x.id());
                } catch (RuntimeException outdated) {
                    p.proposalService().reject(x.id(), author);
                    done.add("reject outdated " + x.id());
                }
            }
        } else if (roll < 96) {
            var s = p.stakeholders().findOrCreate(name + " stakeholder " + random.nextInt(3), null, null);
            p.inputs()
                    .add(new InputStore.NewInput(
                            s.id(),
                            null,
                            name + " input",
                            null,
                            null,
                            "en",
                            null,
                            "Submission " + random.nextLong() + " on " + word() + " and " + word() + "."));
            done.add("import");
        } else if (roll < 98) {
            do {
                revisions++;
            } while (p.revisions().byName("Rev." + revisions).isPresent());
            p.revisionService().freeze("Rev." + revisions, null, author);
            done.add("freeze Rev." + revisions);
        } else {
            d.setTitle(name + "'s title " + word(), author);
            d.endBurst();
            done.add("title");
        }
    }

    /** Footnotes added, edited, removed and proposed; adopted texts imported, cited and removed. */
    private void footnotesAndAgreedLanguage(Project p, Paragraph target, int roll) {
        var footnotes = p.draftService().footnotes();
        List<Footnote> all = new ArrayList<>();
        p.drafts().footnotes().all().values().forEach(all::addAll);
        all.sort(java.util.Comparator.comparing(Footnote::uid));
        if (roll < 6 || all.isEmpty()) {
            String text = target.text();
            int at = text.indexOf(' ', random.nextInt(Math.max(1, text.length())));
            footnotes.add(target.id(), null, at < 0 ? text.length() : at, name + " notes " + word() + ".", author);
            done.add("footnote on " + target.id());
        } else if (roll < 10) {
            Footnote f = all.get(random.nextInt(all.size()));
            footnotes.edit(f.uid(), f.text() + " " + word(), author, null);
            done.add("footnote edited " + f.uid());
        } else if (roll < 13) {
            Footnote f = all.get(random.nextInt(all.size()));
            footnotes.remove(f.uid(), author);
            done.add("footnote removed " + f.uid());
        } else if (roll < 15) {
            Footnote f = all.get(random.nextInt(all.size()));
            String paragraph = footnotes.footnote(f.uid()).paragraphId();
            long proposer = p.stakeholders()
                    .findOrCreate("Brazil", "Member State", null)
                    .id();
            String words = " " + word();
            p.amendments()
                    .append(new Amendment(
                            0,
                            paragraph,
                            null,
                            AmendmentKind.INSERT_TEXT,
                            f.text(),
                            f.text() + words,
                            author.name(),
                            author.team(),
                            null,
                            proposer,
                            AmendmentStatus.PROPOSED,
                            null,
                            null,
                            null,
                            Details.of(
                                    "start",
                                    f.text().length(),
                                    "end",
                                    f.text().length(),
                                    "text",
                                    words,
                                    FootnoteService.DETAIL_KEY,
                                    f.uid())));
            done.add("propose on footnote " + f.uid());
        } else if (roll < 18) {
            // both copies import from the same few texts: the same text imported apart is one text
            Path file = library.get(random.nextInt(library.size()));
            p.agreedLibrary().importFiles(List.of(file), AgreedLibrary.Details.NONE);
            done.add("import " + file.getFileName());
        } else if (roll < 19) {
            List<AdoptedText> texts = p.agreed().texts();
            if (!texts.isEmpty()) {
                AdoptedText t = texts.get(random.nextInt(texts.size()));
                List<AdoptedParagraph> paragraphs = p.agreed().paragraphs(t.id());
                AdoptedParagraph from = paragraphs.get(random.nextInt(paragraphs.size()));
                String id = Ids.newParagraphId();
                new AgreedInserts(p.database(), p.draftService(), p.agreed(), () -> author)
                        .insert(id, target.sectionId(), 0, ParagraphKind.OP, from.id(), "first");
                done.add("insert agreed " + id);
            }
        } else {
            List<AdoptedText> texts = p.agreed().texts();
            if (!texts.isEmpty()) {
                AdoptedText t = texts.get(random.nextInt(texts.size()));
                p.agreed().remove(t.id());
                done.add("remove text " + t.sha256().substring(0, 8));
            }
        }
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private String reword(String text) {
        List<String> words = new ArrayList<>(List.of(text.split(" ")));
        int at = random.nextInt(words.size());
        switch (random.nextInt(3)) {
            case 0 -> words.set(at, word());
            case 1 -> words.add(at, word());
            default -> {
                if (words.size() > 3) {
                    words.remove(at);
                }
            }
        }
        return String.join(" ", words);
    }
}
