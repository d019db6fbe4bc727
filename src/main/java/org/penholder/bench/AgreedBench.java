package org.penholder.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.penholder.agreed.AgreedTracer;
import org.penholder.agreed.AgreedTracing;
import org.penholder.agreed.ParagraphTrace;
import org.penholder.model.ParagraphKind;
import org.penholder.project.Project;
import org.penholder.store.AgreedStore;
import org.penholder.store.InputStore;

/**
 * Tracing agreed language at full scale: a generated library of 300 adopted texts (about 1.5
 * million words) and 500 paragraphs, some taken from it with the changes drafters make (the opening
 * verb's form, a word put in, two sources joined), the rest new.
 */
final class AgreedBench {

    /** Adopted texts at full scale, and their words. */
    static final int TEXTS = 300;

    static final int WORDS_PER_TEXT = 5_000;
    static final int PARAGRAPHS = 500;

    private final Consumer<String> log;

    AgreedBench(Consumer<String> log) {
        this.log = log;
    }

    List<Measurement> run(Path work, double scale, long seed) throws Exception {
        log.accept("agreed language");
        SplittableRandom random = new SplittableRandom(seed ^ 0xA6EED);
        TextModel english = TextModel.of("en", ProjectGenerator.englishSample());
        List<String> library = new ArrayList<>();
        long words = 0;
        try (Project p = Project.open(work, Project.Access.WRITE)) {
            int texts = Math.max(3, (int) Math.round(TEXTS * scale));
            for (int t = 0; t < texts; t++) {
                List<AgreedStore.NewParagraph> paragraphs = new ArrayList<>();
                int inText = 0;
                int number = 0;
                while (inText < WORDS_PER_TEXT) {
                    String text = english.text(40 + random.nextInt(90), random);
                    boolean pp = number == 0 && paragraphs.size() < 6 && random.nextInt(3) > 0;
                    paragraphs.add(new AgreedStore.NewParagraph(
                            pp ? ParagraphKind.PP : ParagraphKind.OP,
                            pp ? "PP" + (paragraphs.size() + 1) : Integer.toString(++number),
                            text));
                    library.add(text);
                    inText += text.split(" ").length;
                }
                words += inText;
                p.agreed()
                        .add(
                                new AgreedStore.NewText(
                                        "A/RES/" + (60 + t / 100) + "/" + (t % 100 + 1),
                                        "Generated resolution " + (t + 1),
                                        java.time.LocalDate.of(2005 + t / 20, 1 + t % 12, 1 + t % 28),
                                        "en",
                                        null,
                                        InputStore.sha256("generated " + seed + " " + t),
                                        "Benchmark"),
                                paragraphs);
            }
            List<String> draft = draft(library, english, random);
            log.accept("  " + texts + " texts, " + library.size() + " paragraphs, " + words + " words");

            int[] size = {0};
            double[] build = Benchmark.sample(1, 5, () -> {
                AgreedTracing fresh = new AgreedTracer(p.agreed(), p.revisionService()).tracing();
                size[0] = fresh.paragraphs();
                return fresh;
            });
            AgreedTracer tracer = p.agreedTracer();
            AgreedTracing tracing = tracer.tracing();
            int[] reused = {0};
            double[] all = Benchmark.sample(2, 10, () -> {
                int n = 0;
                for (int k = 0; k < draft.size(); k++) {
                    ParagraphTrace t = tracing.trace(null, "OP" + (k + 1), draft.get(k));
                    n += t.reusesAgreedLanguage() ? 1 : 0;
                }
                reused[0] = n;
                return n;
            });
            int[] next = {0};
            double[] one = Benchmark.sample(20, 200, () -> {
                String text = draft.get(next[0]++ % draft.size());
                // as while typing: the library is checked for changes, then the paragraph traced
                return tracer.trace(null, "OP1", text.substring(0, text.length() - 1 - next[0] % 7));
            });
            String scope = size[0] + " adopted paragraphs, " + words + " words";
            return List.of(
                    Measurement.times("agreed: index the library", build, 3000).withNote(scope),
                    Measurement.times("agreed: trace 500 paragraphs", all, 1000)
                            .withNote(draft.size() + " paragraphs, " + reused[0] + " reuse agreed language; " + scope),
                    Measurement.timesP95("agreed: trace one paragraph while typing", one, 30),
                    Measurement.figure(
                            "agreed: index memory",
                            tracing.bytes() / (1024.0 * 1024),
                            "MB",
                            150,
                            true,
                            "estimated from its arrays"));
        }
    }

    /** The draft's paragraphs: two in five taken from the library and changed a little, one in ten joining two, the rest new. */
    private static List<String> draft(List<String> library, TextModel english, SplittableRandom random) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < PARAGRAPHS; k++) {
            int roll = random.nextInt(10);
            String source = library.get(random.nextInt(library.size()));
            String[] words = source.split(" ");
            if (roll < 4) {
                StringBuilder b = new StringBuilder("We ");
                for (int i = 0; i < words.length; i++) {
                    b.append(i == words.length / 2 ? "also " : "")
                            .append(words[i])
                            .append(' ');
                }
                out.add(b.toString().strip());
            } else if (roll < 5) {
                String other = library.get(random.nextInt(library.size()));
                out.add(source.substring(0, source.length() / 2) + " " + other.substring(other.length() / 2));
            } else {
                // new wording: the library's vocabulary, in an order of its own
                List<String> shuffled = new ArrayList<>(
                        List.of(english.text(40 + random.nextInt(90), random).split(" ")));
                for (int i = shuffled.size() - 1; i > 0; i--) {
                    java.util.Collections.swap(shuffled, i, random.nextInt(i + 1));
                }
                out.add(String.join(" ", shuffled));
            }
        }
        return out;
    }
}
