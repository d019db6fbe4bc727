package org.penholder.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.penholder.ui.common.RtlSafeText.Run;
import org.penholder.ui.common.RtlSafeText.Span;

/** How text is cut so that JavaFX never wraps a line inside a right-to-left run (docs/adr/0060); no FX needed. */
class RtlSafeTextTest {

    static final String ARABIC = "أكد المشاركون أن الاتصال الشامل والميسور التكلفة يظل شرطا أساسيا.";
    static final String HEBREW = "שלום עולם זה טקסט ארוך בעברית";

    @Test
    void tellsRightToLeftLettersFromOthers() {
        assertTrue(RtlSafeText.hasRightToLeft(ARABIC));
        assertTrue(RtlSafeText.hasRightToLeft(HEBREW));
        assertTrue(RtlSafeText.hasRightToLeft("Proposal by \u0645\u0635\u0631"), "one Arabic word among English");
        assertTrue(RtlSafeText.hasRightToLeft("a\u200Fb"), "a right-to-left mark starts a right-to-left run");
        assertFalse(RtlSafeText.hasRightToLeft("Recalling its resolution 70/125, [shall][should]"));
        assertFalse(RtlSafeText.hasRightToLeft("Русский текст, 中文, हिंदी"), "other scripts are written left to right");
        assertFalse(RtlSafeText.hasRightToLeft(""));
        assertFalse(RtlSafeText.hasRightToLeft(null));
    }

    @Test
    void textWithoutRightToLeftLettersIsOnePiece() {
        String english =
                "Recalling its resolution 70/125 of 16 December 2015 on the outcome document —\nand long lines.";
        assertEquals(List.of(english), RtlSafeText.pieces(english));
        assertEquals(List.of(), RtlSafeText.cuts(english));
        assertEquals(List.of(""), RtlSafeText.pieces(""));
    }

    @Test
    void rightToLeftTextIsCutIntoWordsThatKeepTheirSpaces() {
        List<String> pieces = RtlSafeText.pieces(ARABIC);
        assertEquals(
                List.of(
                        "أكد ",
                        "المشاركون ",
                        "أن ",
                        "الاتصال ",
                        "الشامل ",
                        "والميسور ",
                        "التكلفة ",
                        "يظل ",
                        "شرطا ",
                        "أساسيا",
                        "."),
                pieces);
        assertEquals(HEBREW, String.join("", RtlSafeText.pieces(HEBREW)));
        assertEquals(6, RtlSafeText.pieces(HEBREW).size());
        assertEquals(
                List.of("  ", "بين   ", "القطاعين\t", "العام  "),
                RtlSafeText.pieces("  بين   القطاعين\tالعام  "),
                "runs of white space stay with the word before them");
    }

    @Test
    void everyPlaceALineMayBreakIsACut() {
        // a line may break after a dash or a slash too, not only at spaces
        String text = "الاتصال\u2014الشامل والميسور";
        assertEquals(List.of("الاتصال", "\u2014", "الشامل ", "والميسور"), RtlSafeText.pieces(text));
        for (String p : RtlSafeText.pieces("القرار 78/265 بشأن (الذكاء الاصطناعي) في عام 2025")) {
            assertFalse(p.strip().contains(" "), "no piece holds a place to break: " + p);
        }
    }

    @Test
    void onlyLinesWithRightToLeftLettersAreCut() {
        String text = "English line stays whole\nسطر عربي هنا\nAnother English line";
        assertEquals(
                List.of("English line stays whole\n", "سطر ", "عربي ", "هنا\n", "Another English line"),
                RtlSafeText.pieces(text));
    }

    @Test
    void aWordTooLongForAnyLineIsCutButNeverBeforeItsVowelMarks() {
        String word = "وَالشَّرَاكَاتِوَالشَّرَاكَاتِوَالشَّرَاكَاتِوَالشَّرَاكَاتِ";
        List<String> pieces = RtlSafeText.pieces("بين " + word + " العام");
        assertEquals("بين " + word + " العام", String.join("", pieces));
        assertTrue(pieces.size() > 5, "the long word is cut: " + pieces);
        for (String p : pieces) {
            assertTrue(p.strip().length() <= RtlSafeText.LONGEST_WORD, "short pieces: " + p);
            assertNotEquals(
                    Character.NON_SPACING_MARK,
                    Character.getType(p.charAt(0)),
                    "a mark stays on its letter: " + pieces);
        }
        String ordinary = "الاستراتيجيات";
        assertEquals(List.of(ordinary), RtlSafeText.pieces(ordinary), "ordinary long words stay whole and joined");
    }

    @Test
    void styledRunsAreCutAndKeepTheirClasses() {
        List<Run> runs = List.of(
                Run.of("تحسين ", "context"), Run.of("البنية التحتية", "match"), Run.of(" الرقمية والاتصال", "context"));
        List<Run> pieces = RtlSafeText.pieces(runs);
        assertEquals(
                List.of(
                        Run.of("تحسين ", "context"),
                        Run.of("البنية ", "match"),
                        Run.of("التحتية", "match"),
                        Run.of(" ", "context"),
                        Run.of("الرقمية ", "context"),
                        Run.of("والاتصال", "context")),
                pieces);
        List<Run> english = List.of(Run.of("digital ", "context"), Run.of("divide", "match"), Run.of("", "context"));
        assertEquals(
                english.subList(0, 2), RtlSafeText.pieces(english), "English runs stay as they are; empty ones go");
    }

    @Test
    void spansOfRightToLeftLinesAlternateWordClassesSoNoTwoWordsMerge() {
        String text = "يقرر أن [يعزز][يدعم] التعاون";
        List<Span> spans = List.of(new Span(8, List.of("lead")), new Span(text.length() - 8, List.of()));
        List<Span> words = RtlSafeText.words(text, spans);
        assertEquals(text.length(), words.stream().mapToInt(Span::length).sum());
        for (int i = 1; i < words.size(); i++) {
            assertNotEquals(
                    words.get(i - 1).styleClasses(), words.get(i).styleClasses(), "neighbours differ: " + words);
        }
        assertEquals(new Span(5, List.of("lead", RtlSafeText.WORD_EVEN)), words.get(0));
        assertEquals(new Span(3, List.of("lead", RtlSafeText.WORD_ODD)), words.get(1));
        assertEquals(List.of(RtlSafeText.WORD_EVEN), words.get(2).styleClasses());
        int cuts = RtlSafeText.cuts(text).size();
        assertEquals(cuts + 1, words.size(), "one span per piece here: " + words);

        List<Span> english = List.of(new Span(9, List.of("lead")), new Span(16, List.of()));
        assertEquals(english, RtlSafeText.words("Recalling its resolution,", english), "English costs nothing");
    }

    @Test
    void aDocumentKeepsItsEnglishLinesInOneSpan() {
        String text = "An English paragraph.\nفقرة عربية\nAnother one.";
        List<Span> words = RtlSafeText.words(text, List.of(new Span(text.length(), List.of("linked"))));
        assertEquals(new Span(22, List.of("linked")), words.get(0));
        assertEquals(new Span(5, List.of("linked", RtlSafeText.WORD_EVEN)), words.get(1));
        assertEquals(new Span(6, List.of("linked", RtlSafeText.WORD_ODD)), words.get(2));
        assertEquals(new Span(12, List.of("linked")), words.get(3));
        assertEquals(4, words.size());
    }

    /**
     * JavaFX on Linux draws a right-to-left run that Pango splits by font (Arabic letters from one,
     * a full stop from another) with its parts in the wrong order: letters never share a piece
     * with punctuation, digits or Latin letters.
     */
    @Test
    void rightToLeftLettersArePiecesApartFromPunctuationDigitsAndLatin() {
        assertEquals(
                List.of("مع ", "احترام ", "الخصوصية", ". ", "وشدد ", "ممثلو"),
                RtlSafeText.pieces("مع احترام الخصوصية. وشدد ممثلو"));
        assertEquals(
                List.of("وعلى ", "«", "التعاون ", "الرقمي", "» ", "بين ", "الجميع", ". ", "كما"),
                RtlSafeText.pieces("وعلى «التعاون الرقمي» بين الجميع. كما"));
        assertEquals(
                List.of("الإنترنت ", "(", "Internet ", "Governance ", "Forum", ") ", "ونقرر"),
                RtlSafeText.pieces("الإنترنت (Internet Governance Forum) ونقرر"));
        assertEquals(
                List.of("قرارها ", "70", "/", "125 ", "خارجها", "، ", "وعلى ", "«", "»", "، ", "צה", "\"", "ל"),
                RtlSafeText.pieces("قرارها 70/125 خارجها، وعلى «»، צה\"ל"),
                "each punctuation mark a piece of its own");
        assertEquals(
                List.of("وَالشَّرَاكَاتِ", "."),
                RtlSafeText.pieces("وَالشَّرَاكَاتِ."),
                "vowel marks stay on their letters");

        String sentences = org.penholder.ui.RightToLeftProject.SENTENCES;
        for (String p : RtlSafeText.pieces(sentences)) {
            if (RtlSafeText.hasRightToLeft(p)) {
                assertTrue(
                        p.strip()
                                .codePoints()
                                .allMatch(c ->
                                        Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                                                || Character.getType(c) == Character.NON_SPACING_MARK),
                        "only Arabic letters: [" + p + "]");
            }
        }
    }

    @Test
    void aLineBreaksOnlyBetweenWordsNotBetweenAWordAndItsPunctuation() {
        String text = "احترام الخصوصية. وعلى «التعاون";
        // pieces: احترام_ | الخصوصية | ._ | وعلى_ | « | التعاون
        assertEquals(
                List.of(15, 23),
                RtlSafeText.joins(text),
                "the full stop holds on to its word, the guillemet to the next");
        assertTrue(RtlSafeText.cuts(text).containsAll(RtlSafeText.joins(text)));
        assertEquals(List.of(), RtlSafeText.joins("Recalling its resolution 70/125."), "English costs nothing");
    }
}
