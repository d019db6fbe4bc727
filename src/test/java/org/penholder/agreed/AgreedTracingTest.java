package org.penholder.agreed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.penholder.adopted.AgreedLibrary;
import org.penholder.model.Author;
import org.penholder.project.Project;

/** Tracing on the made-up library: known reuse, reuse with the verb's form changed, paraphrase, near misses. */
class AgreedTracingTest {

    private static final Author ME = new Author("Ana Drafter", "Co-facilitators");

    @TempDir
    static Path dir;

    private static Project project;
    private static AgreedTracing tracing;

    @BeforeAll
    static void library() {
        project = Project.create(dir.resolve("trace.penholder"), "Coastal draft", null);
        project.agreedLibrary()
                .importFiles(
                        List.of(MadeUpLibrary.textA(dir), MadeUpLibrary.markdownB(dir), MadeUpLibrary.htmlC(dir)),
                        AgreedLibrary.Details.NONE);
        tracing = project.agreedTracer().tracing();
    }

    @AfterAll
    static void close() {
        project.close();
    }

    private static ParagraphTrace trace(String text) {
        return tracing.trace(null, "OP1", text);
    }

    private static List<String> citations(ParagraphTrace t) {
        return t.sources().stream().map(AgreedSource::citation).toList();
    }

    @Test
    void aParagraphTakenWordForWordIsAllAgreedLanguage() {
        ParagraphTrace t = trace(MadeUpLibrary.A_OPERATIVE.get(1));
        assertEquals(List.of("A/RES/90/101, para. 2"), citations(t));
        assertEquals(1.0, t.sources().getFirst().share(), 1e-9);
        assertEquals(1.0, t.agreedShare(), 1e-9);
        AgreedSource.Span span = t.sources().getFirst().spans().getFirst();
        assertEquals(0, span.from());
        assertEquals(MadeUpLibrary.A_OPERATIVE.get(1).length() - 1, span.to(), "up to the last word, not the ';'");
    }

    @Test
    void theOpeningVerbsFormAndCaseAndPunctuationDoNotMatter() {
        String text = "We reaffirm the commitment to OPEN tide-tables, published every season by each coastal"
                + " observatory in all official languages.";
        ParagraphTrace t = trace(text);
        assertEquals(List.of("A/RES/90/101, para. 1"), citations(t));
        AgreedSource s = t.sources().getFirst();
        // every word but "We" is the adopted paragraph's
        assertEquals((t.words() - 1.0) / t.words(), s.share(), 1e-9);
        assertEquals(text.substring(3, text.length() - 1), s.spans().getFirst().text());
        assertEquals(
                "Reaffirms the commitment to open tide tables published every season by each coastal observatory"
                        + " in all official languages",
                s.sourceSpans().getFirst().text());
    }

    @Test
    void smallInsertionsKeepAPassageTogetherAndAParagraphRepeatedInTwoTextsHasBothSources() {
        String text = "Recognizing also that the information society offers lighthouse keepers new and affordable ways"
                + " to report storms across remote archipelagos,";
        ParagraphTrace t = trace(text);
        assertEquals(List.of("A/RES/90/101, PP2", "A/RES/91/7, PP1"), citations(t), "the older text first");
        AgreedSource s = t.sources().getFirst();
        assertEquals(s.share(), t.sources().get(1).share(), 1e-9);
        List<String> spans = s.spans().stream().map(AgreedSource.Span::text).toList();
        assertEquals(
                List.of(
                        "that the information society offers lighthouse keepers new",
                        "ways to report storms across remote archipelagos"),
                spans,
                "shared runs of three words or more; the opening verb alone is no run");
        assertEquals(15.0 / 19, s.share(), 1e-9, "19 words: 3 new (also, and, affordable), \"Recognizing\" alone");
    }

    @Test
    void aParagraphDrawingOnTwoAdoptedParagraphsListsEachWithItsShare() {
        String text = "Encourages Member States to train young navigators in reading satellite charts and invites the"
                + " secretariat to prepare a glossary of maritime signal terms in plain language.";
        ParagraphTrace t = trace(text);
        assertEquals(
                java.util.Set.of("A/RES/90/101, para. 2", "A/RES/91/7, para. 2"), java.util.Set.copyOf(citations(t)));
        assertTrue(t.sources().get(0).share() > 0.3 && t.sources().get(1).share() > 0.3, t.toString());
        assertEquals(
                t.sources().get(0).share() + t.sources().get(1).share(),
                t.agreedShare(),
                1e-9,
                "no word counted twice");
    }

    @Test
    void aParaphraseIsNewLanguage() {
        ParagraphTrace t = trace("Observatories should share wave measurements, with personal details removed, in one"
                + " register run by the northern seas commission.");
        assertEquals(List.of(), t.sources());
        assertEquals(0.0, t.agreedShare());
        assertEquals(1.0, t.newShare());
    }

    @Test
    void shortCommonPhrasesAreNotAgreedLanguage() {
        for (String nearMiss : List.of(
                "We recognize that the information society and sustainable development matter to every town.",
                "Recognizing the information society, we commit to sustainable development in coastal regions.",
                "We recognize the role of the regional commission in our work.")) {
            assertEquals(List.of(), trace(nearMiss).sources(), nearMiss);
        }
    }

    @Test
    void aLongerRunOfCommonWordsAndRareOnesCounts() {
        ParagraphTrace t =
                trace("We recognize that the information society must serve fishing families and island" + " schools.");
        assertEquals(List.of("A/CONF.300/4, para. 2"), citations(t));
    }

    @Test
    void theDraftAndItsRevisionsAreTracedParagraphByParagraph() {
        var d = project.draftService();
        d.insertParagraph(
                "pAgreed", null, 0, org.penholder.model.ParagraphKind.PP, MadeUpLibrary.A_PREAMBLE.get(2), ME);
        d.insertParagraph(
                "pNew", null, 1, org.penholder.model.ParagraphKind.PP, "Welcoming the new ferry timetable,", ME);
        project.revisionService().freeze("Zero draft", null, ME);
        d.setText("pAgreed", "Noting the weather,", ME, null);
        List<ParagraphTrace> now = project.agreedTracer().trace("current");
        List<ParagraphTrace> zero = project.agreedTracer().trace("Zero draft");
        assertEquals(
                List.of("PP1", "PP2"), now.stream().map(ParagraphTrace::label).toList());
        assertEquals(List.of(), now.get(0).sources(), "the edit took PP1 away from its source");
        assertEquals(List.of("A/RES/90/101, PP3"), citations(zero.get(0)));
        assertEquals("pAgreed", zero.get(0).paragraphId());
        assertEquals(List.of(), zero.get(1).sources());
    }
}
