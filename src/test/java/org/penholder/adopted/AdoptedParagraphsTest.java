package org.penholder.adopted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.penholder.adopted.AdoptedParagraphs.Line;
import org.penholder.adopted.AdoptedParagraphs.Piece;
import org.penholder.model.ParagraphKind;

class AdoptedParagraphsTest {

    private static List<String> numbers(AdoptedParagraphs.Split s) {
        return s.paragraphs().stream().map(Piece::number).toList();
    }

    @Test
    void theMastheadIsNotAParagraphAndPreambularParagraphsAreNumberedInOrder() {
        AdoptedParagraphs.Split s = AdoptedParagraphs.split("""
                United Nations
                A/RES/90/101
                Resolution adopted by the General Assembly on 14 March 2031
                90/101. Cooperation among coastal observatories
                The General Assembly,
                Recalling its resolution 88/12,
                Noting with concern the storms of last winter,
                1.\tReaffirms the commitment to open tide tables;
                2. Encourages Member States to train navigators;
                """);
        assertEquals(List.of("PP1", "PP2", "1", "2"), numbers(s));
        assertEquals(ParagraphKind.PP, s.paragraphs().get(0).kind());
        assertEquals(ParagraphKind.OP, s.paragraphs().get(2).kind());
        assertEquals(
                "Reaffirms the commitment to open tide tables;",
                s.paragraphs().get(2).text());
        assertEquals(4, s.masthead().size());
    }

    @Test
    void operativeNumbersAreKeptAsPrintedAndLetteredItemsStayInTheirParagraph() {
        AdoptedParagraphs.Split s = AdoptedParagraphs.split("""
                The General Assembly,
                12. Decides to convene a meeting;
                12 bis. Requests a report:
                (a) on tide gauges;
                (b) on radio operators;
                13) Invites the secretariat to act.
                """);
        assertEquals(List.of("12", "12 bis", "13"), numbers(s));
        assertEquals(
                "Requests a report: (a) on tide gauges; (b) on radio operators;",
                s.paragraphs().get(1).text());
    }

    @Test
    void runningHeadsPageNumbersFootnotesAndHeadingsOfAPdfAreLeftOut() {
        AdoptedParagraphs.Split s = AdoptedParagraphs.split("""
                Declaration of Valmora
                A. Our common vision
                1. We, the delegates, declare our resolve to keep every lighthouse lit through shared
                knowledge and mutual assistance.
                2/15
                A/CONF.300/4
                31-01234 (E)
                2. We recognize that the information society must serve fishing families.
                1 See resolution 56/183.
                B. An information society for all
                3. We are committed to open radio spectrum.
                75th plenary meeting
                """);
        assertEquals(List.of("1", "2", "3"), numbers(s));
        assertEquals(
                "We, the delegates, declare our resolve to keep every lighthouse lit through shared knowledge and"
                        + " mutual assistance.",
                s.paragraphs().get(0).text());
        assertEquals(
                "We are committed to open radio spectrum.",
                s.paragraphs().get(2).text());
    }

    @Test
    void aPreambularParagraphBrokenAcrossPagesIsJoinedAgain() {
        AdoptedParagraphs.Split s = AdoptedParagraphs.split("""
                The General Assembly,
                Recognizing that the information society offers lighthouse keepers new ways
                3/15
                to report storms across remote archipelagos,
                Welcoming the shared map of drifting ice,
                1. Urges all stakeholders to act;
                """);
        assertEquals(List.of("PP1", "PP2", "1"), numbers(s));
        assertEquals(
                "Recognizing that the information society offers lighthouse keepers new ways to report storms across"
                        + " remote archipelagos,",
                s.paragraphs().get(0).text());
        assertEquals(
                "1 line was joined to the paragraph before it (a paragraph broken across pages, or text after an"
                        + " operative paragraph without a number of its own)",
                s.warnings().getFirst().english());
    }

    @Test
    void numbersGivenByTheReaderWinAndLettersGivenByItAreItems() {
        AdoptedParagraphs.Split s = AdoptedParagraphs.split(List.of(
                Line.of("The General Assembly,"),
                Line.of("Recalling its earlier work,"),
                new Line(false, "1", "Decides to act;"),
                new Line(false, "a", "first, by training;"),
                new Line(true, null, "Follow-up"),
                new Line(false, "2", "Requests a report.")));
        assertEquals(List.of("PP1", "1", "2"), numbers(s));
        assertEquals(
                "Decides to act; (a) first, by training;", s.paragraphs().get(1).text());
    }

    @Test
    void numbersThatStartAgainInAnAnnexAreReported() {
        AdoptedParagraphs.Split s = AdoptedParagraphs.split("""
                The General Assembly,
                1. Adopts the following outcome document:
                Annex
                1. We reaffirm our common vision.
                """);
        assertEquals(List.of("1", "1"), numbers(s));
        assertTrue(
                s.warnings().stream()
                        .anyMatch(w -> w.english()
                                .equals("operative numbers start again (\"1\" appears twice, e.g. in an annex); both"
                                        + " are cited as printed")),
                s.warnings().toString());
    }
}
