package org.penholder.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which opening words of a preambular paragraph UN style puts in italics. */
class PreambleOpeningTest {

    private static String italic(String text) {
        int[] r = PreambleOpening.find(text);
        return text.substring(r[0], r[1]);
    }

    @Test
    void theParticipleAndWhatBelongsToIt() {
        assertEquals("Recalling", italic("Recalling its resolution 70/125 of 16 December 2015,"));
        assertEquals("Recalling further", italic("Recalling further the outcome documents,"));
        assertEquals("Deeply concerned", italic("Deeply concerned that digital divides persist,"));
        assertEquals("Bearing in mind", italic("Bearing in mind that the Internet is a global resource,"));
        assertEquals("Taking note", italic("Taking note of the report of the Secretary-General,"));
        assertEquals("Noting with deep concern", italic("Noting with deep concern the gender digital divide,"));
        assertEquals("Welcoming also", italic("Welcoming also the work of the Commission,"));
        assertEquals("Recognizing", italic("Recognizing the need for multi-stakeholder cooperation,"));
        assertEquals("Mindful", italic("Mindful, moreover, of the environmental footprint,"));
        assertEquals("Recalling", italic("[Recalling the Global Digital Compact,]"));
        assertEquals("Ссылаясь", italic("Ссылаясь на свою резолюцию 70/125,"));
    }

    @Test
    void noItalicsWhereTheScriptHasNoneOrNoOpeningIsThere() {
        assertEquals("", italic(ScriptsRoundTripTest.ARABIC));
        assertEquals("", italic(ScriptsRoundTripTest.CHINESE));
        assertEquals("", italic("the lower-case start of a fragment"));
        assertEquals("", italic("70/125 is the resolution"));
        assertEquals("", italic(""));
    }
}
